import { openDatabase, type DatabaseHandle } from '../storage/database.ts';
import type { DatabaseTarget } from '../storage/database-url.ts';
import { migrationStatus } from '../storage/migrate.ts';
import { assertNoMigrationDrift } from '../storage/migration-checksums.ts';
import { createServices, type Services } from '../storage/services/create-services.ts';

/** Runs `work` with an open database and always closes it, even when `work` fails. */
export async function withDatabase<T>(target: DatabaseTarget, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase(target);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/** Refuses to work on a database whose schema is behind this version of the code, or was made by other migration code. */
export async function assertMigratedOrThrow(handle: DatabaseHandle): Promise<void> {
  await assertNoMigrationDrift(handle.db, handle.location);
  const status = await migrationStatus(handle.db);
  if (status.pending.length > 0) {
    throw new Error(
      `The database at ${handle.location} needs ${String(status.pending.length)} migration(s) (${status.pending.join(', ')}). Run: oa db migrate`,
    );
  }
}

/** Runs `work` with the services of a migrated database (refusing one that is not), and always closes it. */
export async function withServices<T>(target: DatabaseTarget, work: (services: Services) => Promise<T>): Promise<T> {
  return withDatabase(target, async (handle) => {
    await assertMigratedOrThrow(handle);
    return work(createServices(handle.db, handle.engine));
  });
}
