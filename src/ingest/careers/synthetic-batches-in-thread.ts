import type { SyntheticBatch, SyntheticSettings } from '../../domain/careers/index.ts';
import { startThread } from '../runtime/start-thread.ts';
import type { SyntheticThreadData } from './synthetic-thread.ts';

const MODULE = new URL('./synthetic-thread.ts', import.meta.url);

type Message = { readonly batch: SyntheticBatch } | { readonly done: true };

/**
 * `generateSyntheticCareers(urns, settings, firstId)`, run on another thread so generating the next batches
 * overlaps writing this one (on two cores the generator's time all but disappears from a bulk load). The
 * thread stays at most `ahead` batches in front; an error there is thrown here, and stopping early (the
 * load failing) ends the thread.
 */
export async function* syntheticBatchesInThread(urns: readonly number[], settings: SyntheticSettings, firstId: number, ahead = 2): AsyncGenerator<SyntheticBatch> {
  const data: SyntheticThreadData = { urns: [...urns], settings, firstId, ahead };
  const worker = startThread(MODULE, data);
  const queue: SyntheticBatch[] = [];
  // Set by the thread's events, which the compiler cannot see happen between the checks below.
  const state: { finished: boolean; failure: Error | undefined } = { finished: false, failure: undefined };
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (message: Message) => {
    if ('done' in message) state.finished = true;
    else queue.push(message.batch);
    notify();
  });
  worker.on('error', (error) => {
    state.failure = error;
    notify();
  });
  worker.on('exit', (code) => {
    if (!state.finished) state.failure ??= new Error(`The synthetic data thread stopped (exit code ${String(code)}) before it finished`);
    notify();
  });
  try {
    for (;;) {
      const batch = queue.shift();
      if (batch !== undefined) {
        worker.postMessage('next');
        yield batch;
      } else if (state.failure !== undefined) {
        throw state.failure;
      } else if (state.finished) {
        return;
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    await worker.terminate();
  }
}
