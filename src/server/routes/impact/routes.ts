import type { z } from 'zod';
import type { Kysely } from 'kysely';
import { impactReport, METHODS, type ImpactProblem, type ImpactReport, type Method } from '../../../domain/impact/index.ts';
import { dataVersion } from '../../../storage/repositories/data-version.repository.ts';
import { readStorePanel } from '../../../storage/repositories/impact-panel.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { errorReply } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { estimateOffTheLoop } from './estimate-off-the-loop.ts';
import { impactSchema } from './schema.ts';
import { registerTrendRoute } from './trend-routes.ts';

type ImpactQuery = z.infer<typeof impactSchema.querystring>;

/** 404 for what does not exist; 400 for a request that cannot be answered as asked; 422 for data that cannot give an estimate. */
function statusOf(problem: ImpactProblem): 400 | 404 | 422 {
  if (problem.code === 'unknown-measure' || problem.code === 'unknown-area') return 404;
  if (problem.code === 'unknown-start' || problem.code === 'no-pre-periods' || problem.code === 'no-post-periods' || problem.code === 'no-neighbours' || problem.code === 'bad-option') return 400;
  return 422;
}

/** Answers kept: the estimates an area page asks for, while no import has changed the data behind them. */
const KEEP = 64;

type Answer = { readonly ok: true; readonly estimates: readonly ImpactReport[] } | { readonly ok: false; readonly problem: ImpactProblem };

export function registerImpactRoutes(app: ZodApp, deps: { db: Kysely<Database> }): void {
  const kept = new Map<string, Promise<Answer>>();

  const answer = async (q: ImpactQuery): Promise<Answer> => {
    const read = await readStorePanel(deps.db, { measure: q.measure.trim(), areas: q.area, from: q.from.trim(), comparison: q.comparison, includeOpportunityAreas: q.includeOpportunityAreas === 'true' });
    if (!read.ok) return { ok: false, problem: read.error };
    const { panel, indicator, names, poolDescription } = read.value;
    const methods: readonly Method[] = q.method === 'all' ? METHODS : [q.method];
    const estimated = await estimateOffTheLoop(panel, methods, q.placebo, q.seed);
    if (!estimated.ok) return { ok: false, problem: estimated.error };
    const measure = { code: indicator.code, name: indicator.name, unit: indicator.unit };
    return { ok: true, estimates: estimated.value.map((estimate) => impactReport(estimate, { measure, names, pool: poolDescription, seed: q.seed })) };
  };

  app.get('/api/impact', { schema: impactSchema, config: { access: PUBLIC } }, async (request, reply) => {
    // Every import records a data source, so the newest one's id says whether the data may have changed.
    const key = `${await dataVersion(deps.db)}|${JSON.stringify(request.query)}`;
    let pending = kept.get(key);
    if (pending === undefined) {
      pending = answer(request.query);
      kept.set(key, pending);
      pending.catch(() => kept.delete(key));
      while (kept.size > KEEP) kept.delete(kept.keys().next().value ?? key);
    }
    const result = await pending;
    if (!result.ok) return reply.code(statusOf(result.problem)).send(errorReply(result.problem.code, result.problem.message));
    return { estimates: [...result.estimates] };
  });

  registerTrendRoute(app, deps);
}
