import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/storage/database.ts';
import { migrationTableSchemaOf, readExecutedMigrations } from '../../src/storage/executed-migrations.ts';
import { migrateToLatestOrThrow, migrationStatus } from '../../src/storage/migrate.ts';
import { assertNoMigrationDrift, MigrationDriftError, recordMigrationChecksums } from '../../src/storage/migration-checksums.ts';
import { MigrationOrderError, findMigrationOrderProblems } from '../../src/storage/migration-order.ts';
import { MIGRATION_CHECKSUMS } from '../../src/storage/migrations/checksums.ts';
import { MIGRATIONS } from '../../src/storage/migrations/index.ts';
import { runOa } from '../support/cli.ts';
import { testEngines } from '../support/engines.ts';

/**
 * The migration lists of the versions that landed, in the order each ran them and under the names each
 * recorded (`git ls-tree <commit> src/storage/migrations/`). Two landed under other numbers than today's:
 * 'pupils held elsewhere' (0018 in a021ace and 595557f) and the catch-up tallies (0040 in 595557f).
 */
const UP_TO_0017 = Object.keys(MIGRATIONS).slice(0, 17);
const LANDED: Readonly<Record<'c392450' | 'a021ace' | 'be1f265' | '595557f' | 'f43f1be', readonly string[]>> = {
  c392450: [...UP_TO_0017, '0022-pseudonym-key-fingerprint', '0023-pupils-held-elsewhere', '0024-indicator-series', '0026-schools-by-name', '0027-hub-reach',
    '0030-catch-up-tutoring', '0031-catch-up-targets'],
  a021ace: [...UP_TO_0017, '0018-pupils-held-elsewhere', '0022-pseudonym-key-fingerprint', '0024-indicator-series', '0026-schools-by-name', '0027-hub-reach',
    '0030-catch-up-tutoring', '0031-catch-up-targets', '0035-holiday-activities', '0038-user-names'],
  be1f265: [...UP_TO_0017, '0022-pseudonym-key-fingerprint', '0023-pupils-held-elsewhere', '0024-indicator-series', '0026-schools-by-name', '0027-hub-reach',
    '0030-catch-up-tutoring', '0031-catch-up-targets', '0035-holiday-activities', '0037-catch-up-tallies', '0038-user-names', '0039-audit-log-lookups'],
  '595557f': [...UP_TO_0017, '0018-pupils-held-elsewhere', '0022-pseudonym-key-fingerprint', '0024-indicator-series', '0026-schools-by-name', '0027-hub-reach',
    '0030-catch-up-tutoring', '0031-catch-up-targets', '0035-holiday-activities', '0038-user-names', '0039-audit-log-lookups', '0040-catch-up-tallies'],
  f43f1be: Object.keys(MIGRATIONS),
};

/** Today's name of each former name, and the checksum the landed versions recorded under it (their checksums.ts). */
const FORMER = {
  '0018-pupils-held-elsewhere': { name: '0023-pupils-held-elsewhere', checksum: 'e986dabfe2492fdfbfb7737f203be29cfefea134e3bb26c7133f609467eecf98' },
  '0040-catch-up-tallies': { name: '0037-catch-up-tallies', checksum: 'caf8da9e9362f5b767cbce50158edf69e34e36c4c82876075b785fd97fdf9614' },
} as const;
const nameHere = (name: string): string => (name in FORMER ? FORMER[name as keyof typeof FORMER].name : name);
const landedChecksum = (name: string): string => (name in FORMER ? FORMER[name as keyof typeof FORMER].checksum : (MIGRATION_CHECKSUMS[name] ?? 'no checksum'));

interface Built {
  readonly db: DatabaseHandle['db'];
  readonly schema: string | undefined;
}

const kyselyTable = (built: Built) => sql.table(built.schema === undefined ? 'kysely_migration' : `${built.schema}.kysely_migration`);

