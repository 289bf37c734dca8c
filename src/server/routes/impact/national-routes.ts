import type { Services } from '../../../storage/services/create-services.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import type { ImpactAnswer, ImpactAnswers } from './impact-answers.ts';
import { nationalImpactSchema } from './national-schema.ts';

/** An Opportunity Area's line of the national view: its estimate, why there is none, or that it is still being worked out. */
function areaLine(id: string, name: string, answer: ImpactAnswer | null) {
  if (answer === null) return { id, name, status: 'working' as const, estimate: null, problem: null };
  if (!answer.ok) return { id, name, status: 'refused' as const, estimate: null, problem: { code: answer.problem.code, message: answer.problem.message } };
  const [e] = answer.estimates;
  if (e === undefined) return { id, name, status: 'refused' as const, estimate: null, problem: { code: 'no-estimate', message: 'No estimate was made' } };
  const { estimate, se, ci95, p_value, pre_periods, post_periods, treated, pool, warnings } = e;
  return { id, name, status: 'ready' as const, estimate: { estimate, se, ci95, p_value, pre_periods, post_periods, treated, pool, warnings }, problem: null };
}

/**
 * GET /api/impact/national: every Opportunity Area's estimate for one measure. The first request starts the
 * twelve estimates, which the estimating thread works out one at a time, and answers at once with those
 * ready; the page asks again until all are, so it shows each as it comes rather than waiting for the last.
 * The answers are the ones area pages share (kept until the next import).
 */
export function registerNationalImpactRoute(app: ZodApp, deps: { services: Services; answers: ImpactAnswers }): void {
  app.get('/api/impact/national', { schema: nationalImpactSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const q = request.query;
    const indicator = await deps.services.impactIndicator.findImpactIndicator(q.measure.trim());
    if (!indicator.ok) return sendError(reply, indicator.error);
    const programmes = [...(await deps.services.twinning.twinGeography('upper')).opportunityAreas].sort((a, b) => a.name.localeCompare(b.name, 'en'));
    const answers = await Promise.all(
      programmes.map((p) => deps.answers.peek({ measure: q.measure, areas: [p.id], from: q.from, method: q.method, comparison: q.comparison, includeOpportunityAreas: false, placebo: q.placebo, seed: q.seed })),
    );
    const areas = programmes.map((p, i) => areaLine(p.id, p.name, answers[i] ?? null));
    const done = areas.filter((a) => a.status !== 'working').length;
    const { code, name, unit } = indicator.value;
    return { measure: { code, name, unit }, from: q.from, method: q.method, done, total: areas.length, complete: done === areas.length, areas };
  });
}
