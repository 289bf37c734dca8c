import { describe, expect, it } from 'vitest';
import { FORMER_MIGRATION_NAMES, MIGRATIONS_RUN_OUT_OF_ORDER } from '../../src/storage/migration-history.ts';
import { findMigrationOrderProblems, type ExecutedMigration } from '../../src/storage/migration-order.ts';
import { MIGRATIONS } from '../../src/storage/migrations/index.ts';

const NAMES = Object.keys(MIGRATIONS);
const upTo = (last: string): string[] => NAMES.slice(0, NAMES.indexOf(last) + 1);

/** Each name ran a millisecond after the one before it, in the order given. */
function ranInOrder(names: readonly string[]): ExecutedMigration[] {
  return names.map((name, i) => ({ name, timestamp: new Date(Date.UTC(2026, 11, 7, 13, 0, 0, i)).toISOString() }));
}

/** 595557f's order under this code's names: 0023 before 0022 (as 0018), 0037 after 0038 and 0039 (as 0040). */
const ORDER_595557F_HERE = [
  ...upTo('0017-indicator-evidence'), '0023-pupils-held-elsewhere', '0022-pseudonym-key-fingerprint', '0024-indicator-series', '0026-schools-by-name',
  '0027-hub-reach', '0030-catch-up-tutoring', '0031-catch-up-targets', '0035-holiday-activities', '0038-user-names', '0039-audit-log-lookups', '0037-catch-up-tallies',
];

describe('the order a database ran its migrations in', () => {
  it('names in its tables only migrations of this code, and former names it no longer uses', () => {
    for (const f of FORMER_MIGRATION_NAMES) {
      expect(NAMES).toContain(f.name);
      expect(NAMES).not.toContain(f.formerName);
    }
    for (const pair of MIGRATIONS_RUN_OUT_OF_ORDER) {
      expect(NAMES).toContain(pair.earlier);
      expect(NAMES).toContain(pair.later);
      expect(pair.earlier < pair.later, `${pair.earlier} before ${pair.later}`).toBe(true);
    }
  });

  it('accepts the first migrations of the list run in order, and 595557f’s order', () => {
    expect(findMigrationOrderProblems([], NAMES)).toEqual([]);
    for (const last of ['0001-programme-register', '0031-catch-up-targets', NAMES.at(-1) ?? '']) expect(findMigrationOrderProblems(ranInOrder(upTo(last)), NAMES), last).toEqual([]);
    expect(findMigrationOrderProblems(ranInOrder(ORDER_595557F_HERE), NAMES)).toEqual([]);
  });

  it('refuses, naming them, a migration the code does not hold, one pending before one that ran, and one run after a later one', () => {
    expect(findMigrationOrderProblems(ranInOrder([...NAMES, '0041-from-elsewhere']), NAMES)).toEqual(['migration 0041-from-elsewhere has run on it, but this code does not hold it']);
    expect(findMigrationOrderProblems(ranInOrder([...upTo('0031-catch-up-targets'), '0038-user-names']), NAMES)).toEqual([
      'migration 0035-holiday-activities has not run on it, but 0038-user-names, which comes after it, has',
    ]);
    const swapped = [...upTo('0030-catch-up-tutoring'), '0035-holiday-activities', '0031-catch-up-targets'];
    expect(findMigrationOrderProblems(ranInOrder(swapped), NAMES)).toEqual(['migration 0031-catch-up-targets ran after 0035-holiday-activities, which comes after it']);
    // The known pairs go one way only: 0037 may have run after 0038 and 0039, not 0038 after 0039.
    const late0038 = ORDER_595557F_HERE.filter((n) => n !== '0038-user-names').concat('0038-user-names');
    expect(findMigrationOrderProblems(ranInOrder(late0038), NAMES)).toEqual(['migration 0038-user-names ran after 0039-audit-log-lookups, which comes after it']);
  });

  it('takes migrations that ran in the same millisecond as run in name order, as Kysely does', () => {
    const sameTime = NAMES.map((name) => ({ name, timestamp: '2026-12-07T13:00:00.000Z' }));
    expect(findMigrationOrderProblems(sameTime.reverse(), NAMES)).toEqual([]);
  });
});