/**
 * A database as landed versions made it: each run is one version's `oa db migrate` (its list, today's modules
 * under its names, Kysely's own checks on), its migrations timed a millisecond apart in the order they ran, an
 * hour after the run before, and their checksums recorded under its names.
 */
async function buildDatabase(handle: DatabaseHandle, runs: readonly (readonly string[])[]): Promise<Built> {
  const schema = await migrationTableSchemaOf(handle.db);
  const built = { db: handle.db, schema };
  for (const [run, list] of runs.entries()) {
    const modules = Object.fromEntries(list.map((name) => [name, MIGRATIONS[nameHere(name)] ?? { up: () => Promise.reject(new Error(`no module for ${name}`)) }]));
    const migrator = new Migrator({ db: handle.db, provider: { getMigrations: () => Promise.resolve(modules) }, ...(schema === undefined ? {} : { migrationTableSchema: schema }) });
    const result = await migrator.migrateToLatest();
    expect(result.error).toBeUndefined();
    for (const [i, r] of (result.results ?? []).entries()) {
      const at = new Date(Date.UTC(2026, 11, 7, 10 + run, 0, 0, i)).toISOString();
      await sql`update ${kyselyTable(built)} set timestamp = ${at} where name = ${r.migrationName}`.execute(handle.db);
    }
    await recordMigrationChecksums(handle.db, list, new Date(Date.UTC(2026, 11, 7, 10 + run, 0, 1)), Object.fromEntries(list.map((name) => [name, landedChecksum(name)])));
  }
  return built;
}

/** Rows every landed version's code could write: a user, a careers pupil held at a second school for another, catch-up tutoring. */
async function writeRows(db: DatabaseHandle['db']): Promise<void> {
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
  const migrations = await sql<{ name: string; timestamp: string }>`select name, timestamp from ${kyselyTable(built)}`.execute(built.db);
  const checksums = await sql<{ name: string; checksum: string }>`select name, checksum from migration_checksums`.execute(built.db);
  return {
    migrations: Object.fromEntries(migrations.rows.map((r) => [r.name, r.timestamp])),
    checksums: Object.fromEntries(checksums.rows.map((r) => [r.name, r.checksum])),
  };
}

async function readTallies(db: DatabaseHandle['db']): Promise<number[][]> {
  const rows = await sql<{ pupil_id: number | string; sessions: number | string; half_hours: number | string }>`select pupil_id, sessions, half_hours from catch_up_pupil_tallies order by pupil_id`.execute(db);
  return rows.rows.map((t) => [Number(t.pupil_id), Number(t.sessions), Number(t.half_hours)]);
}

const refusalOf = (work: Promise<unknown>): Promise<unknown> => work.then(() => null, (e: unknown) => e);

/** The versions that ran `oa db migrate` on a database, in turn, and what this version then applies. */
const C392450_APPLIES = ['0035-holiday-activities', '0037-catch-up-tallies', '0038-user-names', '0039-audit-log-lookups'];
const A021ACE_APPLIES = ['0037-catch-up-tallies', '0039-audit-log-lookups'];

interface LandedCase {
  readonly made: string;
  readonly runs: readonly (readonly string[])[];
  readonly applies: readonly string[];
}

const CASES: readonly LandedCase[] = [
  { made: 'c392450', runs: [LANDED.c392450], applies: C392450_APPLIES },
  { made: 'a021ace', runs: [LANDED.a021ace], applies: A021ACE_APPLIES },
  { made: 'be1f265', runs: [LANDED.be1f265], applies: [] },
  { made: 'c392450, then be1f265', runs: [LANDED.c392450, LANDED.be1f265], applies: [] },
  { made: '595557f', runs: [LANDED['595557f']], applies: [] },
  { made: 'a021ace, then 595557f', runs: [LANDED.a021ace, LANDED['595557f']], applies: [] },
  { made: 'f43f1be', runs: [LANDED.f43f1be], applies: [] },
];

