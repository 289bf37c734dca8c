import type { Kysely } from 'kysely';
import { withBulkWriteConnection } from '../../storage/bulk-write-connection.ts';
import { transactionWithClient } from '../../storage/postgres-client-transaction.ts';
import { finishFirstLoad } from '../../storage/repositories/careers-ledger.repository.ts';
import { retentionCutOff } from '../../storage/repositories/careers-retention.repository.ts';
import { FirstLoad } from '../../storage/repositories/careers/first-load.ts';
import { createFileRows, dropFileRows } from '../../storage/repositories/careers/file-rows.ts';
import type { Database } from '../../storage/schema.ts';
import type { ImportEncountersOptions, ImportEncountersOutcome } from './import-encounters.ts';
import { readingFor } from './reading-for.ts';
import { writeEachBatch } from './write-each-batch.ts';

/** Thrown inside the transaction to roll back a load that gave way to the general import. */
class GaveWay extends Error {
  constructor() {
    super('the file goes the general way');
  }
}

/**
 * The national team's import of a file into an empty ledger, written straight into it as the file is read
 * (`FirstLoad`), so a first national load does not stage every row and copy it after. Returns null, having
 * written nothing, when the ledger holds pupils or the file is anything but a clean school export (any
 * row refused, a repeated row, an unknown school, a pupil whose rows are apart, nothing kept): the caller
 * then imports it the general way, which reads it again and reports or writes it exactly as before. A
 * refused file thus costs up to two readings; a clean one, one.
 */
export async function importIntoEmptyLedger(db: Kysely<Database>, path: string, file: string, options: ImportEncountersOptions, listed: number): Promise<ImportEncountersOutcome | null> {
  const cutOff = retentionCutOff(options.now().toISOString().slice(0, 10), options.retentionYears);
  try {
    // Every reference the load makes is checked when the ledger's keys are put back: not row by row (SQLite).
    return await withBulkWriteConnection(db, (connection) =>
      transactionWithClient(connection, async (trx, client) => {
        await createFileRows(trx);
        const load = await FirstLoad.begin(trx, client, cutOff);
        if (load === null) throw new GaveWay();
        const reading = await readingFor(path, file, options, listed);
        // Giving way stops the reading, and any thread doing it.
        const end = await writeEachBatch(
          reading,
          async (batch) => {
            await load.append(batch);
            if (load.abandoned !== null) throw new GaveWay();
          },
          options.onProgress,
        );
        if (end.kind !== 'read' || end.problems.length > 0 || end.unlisted > 0 || end.records === 0) throw new GaveWay();
        const written = await finishFirstLoad(trx, load, end.oneRunEach, {
          replace: options.replace,
          actor: options.actor,
          now: options.now().toISOString(),
          source: file,
          pupilsElsewhere: options.transferPupils ? 'move' : 'refuse',
        });
        if (written === null) throw new GaveWay();
        await dropFileRows(trx);
        return { ok: true as const, file, counts: written.counts, pastRetention: { cutOff, ...written.pastRetention } };
      }),
    );
  } catch (error) {
    if (error instanceof GaveWay) return null;
    throw error;
  }
}
