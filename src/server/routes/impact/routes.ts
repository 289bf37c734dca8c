import type { Kysely } from 'kysely';
import type { ImpactProblem } from '../../../domain/impact/index.ts';
import type { Database } from '../../../storage/schema.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { errorReply } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { impactAnswersFor } from './impact-answers.ts';
import { registerNationalImpactRoute } from './national-routes.ts';
import { impactSchema } from './schema.ts';
import { registerTrendRoute } from './trend-routes.ts';

/** 404 for what does not exist; 400 for a request that cannot be answered as asked; 422 for data that cannot give an estimate. */
function statusOf(problem: ImpactProblem): 400 | 404 | 422 {
  if (problem.code === 'unknown-measure' || problem.code === 'unknown-area') return 404;
  if (problem.code === 'unknown-start' || problem.code === 'no-pre-periods' || problem.code === 'no-post-periods' || problem.code === 'no-neighbours' || problem.code === 'bad-option') return 400;
  return 422;
}

export function registerImpactRoutes(app: ZodApp, deps: { db: Kysely<Database> }): void {
  const answers = impactAnswersFor(deps.db);

  app.get('/api/impact', { schema: impactSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const q = request.query;
    const result = await answers.ask({ measure: q.measure, areas: q.area, from: q.from, method: q.method, comparison: q.comparison, includeOpportunityAreas: q.includeOpportunityAreas === 'true', placebo: q.placebo, seed: q.seed });
    if (!result.ok) return reply.code(statusOf(result.problem)).send(errorReply(result.problem.code, result.problem.message));
    return { estimates: [...result.estimates] };
  });

  registerNationalImpactRoute(app, { db: deps.db, answers });
  registerTrendRoute(app, deps);
}
