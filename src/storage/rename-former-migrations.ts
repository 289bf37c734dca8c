import type { Kysely } from 'kysely';
import { readExecutedMigrations, renameExecutedMigration } from './executed-migrations.ts';
import { MigrationDriftError, readRecordedChecksums, renameRecordedChecksum } from './migration-checksums.ts';
import { FORMER_MIGRATION_NAMES, type FormerMigrationName } from './migration-history.ts';
import { MIGRATION_CHECKSUMS } from './migrations/checksums.ts';

/**
 * Gives each migration a landed version recorded under a former name (FORMER_MIGRATION_NAMES) this code's
 * name, in Kysely's table and in `migration_checksums`, in one transaction, before Kysely reads them. Returns
 * those renamed.
 *
 * A record is renamed only when its recorded checksum is this code's for the migration. When no checksum was
 * recorded under the former name (the process stopped between Kysely's run and the checksums', or the row was
 * deleted) it is renamed on trust, as recordMigrationChecksums trusts any applied migration without one: every
 * file that ever carried a former name was byte-identical to the migration here, so the name says which code ran.
 * Throws, changing nothing, when the checksum differs or when both names are recorded.
 */
export async function renameFormerMigrationsOrThrow<DB>(db: Kysely<DB>, schema: string | undefined, location: string): Promise<readonly FormerMigrationName[]> {
  const executed = new Set((await readExecutedMigrations(db, schema)).map((m) => m.name));
  const recorded = await readRecordedChecksums(db);
  const due = FORMER_MIGRATION_NAMES.filter((f) => executed.has(f.formerName) || recorded.has(f.formerName));
  if (due.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    // Read again inside the transaction: another `oa db migrate` may have renamed them meanwhile.
    const executedNow = new Set((await readExecutedMigrations(trx, schema)).map((m) => m.name));
    const recordedNow = await readRecordedChecksums(trx);
    const renamed: FormerMigrationName[] = [];
    for (const f of due) {
      if (!executedNow.has(f.formerName) && !recordedNow.has(f.formerName)) continue;
      if (executedNow.has(f.name) || recordedNow.has(f.name)) {
        throw new Error(
          `The database at ${location} records migration ${f.name} twice, also under its earlier name ${f.formerName}: ` +
            'restore a backup made before the second record, then run oa db migrate again.',
        );
      }
      const checksum = recordedNow.get(f.formerName);
      const expected = MIGRATION_CHECKSUMS[f.name] ?? null;
      if (checksum !== undefined && checksum !== expected) {
        throw new MigrationDriftError(location, [{ name: f.formerName, recorded: checksum, expected, currentName: f.name }]);
      }
      await renameExecutedMigration(trx, schema, f.formerName, f.name);
      await renameRecordedChecksum(trx, f.formerName, f.name);
      renamed.push(f);
    }
    return renamed;
  });
}
