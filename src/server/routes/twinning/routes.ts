import { appError } from '../../../app/errors.ts';
import type { CsvColumn } from '../../../domain/shared/csv.ts';
import type { AreaTwins } from '../../../app/twinning/area-twins.ts';
import {
  neighbourCsvColumns,
  similarSchoolReport,
  SIMILAR_SCHOOL_COLUMNS,
  type SimilarSchoolRow,
} from '../../../domain/twinning/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import { sendView } from '../../view-reply.ts';
import type { ZodApp } from '../../zod-app.ts';
import { areaTwinsSchema, similarSchoolsSchema } from './schema.ts';

const SIMILAR_CSV: readonly CsvColumn<SimilarSchoolRow>[] = SIMILAR_SCHOOL_COLUMNS.map((c) => ({
  header: c,
  value: (r: SimilarSchoolRow) => {
    const v = r[c];
    return typeof v === 'boolean' ? (v ? 'yes' : 'no') : v;
  },
}));

export function registerTwinningRoutes(app: ZodApp, deps: { services: Services; twins: AreaTwins }): void {
  app.get('/api/twins/areas/:code', { schema: areaTwinsSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { tier, k, format } = request.query;
    const code = request.params.code.toUpperCase();
    const answer = await deps.twins({ code, tier, recipe: request.query.recipe, k, excludeOpportunityAreas: request.query.excludeOpportunityAreas === 'true', sameRegion: request.query.sameRegion === 'true' });
    if (!answer.ok) return sendError(reply, answer.error);
    if (format !== 'json') return sendTable(reply, format, `twins-${code}-${tier}`, neighbourCsvColumns(answer.indicatorCodes), answer.rows);
    return sendView(reply, answer.view);
  });

  app.get('/api/schools/:urn/similar', { schema: similarSchoolsSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const urn = Number(request.params.urn);
    const report = similarSchoolReport(await deps.services.twinning.comparableSchools(), urn, { count: request.query.count, preferSameRegion: request.query.sameRegion === 'true' });
    if (report === null) return sendError(reply, appError('not_found', `There is no open school with URN ${request.params.urn} in the newest census loaded`));
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, `similar-schools-${String(urn)}`, SIMILAR_CSV, report.similar);
    return report;
  });
}
