import { Migrator, sql, type MigrationResultSet, type Kysely } from 'kysely';
import { capabilitiesOf } from './dialect-capabilities.ts';
import { assertNoMigrationDrift, recordMigrationChecksums } from './migration-checksums.ts';
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
async function migratorFor<DB>(db: Kysely<DB>): Promise<Migrator> {
  const schema =
    capabilitiesOf(db).engine === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
}

/**
 * Applies every pending migration in one go; throws with the failing migration's name and reason. Refuses,
 * before changing anything, a database made by a migration whose code has changed since it ran
 * (MigrationDriftError), and records the checksum of each migration it finds applied.
 */
export async function migrateToLatestOrThrow<DB>(db: Kysely<DB>, location = 'this database', now: () => Date = () => new Date()): Promise<readonly string[]> {
  await assertNoMigrationDrift(db, location);
  const migrator = await migratorFor(db);
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

export async function migrationStatus<DB>(db: Kysely<DB>): Promise<MigrationStatus> {
  const migrator = await migratorFor(db);
  const migrations = await migrator.getMigrations();
  const applied = migrations.filter((m) => m.executedAt !== undefined);
  return {
    current: applied.at(-1)?.name ?? null,
    pending: migrations.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}
