import type { Kysely, Transaction } from 'kysely';
import type { AuditActor } from '../domain/access/index.ts';
import { transactionWithClient } from '../storage/postgres-client-transaction.ts';
import { recordAudit } from '../storage/repositories/audit.repository.ts';
import type { Database } from '../storage/schema.ts';
import type { SyncCounts } from '../storage/sync-rows.ts';
import type { LoadContext } from './importer.ts';
import type { ImportOutcome } from './report.ts';
import type { ImportOptions } from './run-import.ts';
import { insertDataSource } from '../storage/repositories/data-sources.repository.ts';

/** The file being loaded, as the data-source record and the audit entry name it. */
export interface LoadedFile {
  readonly kind: string;
  readonly description: string;
  readonly file: string;
  readonly checksum: string;
  /** Valid rows in the file. */
  readonly rows: number;
}

/** Thrown inside the transaction to roll back a dry run after counting what it would change. */
class DryRunRollback extends Error {}

/**
 * Writes a checked file in one transaction: the data-source record, the rows (`load`), the work that
 * follows from them (`afterLoad`) and an audit entry. A file that changes nothing is rolled back, so it
 * leaves not even a data-source record; so is a dry run, after counting what it would change.
 */
export async function loadAudited(
  db: Kysely<Database>,
  loaded: LoadedFile,
  options: ImportOptions,
  steps: {
    readonly load: (context: LoadContext) => Promise<SyncCounts>;
    readonly afterLoad?: (trx: Transaction<Database>, context: { readonly now: string; readonly actor: AuditActor }) => Promise<void>;
  },
): Promise<ImportOutcome & { ok: true }> {
  const { kind, file, checksum } = loaded;
  const at = options.now().toISOString();
  try {
    const counts = await transactionWithClient(db, async (trx) => {
      const dataSourceId = await insertDataSource(trx, { name: loaded.description, origin: file, loadedAt: at, rowCount: loaded.rows, checksum });
      const result = await steps.load({ trx, dataSourceId, now: at, file });
      if (options.dryRun === true) throw new DryRunRollback(JSON.stringify(result));
      if (result.inserted + result.updated === 0) throw new DryRunRollback(JSON.stringify(result));
      await steps.afterLoad?.(trx, { now: at, actor: options.actor });
      await recordAudit(trx, {
        actor: options.actor,
        at,
        action: 'data.import',
        entityType: 'data_source',
        entityId: file,
        summary: { kind, checksum, inserted: result.inserted, updated: result.updated, unchanged: result.unchanged },
      });
      return result;
    });
    return { ok: true, file, kind, dryRun: false, checksum, counts: { rows: loaded.rows, ...counts } };
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
    const counts = JSON.parse(error.message) as SyncCounts;
    return { ok: true, file, kind, dryRun: options.dryRun === true, checksum, counts: { rows: loaded.rows, ...counts } };
  }
}
