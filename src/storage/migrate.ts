import { Migrator, type MigrationResultSet, type Kysely } from 'kysely';
import { MIGRATIONS } from './migrations/index.ts';

export interface MigrationStatus {
  /** Name of the newest applied migration, or null on an empty database. */
  readonly current: string | null;
  readonly pending: readonly string[];
}

function migratorFor<DB>(db: Kysely<DB>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
  });
}

/** Applies every pending migration in one go; throws with the failing migration's name and reason. */
export async function migrateToLatestOrThrow<DB>(db: Kysely<DB>): Promise<readonly string[]> {
  const result: MigrationResultSet = await migratorFor(db).migrateToLatest();
  const failed = result.results?.find((r) => r.status === 'Error');
  if (result.error !== undefined) {
    const name = failed?.migrationName ?? 'unknown migration';
    const reason = result.error instanceof Error ? result.error.message : JSON.stringify(result.error);
    throw new Error(`Migration ${name} failed: ${reason}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function migrationStatus<DB>(db: Kysely<DB>): Promise<MigrationStatus> {
  const migrations = await migratorFor(db).getMigrations();
  const applied = migrations.filter((m) => m.executedAt !== undefined);
  return {
    current: applied.at(-1)?.name ?? null,
    pending: migrations.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}
