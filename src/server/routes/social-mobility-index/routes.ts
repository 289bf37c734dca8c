import type { IndexAreaExplanation } from '../../../app/social-mobility-index/explain-index-area.ts';
import { appError } from '../../../app/errors.ts';
import type { IndexExplanations } from '../../../app/social-mobility-index/index-explanations.ts';
import type { IndexRankings } from '../../../app/social-mobility-index/index-rankings.ts';
import { describeDrivers, rankedAreaCsvColumns } from '../../../domain/social-mobility-index/index.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import { sendView } from '../../view-reply.ts';
import type { ZodApp } from '../../zod-app.ts';
import { computeIndexSchema, explainIndexAreaSchema } from './schema.ts';

const round = (x: number) => Math.round(x * 1000) / 1000;

// One reply object per kept explanation, so sendView serializes it once and answers If-None-Match with 304.
const REPLIES = new WeakMap<IndexAreaExplanation, object>();

export function registerIndexRoutes(app: ZodApp, deps: { rankings: IndexRankings; explanations: IndexExplanations }): void {
  app.get('/api/index', { schema: computeIndexSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const answer = await deps.rankings(request.query.recipe);
    if (!answer.ok) return sendError(reply, answer.error);
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, `index-${answer.recipe.name}`, rankedAreaCsvColumns(answer.recipe), answer.view.areas);
    return sendView(reply, answer.view);
  });

  app.get('/api/index/areas/:code', { schema: explainIndexAreaSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const answer = await deps.explanations(request.query.recipe, request.params.code);
    if (!answer.ok) return sendError(reply, answer.error);
    const { recipe, explained } = answer;
    const { names } = explained;
    const nameOf = (code: string) => names[code] ?? code;
    if (!explained.ok) {
      // A district the index cannot rank: say why each missing figure is missing.
      const why = explained.missing.map((m) => `${nameOf(m.indicatorCode)}: ${m.reason}`).join('. ');
      return sendError(reply, appError('not_found', why === '' ? explained.error : `${explained.error}. ${why}.`));
    }
    const kept = REPLIES.get(explained);
    if (kept !== undefined) return sendView(reply, kept);
    const { area, areaCount, contributions } = explained.explanation;
    const view = {
      summary: describeDrivers(explained.explanation, names),
      rank: area.rank,
      of: areaCount,
      score: round(area.score),
      contributions: contributions.map((c) => ({ indicatorCode: c.indicatorCode, indicatorName: nameOf(c.indicatorCode), contribution: round(c.contribution) })),
      missing: explained.missing.map((m) => ({ indicatorCode: m.indicatorCode, indicatorName: nameOf(m.indicatorCode), period: m.period, reason: m.reason })),
      missingRule: recipe.missing,
    };
    REPLIES.set(explained, view);
    return sendView(reply, view);
  });
}
