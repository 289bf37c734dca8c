import type { ImpactEstimate, ImpactProblem, Method, Panel } from '../../../domain/impact/index.ts';
import type { Result } from '../../../domain/shared/result.ts';
import { startThread } from '../../../ingest/runtime/start-thread.ts';
import type { ImpactEstimateThreadData, ImpactEstimateThreadReply } from './impact-estimate-thread.ts';

const THREAD = new URL('./impact-estimate-thread.ts', import.meta.url);

/** Estimates waiting for the one estimating thread: each takes a core, and the machine may have two. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * `estimateImpact` for each method, on a thread of its own, one request at a time, so a long estimate never
 * holds up the requests that are quick.
 */
export function estimateOffTheLoop(panel: Panel, methods: readonly Method[], replications: number, seed: number): Promise<Result<readonly ImpactEstimate[], ImpactProblem>> {
  const run = queue.then(
    () =>
      new Promise<Result<readonly ImpactEstimate[], ImpactProblem>>((resolve, reject) => {
        const data: ImpactEstimateThreadData = { panel, methods, replications, seed };
        const worker = startThread(THREAD, data);
        worker.once('message', (reply: ImpactEstimateThreadReply) => {
          resolve(reply.ok ? { ok: true, value: reply.estimates } : { ok: false, error: reply.problem });
          void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
          reject(new Error(`The estimating thread stopped (exit code ${String(code)}) before it answered`));
        });
      }),
  );
  queue = run.catch(() => undefined);
  return run;
}
