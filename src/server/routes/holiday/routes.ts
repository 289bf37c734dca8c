import type { FastifyRequest } from 'fastify';
import { appError } from '../../../app/errors.ts';
import { hasPupilLevelRights, type ScopeRef } from '../../../domain/access/index.ts';
import { summariseHoliday } from '../../../domain/holiday/index.ts';
import { rawUrnParam } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { registerImportHolidayRoute, type ImportHolidayRouteDeps } from './import-route.ts';
import { exactRow, figuresJson, holidayCsvColumns, publishedRow, type HolidayRow } from './holiday-rows.ts';
import { areaHolidaySchema, schoolHolidaySchema } from './schema.ts';
import { ProtectedHolidayCache } from './protected-holiday-cache.ts';
import { schoolHolidayTable } from './school-holiday.ts';

const NOT_PROTECTED = 'Disclosure control could not prove every hidden figure safe, so none is shown';

/**
 * Holiday clubs by club within an Opportunity Area, and a school's pupils at clubs (docs/methodology.md
 * §18.4), scoped like careers: the national team and analysts any area or school, area leads and board
 * viewers their own area, school users their own school. Figures are exact only for pupil-level rights;
 * otherwise cut from one protected population, so an area's table and its schools' tables hide together.
 */
export function registerHolidayRoutes(app: ZodApp, deps: ImportHolidayRouteDeps): void {
  const protectedPopulations = new ProtectedHolidayCache();
  const areaScope = (request: FastifyRequest): ScopeRef[] => [`area:${(request.params as { id: string }).id}`];
  /** A school belongs to itself and to the Opportunity Area its district is in. */
  const schoolScope = async (request: FastifyRequest): Promise<ScopeRef[]> => {
    const urn = rawUrnParam(request);
    return urn === null ? [] : deps.services.careersAdvisers.careersSchoolScopes(urn);
  };

  app.get('/api/holiday/areas/:id', { schema: areaHolidaySchema, config: { access: { permission: 'aggregate:read', resource: areaScope } } }, async (request, reply) => {
    const districts = await deps.services.careersAdvisers.districtsOfArea(request.params.id);
    if (districts.length === 0) return sendError(reply, appError('not_found', `There is no Opportunity Area "${request.params.id}"`));
    const input = await deps.services.holidayReportInput.readHolidayReportInput('club');
    const clubs = input.clubs.filter((c) => c.area === request.params.id);
    const refs = new Set(clubs.map((c) => c.ref));
    const bookings = input.bookings.filter((b) => refs.has(b.clubRef));
    const pupilLevel = hasPupilLevelRights(request.principal, areaScope(request));
    const name = (key: string) => input.labels.get(key) ?? key;
    const published = pupilLevel ? null : protectedPopulations.protect(clubs, bookings);
    if (published !== null && published.unprotected > 0) return sendError(reply, appError('not_protected', NOT_PROTECTED));
    const rows: HolidayRow[] = published === null ? summariseHoliday(clubs, bookings, 'club').map((f) => exactRow(f, name(f.key))) : published.rows('club').map((r) => publishedRow(r, name(r.key)));
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, `holiday-${request.params.id}`, holidayCsvColumns('club_id'), rows);
    return { area: { id: request.params.id }, disclosureControlled: !pupilLevel, rows: rows.map((r) => ({ clubId: r.key, name: r.name, ...figuresJson(r) })) };
  });

  registerImportHolidayRoute(app, deps, areaScope);

  app.get('/api/holiday/schools/:urn', { schema: schoolHolidaySchema, config: { access: { permission: 'aggregate:read', resource: schoolScope } } }, async (request, reply) => {
    const school = await deps.services.careersAdvisers.findCareersSchool(request.params.urn);
    if (school === null) return sendError(reply, appError('not_found', `There is no school with URN ${String(request.params.urn)} in the register`));
    const pupilLevel = hasPupilLevelRights(request.principal, await schoolScope(request));
    const table = await schoolHolidayTable(deps.services, protectedPopulations, { urn: school.urn, name: school.name, areaId: school.opportunityAreaId }, pupilLevel);
    if (table.unprotected > 0) return sendError(reply, appError('not_protected', NOT_PROTECTED));
    const total = { ...table.total, key: 'total', name: `All pupils of ${school.name}` };
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, `holiday-${String(school.urn)}`, holidayCsvColumns('club_id'), [...table.rows, total]);
    return {
      school: { urn: school.urn, name: school.name, areaId: school.opportunityAreaId },
      disclosureControlled: !pupilLevel,
      clubsCounted: table.clubsCounted,
      total: figuresJson(table.total),
      rows: table.rows.map((r) => ({ clubId: r.key, name: r.name, ...figuresJson(r) })),
    };
  });
}
