import type { FastifyRequest } from 'fastify';
import { appError } from '../../../app/errors.ts';
import { tutoringView, type TutoringCellRow, type TutoringView } from '../../../app/catch-up/tutoring-view.ts';
import { hasPupilLevelRights, type ScopeRef } from '../../../domain/access/index.ts';
import { NTP_COURSE_RULE, type TutoringGrouping } from '../../../domain/catch-up/index.ts';
import { cellToCsv, cellToJson, type Cell } from '../../../domain/disclosure/index.ts';
import type { CsvColumn } from '../../../domain/shared/csv.ts';
import { rawUrnParam } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { registerImportTutoringRoute, type ImportTutoringRouteDeps } from './import-route.ts';
import { areaTutoringSchema, nationalTutoringSchema, schoolTutoringSchema } from './schema.ts';

const FIGURES = ['pupils', 'pupilsTutored', 'hours', 'courses', 'tuteesDisadvantagedShare', 'hoursPerTutee', 'tutoredShare', 'tutoredShareGap'] as const;
const CSV_HEADERS: Readonly<Record<(typeof FIGURES)[number], string>> = {
  pupils: 'pupils', pupilsTutored: 'pupils_tutored', hours: 'hours', courses: 'courses', tuteesDisadvantagedShare: 'tutees_disadvantaged_share',
  hoursPerTutee: 'hours_per_tutee', tutoredShare: 'tutored_share', tutoredShareGap: 'tutored_share_gap',
};
const csvCell = (cell: Cell): number | string => (cell.kind === 'value' ? cell.value : cellToCsv(cell));
const columns = (keyName: string): CsvColumn<TutoringCellRow>[] => [
  { header: keyName, value: (r) => r.key },
  { header: 'name', value: (r) => r.name },
  ...FIGURES.map((f) => ({ header: CSV_HEADERS[f], value: (r: TutoringCellRow) => csvCell(r[f]) })),
];
const rowJson = (r: TutoringCellRow) => ({
  key: r.key, name: r.name, pupils: cellToJson(r.pupils), pupilsTutored: cellToJson(r.pupilsTutored), hours: cellToJson(r.hours), courses: cellToJson(r.courses),
  tuteesDisadvantagedShare: cellToJson(r.tuteesDisadvantagedShare), hoursPerTutee: cellToJson(r.hoursPerTutee), tutoredShare: cellToJson(r.tutoredShare), tutoredShareGap: cellToJson(r.tutoredShareGap),
});

function viewJson(view: TutoringView, by: TutoringGrouping) {
  return {
    academicYear: view.academicYear,
    years: [...view.years],
    by,
    disclosureControlled: view.disclosureControlled,
    rows: view.rows.map(rowJson),
    total: rowJson(view.total),
    hoursByRoute: view.hoursByRoute.map((h) => ({ academicYear: h.academicYear, route: h.route, hours: cellToJson(h.hours) })),
    targets: view.targets.map((t) => ({ measure: t.measure, target: t.target, actual: cellToJson(t.actual), status: t.status })),
  };
}

/**
 * Tutoring for school users (their own school), area leads and board viewers (their area) and the national
 * team (everything), every figure through the disclosure control unless the reader has pupil-level rights
 * there (docs/methodology.md §17.4).
 */
export function registerCatchUpRoutes(app: ZodApp, deps: ImportTutoringRouteDeps): void {
  const schoolScope = async (request: FastifyRequest): Promise<ScopeRef[]> => {
    const urn = rawUrnParam(request);
    return urn === null ? [] : deps.services.careersAdvisers.careersSchoolScopes(urn);
  };
  const areaScope = (request: FastifyRequest): ScopeRef[] => [`area:${(request.params as { id: string }).id}`];

  app.get('/api/catch-up/schools/:urn', { schema: schoolTutoringSchema, config: { access: { permission: 'aggregate:read', resource: schoolScope } } }, async (request, reply) => {
    const school = await deps.services.lookups.schoolName(request.params.urn);
    if (school === undefined) return sendError(reply, appError('not_found', `There is no school with URN ${String(request.params.urn)} in the register`));
    const pupilLevel = hasPupilLevelRights(request.principal, await schoolScope(request));
    const { by } = request.query;
    const view = await tutoringView(deps.services, { by, academicYear: request.query.academicYear ?? null, urns: [school.urn], rule: NTP_COURSE_RULE, targetsOf: { kind: 'school', key: String(school.urn) } }, pupilLevel);
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, `tutoring-${String(school.urn)}`, columns(by), [...view.rows, view.total]);
    return { school, ...viewJson(view, by) };
  });

  registerImportTutoringRoute(app, deps, schoolScope);

  app.get('/api/catch-up/areas/:id', { schema: areaTutoringSchema, config: { access: { permission: 'aggregate:read', resource: areaScope } } }, async (request, reply) => {
    const area = await deps.services.lookups.opportunityAreaName(request.params.id);
    if (area === undefined) return sendError(reply, appError('not_found', `There is no Opportunity Area "${request.params.id}"`));
    const pupilLevel = hasPupilLevelRights(request.principal, areaScope(request));
    const { by } = request.query;
    const urns = await deps.services.catchUpTutoringScopes.schoolsOfArea(area.id);
    const view = await tutoringView(deps.services, { by, academicYear: request.query.academicYear ?? null, urns, rule: NTP_COURSE_RULE, targetsOf: { kind: 'area', key: area.id } }, pupilLevel);
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, `tutoring-${area.id}`, columns(by === 'school' ? 'urn' : by), [...view.rows, view.total]);
    return { area, ...viewJson(view, by) };
  });

  app.get('/api/catch-up/national', { schema: nationalTutoringSchema, config: { access: { permission: 'aggregate:read', resource: () => [] } } }, async (request, reply) => {
    const pupilLevel = hasPupilLevelRights(request.principal, []);
    const { by } = request.query;
    const view = await tutoringView(deps.services, { by, academicYear: request.query.academicYear ?? null, urns: null, rule: NTP_COURSE_RULE, targetsOf: null }, pupilLevel);
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, 'tutoring-national', columns(by), [...view.rows, view.total]);
    return viewJson(view, by);
  });
}
