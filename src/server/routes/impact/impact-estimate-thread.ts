import { parentPort, workerData } from 'node:worker_threads';
import { estimateImpact, type ImpactEstimate, type ImpactProblem, type Method, type Panel } from '../../../domain/impact/index.ts';
import { seededRandom } from '../../../domain/social-mobility-index/seeded-random.ts';

// The estimates run here, off the event loop: synthetic difference in differences with 200 placebo refits
// takes from a tenth of a second to over a second on a national panel, which on the main thread would hold
// up every other request.

/** What `estimateOffTheLoop` starts this thread with. */
export interface ImpactEstimateThreadData {
  readonly panel: Panel;
  readonly methods: readonly Method[];
  readonly replications: number;
  readonly seed: number;
}

export type ImpactEstimateThreadReply = { readonly ok: true; readonly estimates: readonly ImpactEstimate[] } | { readonly ok: false; readonly problem: ImpactProblem };

if (parentPort !== null) {
  const data = workerData as ImpactEstimateThreadData;
  const estimates: ImpactEstimate[] = [];
  let reply: ImpactEstimateThreadReply | undefined;
  for (const method of data.methods) {
    // A fresh generator per method, as the CLI does, so both give the same figures for the same seed.
    const estimate = estimateImpact(data.panel, { method, replications: data.replications, random: seededRandom(data.seed) });
    if (!estimate.ok) {
      reply = { ok: false, problem: estimate.error };
      break;
    }
    estimates.push(estimate.value);
  }
  parentPort.postMessage(reply ?? { ok: true, estimates });
}
