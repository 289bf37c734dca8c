import type { Services } from '../../../storage/services/create-services.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { impactAnswersFor } from './impact-answers.ts';
import { registerNationalImpactRoute } from './national-routes.ts';
import { impactSchema } from './schema.ts';
import { registerTrendRoute } from './trend-routes.ts';

export function registerImpactRoutes(app: ZodApp, deps: { services: Services }): void {
  const answers = impactAnswersFor(deps.services);

  app.get('/api/impact', { schema: impactSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const q = request.query;
    const result = await answers.ask({ measure: q.measure, areas: q.area, from: q.from, method: q.method, comparison: q.comparison, includeOpportunityAreas: q.includeOpportunityAreas === 'true', placebo: q.placebo, seed: q.seed });
    if (!result.ok) return sendError(reply, result.problem);
    return { estimates: [...result.estimates] };
  });

  registerNationalImpactRoute(app, { services: deps.services, answers });
  registerTrendRoute(app, deps);
}
