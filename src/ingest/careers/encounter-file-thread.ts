import { parentPort, workerData } from 'node:worker_threads';
import { createPseudonymiser } from './pseudonym-key.ts';
import { readEncounterBatches, type EncounterFileEnd, type EncounterFilePiece } from './read-encounter-batches.ts';

/** What `readEncounterBatchesInThread` starts this thread with. */
export interface EncounterFileThreadData {
  readonly path: string;
  readonly file: string;
  readonly asAt: number;
  /** The pseudonymisation key: UPNs are pseudonymised here, and go no further than this thread. */
  readonly key: Uint8Array;
  readonly listed: number;
  /** Batches this thread may read ahead of the one writing them. */
  readonly ahead: number;
}

/** A message from this thread: a piece of the reading, or its end. */
export type EncounterFileMessage = { readonly piece: EncounterFilePiece } | { readonly end: EncounterFileEnd };

// Reads the file and sends each batch (its rows' memory handed over, not copied), waiting whenever it is
// `ahead` batches in front: each "next" from the writer lets it send one more, so memory stays flat.
if (parentPort !== null) {
  const port = parentPort;
  const data = workerData as EncounterFileThreadData;
  let credits = data.ahead;
  let wake: (() => void) | undefined;
  port.on('message', () => {
    credits += 1;
    wake?.();
  });
  const pseudonymise = createPseudonymiser(Buffer.from(data.key));
  const reading = readEncounterBatches(data.path, data.file, { pseudonymise, asAt: data.asAt }, data.listed);
  for (;;) {
    const next = await reading.next();
    if (next.done === true) {
      port.postMessage({ end: next.value } satisfies EncounterFileMessage);
      break;
    }
    const piece = next.value;
    if ('batch' in piece) {
      while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
      credits -= 1;
      port.postMessage({ piece } satisfies EncounterFileMessage, [piece.batch.rows.buffer as ArrayBuffer]);
    } else port.postMessage({ piece } satisfies EncounterFileMessage);
  }
}
