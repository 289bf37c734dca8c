import { impactReport, METHODS, type Comparison, type ImpactProblem, type ImpactReport, type Method } from '../../../domain/impact/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { estimateOffTheLoop } from './estimate-off-the-loop.ts';

/** One estimate request, as GET /api/impact and the national view ask it. */
export interface ImpactQuestion {
  readonly measure: string;
  readonly areas: readonly string[];
  readonly from: string;
  readonly method: Method | 'all';
  readonly comparison: Comparison;
  readonly includeOpportunityAreas: boolean;
  readonly placebo: number;
  readonly seed: number;
}

export type ImpactAnswer = { readonly ok: true; readonly estimates: readonly ImpactReport[] } | { readonly ok: false; readonly problem: ImpactProblem };

export interface ImpactAnswers {
  /** The answer, worked out on the estimating thread unless it is kept from an earlier request since the last import. */
  ask(question: ImpactQuestion): Promise<ImpactAnswer>;
  /** Starts the answer when it is not kept, and gives it now if it is ready, or null while it is being worked out. */
  peek(question: ImpactQuestion): Promise<ImpactAnswer | null>;
}

/** Answers kept: the estimates area pages and the national page ask for, while no import has changed the data behind them. */
const KEEP = 64;

const shared = new WeakMap<Services, ImpactAnswers>();

/** The one set of kept answers for a server's services: area pages, the national page and board reports share it. */
export function impactAnswersFor(services: Services): ImpactAnswers {
  let answers = shared.get(services);
  if (answers === undefined) shared.set(services, (answers = createImpactAnswers(services)));
  return answers;
}

/**
 * The kept answers shared by an area's estimate and the national page, so the national page's twelve
 * estimates serve the area pages too and the reverse. Each is kept until the next import (every import
 * records a data source, so the newest one's id says whether the data may have changed).
 */
function createImpactAnswers(services: Services): ImpactAnswers {
  const kept = new Map<string, { readonly pending: Promise<ImpactAnswer>; settled: ImpactAnswer | null }>();

  const work = async (q: ImpactQuestion): Promise<ImpactAnswer> => {
    const read = await services.impactPanel.readStorePanel({ measure: q.measure.trim(), areas: q.areas, from: q.from.trim(), comparison: q.comparison, includeOpportunityAreas: q.includeOpportunityAreas });
    if (!read.ok) return { ok: false, problem: read.error };
    const { panel, indicator, names, poolDescription } = read.value;
    const methods: readonly Method[] = q.method === 'all' ? METHODS : [q.method];
    const estimated = await estimateOffTheLoop(panel, methods, q.placebo, q.seed);
    if (!estimated.ok) return { ok: false, problem: estimated.error };
    const measure = { code: indicator.code, name: indicator.name, unit: indicator.unit };
    return { ok: true, estimates: estimated.value.map((estimate) => impactReport(estimate, { measure, names, pool: poolDescription, seed: q.seed })) };
  };

  const entry = async (q: ImpactQuestion) => {
    // The fields in a fixed order, so the same question always has the same key whoever asks it.
    const key = JSON.stringify([await services.dataVersion.dataVersion(), q.measure.trim(), [...q.areas], q.from.trim(), q.method, q.comparison.kind, q.comparison.kind === 'neighbours' ? q.comparison.k : null, q.includeOpportunityAreas, q.placebo, q.seed]);
    let found = kept.get(key);
    if (found === undefined) {
      const pending = work(q);
      const created: { readonly pending: Promise<ImpactAnswer>; settled: ImpactAnswer | null } = { pending, settled: null };
      pending.then(
        (answer) => {
          created.settled = answer;
        },
        () => kept.delete(key),
      );
      kept.set(key, created);
      while (kept.size > KEEP) kept.delete(kept.keys().next().value ?? key);
      found = created;
    }
    return found;
  };

  return {
    ask: async (q) => (await entry(q)).pending,
    peek: async (q) => (await entry(q)).settled,
  };
}
