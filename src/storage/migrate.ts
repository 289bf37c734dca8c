import { DEFAULT_MIGRATION_TABLE, Migrator, sql, type MigrationResultSet, type Kysely } from 'kysely';
import { capabilitiesOf } from './dialect-capabilities.ts';
import { assertMigrationOrderOrThrow, currentNameOf, MIGRATION_RENAMES, renameChecksumOf, type ExecutedMigration } from './migration-history.ts';
import { assertNoMigrationDrift, MigrationDriftError, readRecordedChecksums, recordMigrationChecksums, renameRecordedChecksum } from './migration-checksums.ts';
import { MIGRATIONS } from './migrations/index.ts';

export interface MigrationStatus {
  /** Name of the newest applied migration, or null on an empty database. */
  readonly current: string | null;
  readonly pending: readonly string[];
}

/**
 * On PostgreSQL the migrator is pinned to the connection's own schema: without it Kysely looks for its
 * bookkeeping tables in every schema it can see, so one database shared by several schemas (as the tests
 * do, and as a multi-tenant install might) would find another schema's tables and skip its own migrations.
 */
async function migrationTableSchemaOf<DB>(db: Kysely<DB>): Promise<string | undefined> {
  return capabilitiesOf(db).engine === 'postgres'
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
}

/**
 * Kysely's own order check is off: `findMigrationOrderProblems` (migration-history.ts) makes the same check
 * before every run, with the known exceptions a landed version left (a migration landed before one already
 * applied), which Kysely would otherwise refuse on that database for ever after (it orders applied migrations
 * by the time they ran).
 */
function migratorFor<DB>(db: Kysely<DB>, schema: string | undefined): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    allowUnorderedMigrations: true,
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
}

/** Kysely's record of the migrations this database ran, in the schema the migrator uses; none on a new database. */
async function readExecutedMigrations<DB>(db: Kysely<DB>, schema: string | undefined): Promise<readonly ExecutedMigration[]> {
  const exists =
    schema === undefined
      ? await sql<{ found: number }>`select 1 as found from sqlite_master where type = 'table' and name = ${DEFAULT_MIGRATION_TABLE}`.execute(db)
      : await sql<{ found: number }>`select 1 as found from information_schema.tables where table_schema = ${schema} and table_name = ${DEFAULT_MIGRATION_TABLE}`.execute(db);
  if (exists.rows.length === 0) return [];
  const table = sql.table(schema === undefined ? DEFAULT_MIGRATION_TABLE : `${schema}.${DEFAULT_MIGRATION_TABLE}`);
  const rows = await sql<ExecutedMigration>`select name, timestamp from ${table}`.execute(db);
  return rows.rows;
}

/**
 * Renames, in one transaction, the records of a migration a landed version knew by another name
 * (MIGRATION_RENAMES), in Kysely's table and in the checksums, when its recorded checksum is that of the
 * migration here (the same code). Throws, changing nothing, when the checksum differs or is missing, or when
 * both names are recorded.
 */
async function renameKnownMigrationsOrThrow<DB>(db: Kysely<DB>, schema: string | undefined, location: string): Promise<readonly string[]> {
  const names = new Set((await readExecutedMigrations(db, schema)).map((m) => m.name));
  const due = MIGRATION_RENAMES.filter((r) => names.has(r.from));
  if (due.length === 0) return [];
  const table = sql.table(schema === undefined ? DEFAULT_MIGRATION_TABLE : `${schema}.${DEFAULT_MIGRATION_TABLE}`);
  return db.transaction().execute(async (trx) => {
    const recorded = await readRecordedChecksums(trx);
    for (const rename of due) {
      if (names.has(rename.to)) {
        throw new Error(`The database at ${location} records migration ${rename.from} and ${rename.to}, which are one migration under two names: restore a backup made before the second was recorded`);
      }
      const checksum = recorded.get(rename.from);
      const expected = renameChecksumOf(rename);
      if (checksum === undefined || expected === undefined) {
        throw new Error(
          `The database at ${location} records migration ${rename.from} without its checksum, so it cannot be told to be the same code as ${rename.to}: ` +
            'migrate it first with the version that made it, which records the checksum',
        );
      }
      if (checksum !== expected) throw new MigrationDriftError(location, [{ name: rename.from, recorded: checksum, expected }]);
      await sql`update ${table} set name = ${rename.to} where name = ${rename.from}`.execute(trx);
      await renameRecordedChecksum(trx, rename.from, rename.to);
    }
    return due.map((r) => r.to);
  });
}

/**
 * Applies every pending migration in one go; throws with the failing migration's name and reason. Before
 * changing anything else it renames the records of migrations a landed version knew by another name, then
 * refuses a database made by a migration whose code has changed since it ran (MigrationDriftError) or whose
 * applied migrations are out of place (MigrationOrderError), and records the checksum of each migration it
 * finds applied.
 */
export async function migrateToLatestOrThrow<DB>(db: Kysely<DB>, location = 'this database', now: () => Date = () => new Date()): Promise<readonly string[]> {
  const schema = await migrationTableSchemaOf(db);
  await renameKnownMigrationsOrThrow(db, schema, location);
  await assertNoMigrationDrift(db, location);
  assertMigrationOrderOrThrow(await readExecutedMigrations(db, schema), Object.keys(MIGRATIONS).sort(), location);
  const migrator = migratorFor(db, schema);
  const result: MigrationResultSet = await migrator.migrateToLatest();
  const failed = result.results?.find((r) => r.status === 'Error');
  if (result.error !== undefined) {
    const name = failed?.migrationName ?? 'unknown migration';
    const reason = result.error instanceof Error ? result.error.message : JSON.stringify(result.error);
    throw new Error(`Migration ${name} failed: ${reason}`);
  }
  const applied = (await migrator.getMigrations()).filter((m) => m.executedAt !== undefined).map((m) => m.name);
  await recordMigrationChecksums(db, applied, now());
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Reads only: a migration recorded under a name it had before a known rename counts as applied under its name here. */
export async function migrationStatus<DB>(db: Kysely<DB>): Promise<MigrationStatus> {
  const executed = new Set((await readExecutedMigrations(db, await migrationTableSchemaOf(db))).map((m) => currentNameOf(m.name)));
  const names = Object.keys(MIGRATIONS).sort();
  return {
    current: names.filter((name) => executed.has(name)).at(-1) ?? null,
    pending: names.filter((name) => !executed.has(name)),
  };
}
