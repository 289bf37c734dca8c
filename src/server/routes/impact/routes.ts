import type { Kysely } from 'kysely';
import { estimateImpact, impactReport, METHODS, type ImpactProblem, type ImpactReport, type Method } from '../../../domain/impact/index.ts';
import { seededRandom } from '../../../domain/social-mobility-index/seeded-random.ts';
import { readStorePanel } from '../../../storage/repositories/impact-panel.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { errorReply } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { impactSchema } from './schema.ts';

/** 404 for what does not exist; 400 for a request that cannot be answered as asked; 422 for data that cannot give an estimate. */
function statusOf(problem: ImpactProblem): 400 | 404 | 422 {
  if (problem.code === 'unknown-measure' || problem.code === 'unknown-area') return 404;
  if (problem.code === 'unknown-start' || problem.code === 'no-pre-periods' || problem.code === 'no-post-periods' || problem.code === 'no-neighbours' || problem.code === 'bad-option') return 400;
  return 422;
}

export function registerImpactRoutes(app: ZodApp, deps: { db: Kysely<Database> }): void {
  app.get('/api/impact', { schema: impactSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const q = request.query;
    const read = await readStorePanel(deps.db, { measure: q.measure.trim(), areas: q.area, from: q.from.trim(), comparison: q.comparison, includeOpportunityAreas: q.includeOpportunityAreas === 'true' });
    if (!read.ok) return reply.code(statusOf(read.error)).send(errorReply(read.error.code, read.error.message));
    const { panel, indicator, names, poolDescription } = read.value;
    const methods: readonly Method[] = q.method === 'all' ? METHODS : [q.method];
    const estimates: ImpactReport[] = [];
    for (const method of methods) {
      // A fresh generator per method, as the CLI does, so both give the same figures for the same seed.
      const estimate = estimateImpact(panel, { method, replications: q.placebo, random: seededRandom(q.seed) });
      if (!estimate.ok) return reply.code(statusOf(estimate.error)).send(errorReply(estimate.error.code, estimate.error.message));
      estimates.push(impactReport(estimate.value, { measure: { code: indicator.code, name: indicator.name, unit: indicator.unit }, names, pool: poolDescription, seed: q.seed }));
    }
    return { estimates };
  });
}
