import type { Kysely } from 'kysely';
import type { IndexRankings } from '../../../app/social-mobility-index/index-rankings.ts';
import { describeDrivers, explainArea, rankedAreaCsvColumns, type Recipe } from '../../../domain/social-mobility-index/index.ts';
import { missingFigures } from '../../../ingest/derive/missing-figures.ts';
import { indicatorCodesOf, loadRecipe } from '../../../ingest/recipes/load-recipe.ts';
import { latestIndicatorValues } from '../../../storage/repositories/indicators.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import { errorReply } from '../../errors.ts';
import { sendView } from '../../view-reply.ts';
import type { ZodApp } from '../../zod-app.ts';
import { computeIndexSchema, explainIndexAreaSchema } from './schema.ts';

const round = (x: number) => Math.round(x * 1000) / 1000;

export function registerIndexRoutes(app: ZodApp, deps: { db: Kysely<Database>; rankings: IndexRankings }): void {
  async function recipeOrReply(name: string): Promise<{ ok: true; recipe: Recipe } | { ok: false; status: 400 | 404; message: string }> {
    // Only shipped recipes by name: the API never reads a path it is given.
    const loaded = await loadRecipe(deps.db, name, { allowPaths: false });
    if (loaded.ok) return { ok: true, recipe: loaded.value };
    const message = loaded.error.join('; ');
    return { ok: false, status: message.startsWith('There is no recipe') ? 404 : 400, message };
  }

  app.get('/api/index', { schema: computeIndexSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const answer = await deps.rankings(request.query.recipe);
    if (!answer.ok) return reply.code(answer.status).send(errorReply(answer.status === 404 ? 'not_found' : 'recipe_not_runnable', answer.message));
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, `index-${answer.recipe.name}`, rankedAreaCsvColumns(answer.recipe), answer.view.areas);
    return sendView(reply, answer.view);
  });

  app.get('/api/index/areas/:code', { schema: explainIndexAreaSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const loaded = await recipeOrReply(request.query.recipe);
    if (!loaded.ok) return reply.code(loaded.status).send(errorReply(loaded.status === 404 ? 'not_found' : 'recipe_not_runnable', loaded.message));
    const codes = indicatorCodesOf(loaded.recipe);
    const code = request.params.code.toUpperCase();
    const values = await latestIndicatorValues(deps.db, codes);
    const explained = explainArea(loaded.recipe, values, code);
    const names = Object.fromEntries((await deps.db.selectFrom('indicators').select(['code', 'name']).where('code', 'in', codes).execute()).map((i) => [i.code, i.name]));
    if (!explained.ok) {
      // A district the index cannot rank: say why each missing figure is missing.
      const missing = values.some((v) => v.areaCode === code) ? await missingFigures(deps.db, code, codes) : [];
      const why = missing.map((m) => `${names[m.indicatorCode] ?? m.indicatorCode}: ${m.reason}`).join('. ');
      return reply.code(404).send(errorReply('not_found', why === '' ? explained.error : `${explained.error}. ${why}.`));
    }
    const { area, areaCount, contributions } = explained.value;
    const missing = await missingFigures(deps.db, area.areaCode, codes);
    return {
      summary: describeDrivers(explained.value, names),
      rank: area.rank,
      of: areaCount,
      score: round(area.score),
      contributions: contributions.map((c) => ({ indicatorCode: c.indicatorCode, indicatorName: names[c.indicatorCode] ?? c.indicatorCode, contribution: round(c.contribution) })),
      missing: missing.map((m) => ({ indicatorCode: m.indicatorCode, indicatorName: names[m.indicatorCode] ?? m.indicatorCode, period: m.period, reason: m.reason })),
      missingRule: loaded.recipe.missing,
    };
  });
}
