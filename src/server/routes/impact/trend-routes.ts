import type { Services } from '../../../storage/services/create-services.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { trendColumns } from './trend-csv.ts';
import { trendSchema } from './trend-schema.ts';

/** GET /api/impact/trend: an authority's series beside its neighbours' average, its region and England, as JSON, CSV or XLSX. */
export function registerTrendRoute(app: ZodApp, deps: { services: Services }): void {
  app.get('/api/impact/trend', { schema: trendSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { area, measure, neighbours, format } = request.query;
    const read = await deps.services.impactTrend.readAreaTrend({ area: area.trim(), measure: measure.trim(), neighbours });
    if (!read.ok) return sendError(reply, read.error);
    const t = read.value;
    if (format !== 'json') return sendTable(reply, format, `trend-${t.measure.code}-${t.area.code}`, trendColumns(t), t.trend.points);
    return { measure: t.measure, area: t.area, neighbours: [...t.neighbours], neighboursNote: t.neighboursNote, region: t.region, england: t.england, startYear: t.startYear, start: t.trend.start, points: [...t.trend.points] };
  });
}
