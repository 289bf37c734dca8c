import { startThread } from '../runtime/start-thread.ts';
import type { EncounterFileMessage, EncounterFileThreadData } from './encounter-file-thread.ts';
import type { EncounterFileEnd, EncounterFilePiece } from './read-encounter-batches.ts';

const MODULE = new URL('./encounter-file-thread.ts', import.meta.url);

/**
 * The reading thread's long-lived heap: what it keeps is a CSV piece, a batch, the open run and at most
 * 100,000 employer names (tens of MB). Left unbounded, V8 let the thread's garbage pile up to about 150 MB
 * more between collections, which set the import's peak memory (406–438 MB on a 2,000,000-row file, where
 * issue 22 allows 500 MB); bounded, it collects sooner: 289–294 MB, at no CPU time measurable on a busy
 * machine (docs/benchmarks.md, careers import). A thread that would pass it stops, and the import with it.
 */
const READING_HEAP_MB = 128;

/**
 * `readEncounterBatches` run on a thread of its own, so reading and checking the next rows overlaps
 * writing these (on two cores the reading all but disappears from the import's time). The thread makes
 * the pseudonymiser again from `key`; it stays at most `ahead` batches in front. An error there is thrown
 * here, and stopping early (the import failing) ends the thread.
 */
export async function* readEncounterBatchesInThread(
  path: string,
  file: string,
  options: { readonly asAt: number; readonly key: Buffer; readonly listed: number },
  ahead = 4,
): AsyncGenerator<EncounterFilePiece, EncounterFileEnd> {
  const data: EncounterFileThreadData = { path, file, asAt: options.asAt, key: new Uint8Array(options.key), listed: options.listed, ahead };
  const worker = startThread(MODULE, data, { maxOldGenerationSizeMb: READING_HEAP_MB });
  const queue: EncounterFilePiece[] = [];
  // Set by the thread's events, which the compiler cannot see happen between the checks below.
  const state: { end: EncounterFileEnd | undefined; failure: Error | undefined } = { end: undefined, failure: undefined };
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (message: EncounterFileMessage) => {
    if ('end' in message) state.end = message.end;
    else queue.push(message.piece);
    notify();
  });
  worker.on('error', (error) => {
    state.failure = error;
    notify();
  });
  worker.on('exit', (code) => {
    if (state.end === undefined) state.failure ??= new Error(`The thread reading ${file} stopped (exit code ${String(code)}) before it finished`);
    notify();
  });
  try {
    for (;;) {
      const piece = queue.shift();
      if (piece !== undefined) {
        if ('batch' in piece) worker.postMessage('next');
        yield piece;
      } else if (state.failure !== undefined) {
        throw state.failure;
      } else if (state.end !== undefined) {
        return state.end;
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    await worker.terminate();
  }
}