describe.each(await testEngines())('databases made by landed versions, on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
  });
  afterEach(async () => {
    await handle.close();
  });

  it.each(CASES)('migrates one made by $made forward to this version, its rows intact, and a second run changes nothing', async ({ runs, applies }) => {
    const built = await buildDatabase(handle, runs);
    await writeRows(handle.db);
    const talliesBefore = runs.some((list) => list.some((name) => nameHere(name) === '0037-catch-up-tallies')) ? await readTallies(handle.db) : null;
    const before = await readBookkeeping(built);

    expect(await migrateToLatestOrThrow(handle.db, handle.location, () => new Date('2026-12-08T09:00:00Z'))).toEqual(applies);

    const after = await readBookkeeping(built);
    expect(Object.keys(after.migrations).sort()).toEqual(Object.keys(MIGRATIONS));
    expect(after.checksums).toEqual(MIGRATION_CHECKSUMS);
    // A renamed record keeps the time it ran under its former name.
    for (const [name, at] of Object.entries(before.migrations)) expect(after.migrations[nameHere(name)], name).toBe(at);
    expect(await migrationStatus(handle.db)).toEqual({ current: Object.keys(MIGRATIONS).at(-1), pending: [] });
    await assertNoMigrationDrift(handle.db, handle.location);

    const users = await sql<{ id: number | string; email: string; name: string | null }>`select id, email, name from users`.execute(handle.db);
    expect(users.rows.map((u) => ({ ...u, id: Number(u.id) }))).toEqual([{ id: 7, email: 'lead@example.org', name: null }]);
    const pupils = await sql<{ id: number | string; held_for: number | string | null }>`select id, held_for from careers_pupils order by id`.execute(handle.db);
    expect(pupils.rows.map((p) => [Number(p.id), p.held_for === null ? null : Number(p.held_for)])).toEqual([[1, null], [2, 1]]);
    const sessions = await sql<{ n: number | string }>`select count(*) as n from catch_up_sessions`.execute(handle.db);
    expect(Number(sessions.rows[0]?.n)).toBe(3);
    // 0037 filled the tallies from the sessions the older code wrote, or, where it had run already, was not run again.
    expect(await readTallies(handle.db)).toEqual(talliesBefore ?? [[1, 2, 34], [2, 1, 6]]);

    expect(await migrateToLatestOrThrow(handle.db, handle.location, () => new Date('2026-12-09T09:00:00Z'))).toEqual([]);
    expect(await readBookkeeping(built)).toEqual(after);
  });

  it('refuses each landed version’s database, naming it, where this code adds a migration numbered into a gap', async () => {
    for (const { made, runs } of CASES.filter((c) => c.made.includes('c392450') || c.made.includes('be1f265'))) {
      const db = await engine.open();
      try {
        const built = await buildDatabase(db, runs);
        await migrateToLatestOrThrow(db.db, db.location);
        const executed = await readExecutedMigrations(db.db, built.schema);
        expect(findMigrationOrderProblems(executed, Object.keys(MIGRATIONS)), made).toEqual([]);
        const withGap = [...Object.keys(MIGRATIONS), '0019-numbered-into-a-gap'].sort();
        expect(findMigrationOrderProblems(executed, withGap)[0], made).toMatch(/^migration 0019-numbered-into-a-gap has not run on it, but 0022-pseudonym-key-fingerprint, .* which come after it, have$/);
      } finally {
        await db.close();
      }
    }
  });

  it('refuses, naming them and running nothing, a database missing a migration before others it ran', async () => {
    const built = await buildDatabase(handle, [LANDED.be1f265.filter((name) => name !== '0035-holiday-activities')]);
    const refusal = await refusalOf(migrateToLatestOrThrow(handle.db, handle.location));
    expect(refusal).toBeInstanceOf(MigrationOrderError);
    expect((refusal as Error).message).toContain(
      'migration 0035-holiday-activities has not run on it, but 0037-catch-up-tallies, 0038-user-names, 0039-audit-log-lookups, which come after it, have',
    );
    const after = await readBookkeeping(built);
    expect(Object.keys(after.migrations)).not.toContain('0035-holiday-activities');
  });

  it('lets 0037 run after 0038 and 0039 where 595557f stopped before its 0040', async () => {
    const built = await buildDatabase(handle, [LANDED['595557f'].slice(0, LANDED['595557f'].indexOf('0039-audit-log-lookups') + 1)]);
    expect(await migrateToLatestOrThrow(handle.db, handle.location)).toEqual(['0037-catch-up-tallies']);
    expect(Object.keys((await readBookkeeping(built)).migrations).sort()).toEqual(Object.keys(MIGRATIONS));
  });

  it('refuses, changing nothing, a record under a former name whose checksum is not this code’s', async () => {
    const built = await buildDatabase(handle, [LANDED['595557f']]);
    await sql`update migration_checksums set checksum = 'made-by-other-code' where name = '0018-pupils-held-elsewhere'`.execute(handle.db);
    const before = await readBookkeeping(built);
    const refusal = await refusalOf(migrateToLatestOrThrow(handle.db, handle.location));
    expect(refusal).toBeInstanceOf(MigrationDriftError);
    expect((refusal as Error).message).toContain('different version of migration 0018-pupils-held-elsewhere (an earlier name of 0023-pupils-held-elsewhere) than this code holds');
    expect(await readBookkeeping(built)).toEqual(before);
    // The read-only check every other command makes refuses it too.
    await expect(assertNoMigrationDrift(handle.db, handle.location)).rejects.toThrow('0018-pupils-held-elsewhere (an earlier name of 0023-pupils-held-elsewhere)');
  });

  it('renames on trust a record under a former name with no checksum recorded, and records this code’s', async () => {
    const built = await buildDatabase(handle, [LANDED.a021ace]);
    await sql`delete from migration_checksums where name = '0018-pupils-held-elsewhere'`.execute(handle.db);
    expect(await migrateToLatestOrThrow(handle.db, handle.location)).toEqual(A021ACE_APPLIES);
    expect((await readBookkeeping(built)).checksums).toEqual(MIGRATION_CHECKSUMS);
  });

  it('refuses, changing nothing, a database that records one migration under both its names', async () => {
    const built = await buildDatabase(handle, [LANDED['595557f']]);
    await sql`insert into ${kyselyTable(built)} (name, timestamp) values ('0023-pupils-held-elsewhere', '2026-12-07T12:00:00.000Z')`.execute(handle.db);
    const before = await readBookkeeping(built);
    await expect(migrateToLatestOrThrow(handle.db, handle.location)).rejects.toThrow('records migration 0023-pupils-held-elsewhere twice, also under its earlier name 0018-pupils-held-elsewhere');
    expect(await readBookkeeping(built)).toEqual(before);
  });
});

describe('oa db migrate on a database made by a021ace', () => {
  it('applies what it lacks the first time and says it is up to date the second', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oa-a021ace-'));
    const path = join(dir, 'oa.sqlite');
    const handle = await openDatabase({ engine: 'sqlite', path });
    try {
      await buildDatabase(handle, [LANDED.a021ace]);
    } finally {
      await handle.close();
    }
    const env = { DATABASE_URL: `sqlite:${path}` };
    const first = await runOa(['db', 'migrate'], env);
    expect([first.code, first.stderr, first.stdout]).toEqual([0, '', `Applied 2 migration(s) to ${path}: ${A021ACE_APPLIES.join(', ')}\n`]);
    const second = await runOa(['db', 'migrate'], env);
    expect([second.code, second.stderr, second.stdout]).toEqual([0, '', `Database at ${path} is up to date.\n`]);
  });
});
