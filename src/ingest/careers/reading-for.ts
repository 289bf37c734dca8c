import { stat } from 'node:fs/promises';
import { pseudonymKeyOf } from './pseudonym-key.ts';
import { readEncounterBatches, type EncounterFileEnd, type EncounterFilePiece } from './read-encounter-batches.ts';
import { readEncounterBatchesInThread } from './read-encounter-batches-in-thread.ts';

/** Files from this size are read on a thread of their own while the import writes (about 15,000 rows). */
const THREAD_FROM_BYTES = 1 << 20;

/**
 * How an import reads its file: on a thread of its own when it is big enough for that to pay and the
 * pseudonymiser's key is known (one made by `createPseudonymiser`), else on this one. Both read alike.
 */
export async function readingFor(
  path: string,
  file: string,
  options: { readonly pseudonymise: (upn: string) => string; readonly asAt: number },
  listed: number,
): Promise<AsyncGenerator<EncounterFilePiece, EncounterFileEnd>> {
  const key = pseudonymKeyOf(options.pseudonymise);
  const size = await stat(path).then((info) => (info.isFile() ? info.size : 0)).catch(() => 0);
  if (key !== undefined && size >= THREAD_FROM_BYTES) return readEncounterBatchesInThread(path, file, { asAt: options.asAt, key, listed });
  return readEncounterBatches(path, file, options, listed);
}
