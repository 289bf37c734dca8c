import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow, migrationStatus } from '../../src/storage/migrate.ts';
import { assertNoMigrationDrift, MigrationDriftError, recordMigrationChecksums } from '../../src/storage/migration-checksums.ts';
import { MigrationOrderError } from '../../src/storage/migration-history.ts';
import { MIGRATION_CHECKSUMS } from '../../src/storage/migrations/checksums.ts';
import { MIGRATIONS } from '../../src/storage/migrations/index.ts';
import { runOa } from '../support/cli.ts';
import { testEngines } from '../support/engines.ts';

/**
 * The migrations of the last version that landed (0001–0017, 0022–0024, 0026, 0027, 0030, 0031, 0035 and 0037–0039, as be1f265 holds them): a database it made
 * holds exactly these, under these names. A new migration must sort after every one of them, and none of them
 * may be renamed or removed: Kysely refuses a database whose applied migrations are not the first ones of the
 * list, so a migration numbered into a gap, or a landed one renumbered, would stop every database made by that
 * version. Update this list when a version lands.
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

/**
 * The migrations of the landed version a021ace, in its order and under its names: 'pupils held elsewhere' as
 * 0018 (be1f265 landed the same file as 0023), and 0038 without 0037, which be1f265 landed later.
 */
const A021ACE = [
  '0001-programme-register', '0002-people-and-access', '0003-oidc-logins', '0004-public-data', '0005-coordinate-sources',
  '0006-index-recipes', '0007-twinning', '0008-funding', '0009-research-network', '0010-delivery-plans', '0011-careers',
  '0012-fund-terms', '0013-hub-placements', '0014-school-trusts', '0015-ledger-by-pupil', '0016-school-placement',
  '0017-indicator-evidence', '0018-pupils-held-elsewhere', '0022-pseudonym-key-fingerprint', '0024-indicator-series',
  '0026-schools-by-name', '0027-hub-reach', '0030-catch-up-tutoring', '0031-catch-up-targets', '0035-holiday-activities',
  '0038-user-names',
];
/** This code's name for each of a021ace's migrations. */
const nameHere = (name: string) => (name === '0018-pupils-held-elsewhere' ? '0023-pupils-held-elsewhere' : name);

interface Built {
  readonly db: DatabaseHandle['db'];
  readonly schema: string | undefined;
  /** Kysely's bookkeeping table, in the schema the migrator uses. */
  readonly table: string;
}

/**
 * A database as a021ace made it: its migrations (today's modules under its names) run one after another, as
 * its `oa db migrate` did, times a millisecond apart, and its checksums recorded under its names.
 */
async function buildA021ace(handle: DatabaseHandle, list: readonly string[] = A021ACE): Promise<Built> {
  const schema = handle.engine === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(handle.db)).rows[0]?.schema : undefined;
  const modules = Object.fromEntries(list.map((name) => [name, MIGRATIONS[nameHere(name)] ?? { up: () => Promise.reject(new Error(`no module for ${name}`)) }]));
  const migrator = new Migrator({ db: handle.db, provider: { getMigrations: () => Promise.resolve(modules) }, ...(schema === undefined ? {} : { migrationTableSchema: schema }) });
  expect((await migrator.migrateToLatest()).error).toBeUndefined();
  const table = schema === undefined ? 'kysely_migration' : `${schema}.kysely_migration`;
  for (const [i, name] of list.entries()) {
    await sql`update ${sql.table(table)} set timestamp = ${new Date(Date.UTC(2026, 11, 7, 13, 0, 0, i)).toISOString()} where name = ${name}`.execute(handle.db);
  }
  const checksums = Object.fromEntries(list.map((name) => [name, MIGRATION_CHECKSUMS[nameHere(name)] ?? '']));
  await recordMigrationChecksums(handle.db, list, new Date('2026-12-07T13:00:01Z'), checksums);
  return { db: handle.db, schema, table };
}

