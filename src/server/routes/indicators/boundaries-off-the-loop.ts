import { startThread } from '../../../ingest/runtime/start-thread.ts';
import type { BoundariesThreadData } from './boundaries-thread.ts';

const THREAD = new URL('./boundaries-thread.ts', import.meta.url);

/** The boundaries' reply body, built on a thread of its own (`boundaries-thread.ts`). */
export function buildBoundariesOffTheLoop(data: BoundariesThreadData): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const worker = startThread(THREAD, data);
    worker.once('message', (body: string) => {
      resolve(body);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      reject(new Error(`The boundaries thread stopped (exit code ${String(code)}) before it answered`));
    });
  });
}
