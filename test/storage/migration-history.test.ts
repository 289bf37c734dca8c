import { describe, expect, it } from 'vitest';
import { findMigrationOrderProblems, LATE_MIGRATIONS, MIGRATION_RENAMES, type ExecutedMigration } from '../../src/storage/migration-history.ts';
import { MIGRATION_CHECKSUMS } from '../../src/storage/migrations/checksums.ts';
import { MIGRATIONS } from '../../src/storage/migrations/index.ts';

const NAMES = Object.keys(MIGRATIONS);

/** Each name ran a millisecond after the one before it, in the order given. */
function ranInOrder(names: readonly string[]): ExecutedMigration[] {
  return names.map((name, i) => ({ name, timestamp: new Date(Date.UTC(2026, 11, 7, 13, 0, 0, i)).toISOString() }));
}

const upTo = (last: string) => NAMES.slice(0, NAMES.indexOf(last) + 1);
/** a021ace's order, under this code's names: 0023 where it ran as 0018, and no 0037. */
const A021ACE_HERE = [...upTo('0017-indicator-evidence'), '0023-pupils-held-elsewhere', '0022-pseudonym-key-fingerprint', ...upTo('0035-holiday-activities').filter((n) => n > '0023'), '0038-user-names'];

describe('the order a database ran its migrations in', () => {
  it('names only landed migrations in its tables of renames and late migrations, renamed to the same code', () => {
    for (const rename of MIGRATION_RENAMES) {
      expect(NAMES).toContain(rename.to);
      expect(NAMES).not.toContain(rename.from);
      expect(MIGRATION_CHECKSUMS[rename.to]).toMatch(/^[0-9a-f]{64}$/);
    }
    for (const late of LATE_MIGRATIONS) {
      expect(NAMES).toContain(late.name);
      for (const later of late.mayRunAfter) expect(later > late.name && NAMES.includes(later), later).toBe(true);
    }
  });

  it('accepts the first migrations of the list run in order, with nothing, some or all still to run', () => {
    for (const last of ['0001-programme-register', '0031-catch-up-targets', NAMES.at(-1) ?? '']) expect(findMigrationOrderProblems(ranInOrder(upTo(last)), NAMES), last).toEqual([]);
    expect(findMigrationOrderProblems([], NAMES)).toEqual([]);
  });

  it('accepts what a021ace ran, before and after 0037 and 0039 run late', () => {
    expect(findMigrationOrderProblems(ranInOrder(A021ACE_HERE), NAMES)).toEqual([]);
    expect(findMigrationOrderProblems(ranInOrder([...A021ACE_HERE, '0037-catch-up-tallies', '0039-audit-log-lookups']), NAMES)).toEqual([]);
  });

  it('refuses, naming them, a migration this code does not hold, one skipped before another that ran, and one run after a later one', () => {
    expect(findMigrationOrderProblems(ranInOrder([...NAMES, '0040-from-elsewhere']), NAMES)).toEqual(['migration 0040-from-elsewhere has run on it, but this code does not hold it']);
    // 0037 may wait behind 0038, which a021ace ran before 0037 existed, but not behind 0039, which landed with it.
    expect(findMigrationOrderProblems(ranInOrder([...A021ACE_HERE, '0039-audit-log-lookups']), NAMES)).toEqual([
      'migration 0037-catch-up-tallies has not run on it, but 0039-audit-log-lookups, which comes after it, has',
    ]);
    const without0038 = [...upTo('0035-holiday-activities'), '0039-audit-log-lookups'];
    expect(findMigrationOrderProblems(ranInOrder(without0038), NAMES)).toEqual([
      'migration 0037-catch-up-tallies has not run on it, but 0039-audit-log-lookups, which comes after it, has',
      'migration 0038-user-names has not run on it, but 0039-audit-log-lookups, which comes after it, has',
    ]);
    const swapped = [...upTo('0030-catch-up-tutoring'), '0035-holiday-activities', '0031-catch-up-targets'];
    expect(findMigrationOrderProblems(ranInOrder(swapped), NAMES)).toEqual(['migration 0031-catch-up-targets ran after 0035-holiday-activities, which comes after it']);
    // Nor may it run after 0039.
    const lateAfter0039 = [...upTo('0035-holiday-activities'), '0038-user-names', '0039-audit-log-lookups', '0037-catch-up-tallies'];
    expect(findMigrationOrderProblems(ranInOrder(lateAfter0039), NAMES)).toEqual(['migration 0037-catch-up-tallies ran after 0039-audit-log-lookups, which comes after it']);
  });
});
