import type { Kysely } from 'kysely';
import type { CsvColumn } from '../../../domain/shared/csv.ts';
import {
  findNeighboursOf,
  neighbourCsvColumns,
  shownNeighbour,
  similarSchoolReport,
  SIMILAR_SCHOOL_COLUMNS,
  type SimilarSchoolRow,
} from '../../../domain/twinning/index.ts';
import { loadRecipe } from '../../../ingest/recipes/load-recipe.ts';
import { loadTwinInputs } from '../../../ingest/recipes/load-twin-inputs.ts';
import { comparableSchools } from '../../../storage/repositories/twinning.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import { errorReply } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { nationalLeftOut } from '../national-left-out.ts';
import { areaTwinsSchema, similarSchoolsSchema } from './schema.ts';

const round = (x: number) => Math.round(x * 10_000) / 10_000;

const SIMILAR_CSV: readonly CsvColumn<SimilarSchoolRow>[] = SIMILAR_SCHOOL_COLUMNS.map((c) => ({
  header: c,
  value: (r: SimilarSchoolRow) => {
    const v = r[c];
    return typeof v === 'boolean' ? (v ? 'yes' : 'no') : v;
  },
}));

export function registerTwinningRoutes(app: ZodApp, deps: { db: Kysely<Database> }): void {
  app.get('/api/twins/areas/:code', { schema: areaTwinsSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { tier, k, format } = request.query;
    // Only shipped recipes by name: the API never reads a path it is given.
    const loaded = await loadRecipe(deps.db, request.query.recipe, { allowPaths: false });
    if (!loaded.ok) {
      const message = loaded.error.join('; ');
      return message.startsWith('There is no recipe') ? reply.code(404).send(errorReply('not_found', message)) : reply.code(400).send(errorReply('recipe_not_runnable', message));
    }
    const inputs = await loadTwinInputs(deps.db, { tier, recipe: loaded.value });
    const code = request.params.code.toUpperCase();
    // The one area asked for is explained, not all of them: most of a large k's work (issue 23 finding 3).
    const result = findNeighboursOf(inputs.matrix, code, { k, excludeOpportunityAreas: request.query.excludeOpportunityAreas === 'true', sameRegion: request.query.sameRegion === 'true' });
    const area = result.area;
    if (area === undefined) {
      const left = result.excluded.find((x) => x.areaCode === code);
      const what = tier === 'district' ? 'district' : 'upper-tier authority';
      return reply.code(404).send(errorReply('not_found', left === undefined ? `There is no ${what} with code ${code}` : `${left.areaName} has no neighbours with this recipe: ${left.reason}`));
    }
    const neighbours = area.neighbours.map(shownNeighbour);
    if (format !== 'json') {
      return sendTable(reply, format, `twins-${code}-${tier}`, neighbourCsvColumns(inputs.matrix.columns.map((c) => c.code)), neighbours.map((neighbour) => ({ area, neighbour })));
    }
    const names = inputs.indicatorNames;
    return {
      area: { code: area.code, name: area.name },
      tier,
      recipe: loaded.value.name,
      periods: inputs.periods,
      indicators: inputs.matrix.columns.map((c) => ({ code: c.code, name: names[c.code] ?? c.code, weight: round(c.weight) })),
      bands: { veryClose: round(result.bands.veryClose), close: round(result.bands.close) },
      neighbours: neighbours.map((n) => ({
        code: n.code,
        name: n.name,
        rank: n.rank,
        distance: n.distance,
        band: n.band,
        reciprocal: n.reciprocal,
        contributions: n.contributions.map((c) => ({ indicator: c.indicator, indicatorName: names[c.indicator] ?? c.indicator, part: c.part, share: c.share, areaValue: c.area_value, neighbourValue: c.neighbour_value })),
      })),
      leftOut: await nationalLeftOut(deps.db),
    };
  });

  app.get('/api/schools/:urn/similar', { schema: similarSchoolsSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const urn = Number(request.params.urn);
    const report = similarSchoolReport(await comparableSchools(deps.db), urn, { count: request.query.count, preferSameRegion: request.query.sameRegion === 'true' });
    if (report === null) return reply.code(404).send(errorReply('not_found', `There is no open school with URN ${request.params.urn} in the newest census loaded`));
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, `similar-schools-${String(urn)}`, SIMILAR_CSV, report.similar);
    return report;
  });
}