/** Rows a021ace's code wrote: a user, two careers pupils (one held at a second school for the other), catch-up tutoring. */
async function writeA021aceRows(db: DatabaseHandle['db']): Promise<void> {
  await sql`insert into users (id, email, role, scope, created_at) values (7, 'lead@example.org', 'area_lead', '["E06000009"]', '2026-12-07T13:00:02.000Z')`.execute(db);
  await sql`insert into careers_pupils (id, pseudonym, urn, year_group, fsm, as_at, synthetic, encounters, encounter_years) values (1, 'p-one', 141257, 9, 1, 20221003, 0, 0, 0)`.execute(db);
  await sql`insert into careers_pupils (id, pseudonym, urn, year_group, fsm, as_at, synthetic, encounters, encounter_years, held_for) values (2, 'p-one-held', 140001, 9, 1, 20221003, 0, 0, 0, 1)`.execute(db);
  await sql`insert into catch_up_pupils (id, pseudonym, synthetic) values (1, 't-one', 0), (2, 't-two', 0)`.execute(db);
  await sql`insert into catch_up_pupil_years (pupil_id, urn, academic_year, year_group, fsm, pupil_premium) values (1, 141257, 2022, 9, 1, 1), (2, 141257, 2022, 10, 0, 0)`.execute(db);
  await sql`insert into catch_up_sessions (pupil_id, urn, session_day, route, subject, provider, academic_year, group_size, half_hours)
    values (1, 141257, 20221003, 'school-led', 'Mathematics', '', 2022, 2, 20), (1, 141257, 20221010, 'school-led', 'Mathematics', '', 2022, 2, 14),
           (2, 141257, 20221003, 'tuition-partner', 'English', '', 2022, 1, 6)`.execute(db);
}

async function readBookkeeping(built: Built): Promise<{ migrations: Record<string, string>; checksums: Record<string, string> }> {
  const migrations = await sql<{ name: string; timestamp: string }>`select name, timestamp from ${sql.table(built.table)}`.execute(built.db);
  const checksums = await sql<{ name: string; checksum: string }>`select name, checksum from migration_checksums`.execute(built.db);
  return {
    migrations: Object.fromEntries(migrations.rows.map((r) => [r.name, r.timestamp])),
    checksums: Object.fromEntries(checksums.rows.map((r) => [r.name, r.checksum])),
  };
}

