import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { MIGRATIONS } from '../../src/storage/migrations/index.ts';
import { testEngines } from '../support/engines.ts';

/**
 * The migrations of the last version that landed, f43f1be (0001–0017, 0022, 0023, 0024, 0026, 0027, 0030, 0031, 0035, 0037, 0038 and 0039): a database it made
 * holds exactly these, under these names. A new migration must sort after every one of them, and none of them
 * may be renamed or removed: this code, as Kysely does, refuses a database whose applied migrations are not the first
 * ones of the list (src/storage/migration-order.ts), so a migration numbered into a gap, or a landed one renumbered,
 * would stop every database made by that version. Update this list when a version lands; databases made by older
 * landed versions are in migrate-landed-versions.test.ts.
 */
const LANDED = [
  '0001-programme-register', '0002-people-and-access', '0003-oidc-logins', '0004-public-data', '0005-coordinate-sources',
  '0006-index-recipes', '0007-twinning', '0008-funding', '0009-research-network', '0010-delivery-plans', '0011-careers',
  '0012-fund-terms', '0013-hub-placements', '0014-school-trusts', '0015-ledger-by-pupil', '0016-school-placement',
  '0017-indicator-evidence', '0022-pseudonym-key-fingerprint', '0023-pupils-held-elsewhere', '0024-indicator-series',
  '0026-schools-by-name', '0027-hub-reach', '0030-catch-up-tutoring', '0031-catch-up-targets',
  '0035-holiday-activities', '0037-catch-up-tallies', '0038-user-names', '0039-audit-log-lookups',
];

describe.each(await testEngines())('a database made by the last landed version, on $name', (engine) => {
  it('keeps every landed migration under its landed name, first in the list', () => {
    expect(Object.keys(MIGRATIONS).slice(0, LANDED.length)).toEqual(LANDED);
  });

  it('migrates forward to this version', async () => {
    const handle = await engine.open();
    try {
      const landed = Object.fromEntries(LANDED.map((name) => [name, MIGRATIONS[name] ?? { up: () => Promise.resolve() }]));
      // Pinned to this connection's schema on PostgreSQL, as src/storage/migrate.ts does.
      const schema = engine.name === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(handle.db)).rows[0]?.schema : undefined;
      const migrator = (list: Record<string, (typeof MIGRATIONS)[string]>) =>
        new Migrator({ db: handle.db, provider: { getMigrations: () => Promise.resolve(list) }, ...(schema === undefined ? {} : { migrationTableSchema: schema }) });
      expect((await migrator(landed).migrateToLatest()).error).toBeUndefined();
      // What this guards against: a new migration numbered into a gap before a landed one is refused.
      const gap = await migrator({ ...landed, '0019-numbered-into-a-gap': { up: () => Promise.resolve() } }).migrateToLatest();
      expect(String(gap.error)).toMatch(/corrupted migrations/);
      const applied = await migrateToLatestOrThrow(handle.db, handle.location);
      expect(applied).toEqual(Object.keys(MIGRATIONS).filter((name) => !LANDED.includes(name)));
    } finally {
      await handle.close();
    }
  });
});
