import type { Kysely } from 'kysely';
import { appError } from '../../../app/errors.ts';
import { assessPlan, MEASURE_STATUS_COLUMNS, PLAN_STATUS_COLUMNS, planStatusByArea } from '../../../domain/delivery-plans/index.ts';
import { areaAgainstTwins } from '../../../app/twinning/area-against-twins.ts';
import { BOARD_MEMBERS_SHOWN, lastBoardMeetings, listBoardMeetings, listBoardMembers } from '../../../storage/repositories/board-meetings.repository.ts';
import { readMeasures } from '../../../storage/repositories/delivery-plans.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import { PdfRendererUnavailableError, sendPdf, type PdfRenderer } from '../../pdf/render-pdf.ts';
import type { ZodApp } from '../../zod-app.ts';
import { impactAnswersFor } from '../impact/impact-answers.ts';
import { PublishedCoverageCache } from '../careers/coverage-tables.ts';
import { boardCareers } from './board-careers.ts';
import { boardFunding } from './board-funding.ts';
import { boardImpact } from './board-impact.ts';
import { boardReachReader } from './board-reach.ts';
import { renderBoardReport } from './board-report-html.ts';
import { measureView } from './measure-view.ts';
import { boardReportSchema, crossAreaSchema, planStatusSchema } from './schema.ts';
import { opportunityAreasByName, opportunityAreaWithChair } from '../../../storage/repositories/lookups/exists.ts';

// The report is a standalone page with its own inline style and SVG; nothing else may load in it.
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The report's open decisions come from at most this many of the newest meetings (about forty years of monthly boards). */
const REPORT_MEETINGS = 500;

/** The board report (HTML, PDF, XLSX, CSV) and the cross-area view of every area's measures. */
export function registerPlanReportRoutes(app: ZodApp, deps: { db: Kysely<Database>; services: Services; clock: () => Date; pdf: PdfRenderer }): void {
  const careersCoverage = new PublishedCoverageCache(4);
  const boardReach = boardReachReader(deps.db);
  app.get(
    '/api/opportunity-areas/:id/board-report',
    { schema: boardReportSchema, config: { access: { permission: 'area:read', resource: (request) => [`area:${(request.params as { id: string }).id}`] } } },
    async (request, reply) => {
      const { id } = request.params;
      const area = await opportunityAreaWithChair(deps.db, id);
      if (area === undefined) return sendError(reply, appError('not_found', `There is no Opportunity Area with the identifier "${id}"`));
      const measures = assessPlan(await readMeasures(deps.db, { areaId: id, now: deps.clock }));
      const { format } = request.query;
      if (format === 'csv' || format === 'xlsx') return sendTable(reply, format, `board-report-${id}`, MEASURE_STATUS_COLUMNS, measures);
      const generatedOn = deps.clock().toISOString().slice(0, 10);
      const [members, meetings, twins, impact, funding, careers, reach] = await Promise.all([
        listBoardMembers(deps.db, id, BOARD_MEMBERS_SHOWN),
        listBoardMeetings(deps.db, id, REPORT_MEETINGS),
        areaAgainstTwins(deps.services, id, 5, request.query.twins),
        boardImpact(impactAnswersFor(deps.services), id, request.query.impactMeasure),
        boardFunding(deps.db, id, generatedOn),
        boardCareers(deps.db, careersCoverage, id),
        boardReach(id),
      ]);
      const html = renderBoardReport({ area, chair: area.chair ?? null, generatedOn, members, meetings, measures, twins, impact, funding, careers, reach });
      if (format === 'html') return reply.header('content-type', 'text/html; charset=utf-8').header('content-security-policy', REPORT_CSP).send(html);
      let pdf: Buffer;
      try {
        pdf = await deps.pdf(html);
      } catch (error) {
        if (error instanceof PdfRendererUnavailableError) return sendError(reply, appError('pdf_unavailable', error.message));
        throw error;
      }
      return sendPdf(reply, `board-report-${id}.pdf`, pdf);
    },
  );

  // No resource: only roles that read every area (the national team and analysts, who include the Evidence Champion) pass.
  app.get('/api/plans/measures', { schema: crossAreaSchema, config: { access: { permission: 'area:read' } } }, async (request, reply) => {
    const measures = assessPlan(await readMeasures(deps.db, { now: deps.clock }));
    const byTheme = [...measures].sort((a, b) => a.measure.priority.theme.localeCompare(b.measure.priority.theme) || a.measure.areaName.localeCompare(b.measure.areaName));
    const { format, page, pageSize } = request.query;
    if (format !== 'json') return sendTable(reply, format, 'delivery-plan-measures', MEASURE_STATUS_COLUMNS, byTheme);
    const themes: { theme: string; measures: (ReturnType<typeof measureView> & { areaId: string; areaName: string; priority: string })[] }[] = [];
    for (const assessed of byTheme.slice((page - 1) * pageSize, page * pageSize)) {
      const theme = assessed.measure.priority.theme;
      let group = themes.find((t) => t.theme === theme);
      if (group === undefined) themes.push((group = { theme, measures: [] }));
      group.measures.push({ ...measureView(assessed), areaId: assessed.measure.areaId, areaName: assessed.measure.areaName, priority: assessed.measure.priority.title });
    }
    return { page, pageSize, total: byTheme.length, themes };
  });

  // Every area's plan at a glance; like the cross-area view, only for roles that read every area.
  app.get('/api/plans/status', { schema: planStatusSchema, config: { access: { permission: 'area:read' } } }, async (request, reply) => {
    const [areas, measures, meetings] = await Promise.all([
      opportunityAreasByName(deps.db),
      readMeasures(deps.db, { now: deps.clock }),
      lastBoardMeetings(deps.db),
    ]);
    const items = planStatusByArea(areas, assessPlan(measures), meetings);
    const { format } = request.query;
    if (format !== 'json') return sendTable(reply, format, 'delivery-plan-status', PLAN_STATUS_COLUMNS, items);
    return { items };
  });
}