describe.each(await testEngines())('a database made by the landed version a021ace, on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
  });
  afterEach(async () => {
    await handle.close();
  });

  it('migrates forward: its 0018 record renamed 0023, then 0037 and 0039 run, its rows intact, and a second run changes nothing', async () => {
    const built = await buildA021ace(handle);
    await writeA021aceRows(handle.db);
    // What this fixes: Kysely alone refuses the database.
    const strict = new Migrator({ db: handle.db, provider: { getMigrations: () => Promise.resolve(MIGRATIONS) }, ...(built.schema === undefined ? {} : { migrationTableSchema: built.schema }) });
    expect(String((await strict.migrateToLatest()).error)).toContain('previously executed migration 0018-pupils-held-elsewhere is missing');
    // Before it is migrated, the database counts as needing only what has not run, and no drift is found.
    expect(await migrationStatus(handle.db)).toEqual({ current: '0038-user-names', pending: ['0037-catch-up-tallies', '0039-audit-log-lookups'] });
    await assertNoMigrationDrift(handle.db, handle.location);

    expect(await migrateToLatestOrThrow(handle.db, handle.location, () => new Date('2026-12-08T09:00:00Z'))).toEqual(['0037-catch-up-tallies', '0039-audit-log-lookups']);

    const after = await readBookkeeping(built);
    expect(Object.keys(after.migrations).sort()).toEqual(Object.keys(MIGRATIONS));
    // The renamed record keeps the time it ran under its old name.
    expect(after.migrations['0023-pupils-held-elsewhere']).toBe('2026-12-07T13:00:00.017Z');
    expect(after.checksums).toEqual(MIGRATION_CHECKSUMS);
    expect(await migrationStatus(handle.db)).toEqual({ current: '0039-audit-log-lookups', pending: [] });

    const users = await sql<{ id: number | string; email: string; name: string | null }>`select id, email, name from users`.execute(handle.db);
    expect(users.rows.map((u) => ({ ...u, id: Number(u.id) }))).toEqual([{ id: 7, email: 'lead@example.org', name: null }]);
    const pupils = await sql<{ id: number | string; held_for: number | string | null }>`select id, held_for from careers_pupils order by id`.execute(handle.db);
    expect(pupils.rows.map((p) => [Number(p.id), p.held_for === null ? null : Number(p.held_for)])).toEqual([[1, null], [2, 1]]);
    const sessions = await sql<{ n: number | string }>`select count(*) as n from catch_up_sessions`.execute(handle.db);
    expect(Number(sessions.rows[0]?.n)).toBe(3);
    // 0037 filled the tallies from the sessions a021ace's code wrote.
    const tallies = await sql<{ pupil_id: number | string; sessions: number | string; half_hours: number | string }>`select pupil_id, sessions, half_hours from catch_up_pupil_tallies order by pupil_id`.execute(handle.db);
    expect(tallies.rows.map((t) => [Number(t.pupil_id), Number(t.sessions), Number(t.half_hours)])).toEqual([[1, 2, 34], [2, 1, 6]]);
    const school = await sql<{ tutees: number | string; half_hours: number | string; disadvantaged_over_one_course: number | string }>`select tutees, half_hours, disadvantaged_over_one_course from catch_up_school_tallies`.execute(handle.db);
    expect(school.rows.map((s) => [Number(s.tutees), Number(s.half_hours), Number(s.disadvantaged_over_one_course)])).toEqual([[2, 40, 1]]);

    expect(await migrateToLatestOrThrow(handle.db, handle.location, () => new Date('2026-12-09T09:00:00Z'))).toEqual([]);
    expect(await readBookkeeping(built)).toEqual(after);
  });

  it('is still refused, naming the migration and changing nothing, when its 0018 was other code than 0023 here', async () => {
    const built = await buildA021ace(handle);
    await sql`update migration_checksums set checksum = 'made-by-other-code' where name = '0018-pupils-held-elsewhere'`.execute(handle.db);
    const before = await readBookkeeping(built);
    const refusal = await migrateToLatestOrThrow(handle.db, handle.location).then(() => null, (e: unknown) => e);
    expect(refusal).toBeInstanceOf(MigrationDriftError);
    expect((refusal as Error).message).toContain('different version of migration 0018-pupils-held-elsewhere');
    expect(await readBookkeeping(built)).toEqual(before);
    // The read-only check (oa serve, every command) refuses it too.
    await expect(assertNoMigrationDrift(handle.db, handle.location)).rejects.toThrow('0018-pupils-held-elsewhere (no longer in the code)');
  });

  it('is still refused when its 0018 has no checksum recorded, as nothing then says it is the same code', async () => {
    const built = await buildA021ace(handle);
    await sql`delete from migration_checksums where name = '0018-pupils-held-elsewhere'`.execute(handle.db);
    const before = await readBookkeeping(built);
    await expect(migrateToLatestOrThrow(handle.db, handle.location)).rejects.toThrow(/records migration 0018-pupils-held-elsewhere without its checksum/);
    expect(await readBookkeeping(built)).toEqual(before);
  });

  it('is still refused, naming it, when another migration is missing before one it ran', async () => {
    const built = await buildA021ace(handle, A021ACE.filter((name) => name !== '0035-holiday-activities'));
    const before = await readBookkeeping(built);
    const refusal = await migrateToLatestOrThrow(handle.db, handle.location).then(() => null, (e: unknown) => e);
    expect(refusal).toBeInstanceOf(MigrationOrderError);
    expect((refusal as Error).message).toContain('migration 0035-holiday-activities has not run on it, but 0038-user-names');
    // The rename is done (the same code, whatever else is wrong); nothing has run.
    const after = await readBookkeeping(built);
    expect(Object.keys(after.migrations).sort()).toEqual(Object.keys(before.migrations).map(nameHere).sort());
  });
});

describe('oa db migrate on a database made by a021ace', () => {
  it('applies 0037 and 0039 the first time and says it is up to date the second', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oa-a021ace-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` };
    const handle = await openDatabase({ engine: 'sqlite', path: join(dir, 'oa.sqlite') });
    try {
      await buildA021ace(handle);
      await writeA021aceRows(handle.db);
    } finally {
      await handle.close();
    }
    const first = await runOa(['db', 'migrate'], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Applied 2 migration(s)');
    expect(first.stdout).toContain('0037-catch-up-tallies, 0039-audit-log-lookups');
    const second = await runOa(['db', 'migrate'], env);
    expect([second.code, second.stdout]).toEqual([0, `Database at ${join(dir, 'oa.sqlite')} is up to date.\n`]);
  });
});
