import { appError } from '../../../app/errors.ts';
import { assessPlan, MEASURE_STATUS_COLUMNS, PLAN_STATUS_COLUMNS, planStatusByArea } from '../../../domain/delivery-plans/index.ts';
import type { AreaAgainstTwins } from '../../../app/twinning/area-against-twins.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import { PdfRendererUnavailableError, sendPdf, type PdfRenderer } from '../../pdf/render-pdf.ts';
import type { ZodApp } from '../../zod-app.ts';
import type { ImpactAnswers } from '../impact/impact-answers.ts';
import { PublishedCoverageCache } from '../careers/coverage-tables.ts';
import { boardCareers, type AreaCoverageTable } from './board-careers.ts';
import { boardFunding } from './board-funding.ts';
import { boardImpact } from './board-impact.ts';
import { boardReachReader } from './board-reach.ts';
import { renderBoardReport } from './board-report-html.ts';
import { BOARD_MEMBERS_SHOWN, measureView } from './measure-view.ts';
import { boardReportSchema, crossAreaSchema, planStatusSchema } from './schema.ts';

// The report is a standalone page with its own inline style and SVG; nothing else may load in it.
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The report's open decisions come from at most this many of the newest meetings (about forty years of monthly boards). */
const REPORT_MEETINGS = 500;

/**
 * The board report's sections that other capabilities work out: the area against its statistical neighbours,
 * the impact estimate (the answers area pages and the national view share) and the area's careers table, cut
 * from the protected population kept in `cache`.
 */
export interface BoardReportSources {
  readonly twins: (areaId: string, k: number, recipeName: string) => Promise<AreaAgainstTwins[]>;
  readonly impact: ImpactAnswers;
  readonly careersTable: (cache: PublishedCoverageCache, ...table: Parameters<AreaCoverageTable>) => ReturnType<AreaCoverageTable>;
}

/** The board report (HTML, PDF, XLSX, CSV) and the cross-area view of every area's measures. */
export function registerPlanReportRoutes(app: ZodApp, deps: { services: Services; sources: BoardReportSources; clock: () => Date; pdf: PdfRenderer }): void {
  const careersCoverage = new PublishedCoverageCache(4);
  const careersTable: AreaCoverageTable = (districts, rule) => deps.sources.careersTable(careersCoverage, districts, rule);
  const boardReach = boardReachReader(deps.services);
  app.get(
    '/api/opportunity-areas/:id/board-report',
    { schema: boardReportSchema, config: { access: { permission: 'area:read', resource: (request) => [`area:${(request.params as { id: string }).id}`] } } },
    async (request, reply) => {
      const { id } = request.params;
      const area = await deps.services.lookups.opportunityAreaWithChair(id);
      if (area === undefined) return sendError(reply, appError('not_found', `There is no Opportunity Area with the identifier "${id}"`));
      const measures = assessPlan(await deps.services.deliveryPlans.readMeasures({ areaId: id, now: deps.clock }));
      const { format } = request.query;
      if (format === 'csv' || format === 'xlsx') return sendTable(reply, format, `board-report-${id}`, MEASURE_STATUS_COLUMNS, measures);
      const generatedOn = deps.clock().toISOString().slice(0, 10);
      const [members, meetings, twins, impact, funding, careers, reach] = await Promise.all([
        deps.services.boardMeetings.listBoardMembers(id, BOARD_MEMBERS_SHOWN),
        deps.services.boardMeetings.listBoardMeetings(id, REPORT_MEETINGS),
        deps.sources.twins(id, 5, request.query.twins),
        boardImpact(deps.sources.impact, id, request.query.impactMeasure),
        boardFunding(deps.services, id, generatedOn),
        boardCareers(deps.services, careersTable, id),
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
    const measures = assessPlan(await deps.services.deliveryPlans.readMeasures({ now: deps.clock }));
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
      deps.services.lookups.opportunityAreasByName(),
      deps.services.deliveryPlans.readMeasures({ now: deps.clock }),
      deps.services.boardMeetings.lastBoardMeetings(),
    ]);
    const items = planStatusByArea(areas, assessPlan(measures), meetings);
    const { format } = request.query;
    if (format !== 'json') return sendTable(reply, format, 'delivery-plan-status', PLAN_STATUS_COLUMNS, items);
    return { items };
  });
}
