import { Migrator, type MigrationResultSet, type Kysely } from 'kysely';
import { migrationTableSchemaOf, readExecutedMigrations } from './executed-migrations.ts';
import { assertNoMigrationDrift, recordMigrationChecksums } from './migration-checksums.ts';
import { currentMigrationNameOf } from './migration-history.ts';
import { assertMigrationOrderOrThrow } from './migration-order.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { renameFormerMigrationsOrThrow } from './rename-former-migrations.ts';

export interface MigrationStatus {
  /** Name of the newest applied migration, or null on an empty database. */
  readonly current: string | null;
  readonly pending: readonly string[];
}

/**
 * On PostgreSQL the migrator is pinned to the connection's own schema: without it Kysely looks for its
 * bookkeeping tables in every schema it can see, so one database shared by several schemas (as the tests
 * do, and as a multi-tenant install might) would find another schema's tables and skip its own migrations.
 *
 * Kysely's order check is off: it orders applied migrations by the time they ran, so a database whose
 * migrations a landed version ran under other numbers would be refused for ever after. assertMigrationOrderOrThrow
 * (migration-order.ts) makes the same check before every run, allowing only the known pairs in migration-history.ts.
 */
function migratorFor<DB>(db: Kysely<DB>, schema: string | undefined): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    allowUnorderedMigrations: true,
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
}

/**
 * Applies every pending migration in one go; throws with the failing migration's name and reason. Before
 * changing anything it refuses a database made by a migration whose code has changed since it ran
 * (MigrationDriftError); then it gives migrations a landed version recorded under a former name this code's
 * names (rename-former-migrations.ts), refuses a database whose applied migrations are out of place
 * (MigrationOrderError), migrates, and records the checksum of each migration it finds applied.
 */
export async function migrateToLatestOrThrow<DB>(db: Kysely<DB>, location = 'this database', now: () => Date = () => new Date()): Promise<readonly string[]> {
  await assertNoMigrationDrift(db, location);
  const schema = await migrationTableSchemaOf(db);
  await renameFormerMigrationsOrThrow(db, schema, location);
  assertMigrationOrderOrThrow(await readExecutedMigrations(db, schema), Object.keys(MIGRATIONS), location);
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

/**
 * Reads only. A migration recorded under a former name counts as applied under this code's name: the schema
 * is the same, and the drift check (which runs first wherever this gates work) refuses one whose code differed.
 */
export async function migrationStatus<DB>(db: Kysely<DB>): Promise<MigrationStatus> {
  const executed = new Set((await readExecutedMigrations(db, await migrationTableSchemaOf(db))).map((m) => currentMigrationNameOf(m.name)));
  const names = Object.keys(MIGRATIONS).sort();
  return {
    current: names.filter((name) => executed.has(name)).at(-1) ?? null,
    pending: names.filter((name) => !executed.has(name)),
  };
}
