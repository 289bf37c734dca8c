import { openDatabase, type DatabaseHandle } from '../storage/database.ts';
import type { DatabaseTarget } from '../storage/database-url.ts';
import { migrationStatus } from '../storage/migrate.ts';
import { assertNoMigrationDrift } from '../storage/migration-checksums.ts';

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
