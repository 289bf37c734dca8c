import type { FileRowBatch } from '../../storage/repositories/careers/file-row-batches.ts';
import type { EncounterFileEnd, EncounterFilePiece } from './read-encounter-batches.ts';

/**
 * Takes a file's reading to its end: each batch to `write` as it comes, each step of progress to
 * `onProgress`; returns how the reading ended. A write that throws stops the reading, and any thread doing it.
 */
export async function writeEachBatch(
  reading: AsyncGenerator<EncounterFilePiece, EncounterFileEnd>,
  write: (batch: FileRowBatch) => Promise<void>,
  onProgress: ((bytesRead: number, bytesTotal: number) => void) | undefined,
): Promise<EncounterFileEnd> {
  try {
    for (;;) {
      const next = await reading.next();
      if (next.done === true) return next.value;
      const piece = next.value;
      if ('batch' in piece) await write(piece.batch);
      else onProgress?.(piece.bytesRead, piece.bytesTotal);
    }
  } finally {
    await reading.return({ kind: 'empty' });
  }
}
