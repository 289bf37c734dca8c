import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { MIGRATIONS } from '../../src/storage/migrations/index.ts';
import { testEngines } from '../support/engines.ts';

/**
 * The migrations of the last version that landed (0001–0017 and 0022). A new migration must sort after every
 * one of them: Kysely refuses a database whose applied migrations are not the first ones of the list, so a
 * migration numbered into a gap (0018 once was) would stop every database made by that version.
 */
const LANDED = Object.keys(MIGRATIONS).filter((name) => name < '0018' || name === '0022-pseudonym-key-fingerprint');

describe.each(await testEngines())('a database made by the last landed version, on $name', (engine) => {
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
      const gap = await migrator({ ...landed, '0018-numbered-into-a-gap': { up: () => Promise.resolve() } }).migrateToLatest();
      expect(String(gap.error)).toMatch(/corrupted migrations/);
      const applied = await migrateToLatestOrThrow(handle.db, handle.location);
      expect(applied).toEqual(Object.keys(MIGRATIONS).filter((name) => !LANDED.includes(name)));
    } finally {
      await handle.close();
    }
  });
});
