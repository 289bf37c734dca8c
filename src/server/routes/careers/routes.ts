import type { FastifyRequest } from 'fastify';
import { appError } from '../../../app/errors.ts';
import { hasPupilLevelRights, type ScopeRef } from '../../../domain/access/index.ts';
import type { CoverageRule } from '../../../domain/careers/index.ts';
import { leftOut } from '../../../domain/places/index.ts';
import type { CsvColumn } from '../../../domain/shared/csv.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { rawUrnParam } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { coverageCsvColumns, gapsOf, rowToJson } from './coverage-reply.ts';
import { areaTable, PublishedCoverageCache, schoolTable } from './coverage-tables.ts';
import { registerHeldPupilRoutes } from './held-pupils.ts';
import { registerRecordEncounterRoute } from './record-encounter.ts';
import { adviserCoverageSchema, areaCoverageSchema, schoolCoverageSchema } from './schema.ts';

type AdviserCoverageRow = Awaited<ReturnType<Services['careersAdvisers']['adviserCoverage']>>[number];
type EmployerLoad = Awaited<ReturnType<Services['careersAdvisers']['employerLoad']>>[number];

const ADVISER_CSV: readonly CsvColumn<AdviserCoverageRow>[] = [
  { header: 'urn', value: (s) => s.urn },
  { header: 'name', value: (s) => s.name },
  { header: 'phase', value: (s) => s.phase },
  { header: 'district_code', value: (s) => s.districtCode },
  { header: 'enterprise_advisers', value: (s) => s.advisers.join('; ') },
  { header: 'gap', value: (s) => (s.advisers.length === 0 ? 'yes' : 'no') },
];

const EMPLOYER_CSV: readonly CsvColumn<EmployerLoad>[] = [
  { header: 'employer', value: (e) => e.name },
  { header: 'cornerstone', value: (e) => (e.cornerstone ? 'yes' : 'no') },
  { header: 'sector', value: (e) => e.sector },
  { header: 'schools', value: (e) => e.schools },
  { header: 'encounters', value: (e) => e.encounters },
];

const ADVISER_NOUN = ['secondary school or college', 'secondary schools and colleges'] as const;

const ruleOf = (query: { target: number; eachYear: 'true' | 'false' }): CoverageRule => ({ target: query.target, eachYear: query.eachYear === 'true' });

export function registerCareersRoutes(app: ZodApp, deps: { services: Services; clock: () => Date; pseudonymKeyPath: string | null }): void {
  /** A school belongs to itself and to the Opportunity Area its district is in. */
  const schoolScope = async (request: FastifyRequest): Promise<ScopeRef[]> => {
    const urn = rawUrnParam(request);
    return urn === null ? [] : deps.services.careersAdvisers.careersSchoolScopes(urn);
  };
  const areaScope = (request: FastifyRequest): ScopeRef[] => [`area:${(request.params as { id: string }).id}`];
  const published = new PublishedCoverageCache();

  app.get('/api/careers/schools/:urn', { schema: schoolCoverageSchema, config: { access: { permission: 'aggregate:read', resource: schoolScope } } }, async (request, reply) => {
    const school = await deps.services.careersAdvisers.findCareersSchool(request.params.urn);
    if (school === null) return sendError(reply, appError('not_found', `There is no school with URN ${String(request.params.urn)} in the register`));
    const rule = ruleOf(request.query);
    const pupilLevel = hasPupilLevelRights(request.principal, await schoolScope(request));
    const { rows, total } = await schoolTable(deps.services, published, school, rule, pupilLevel);
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, `careers-${String(school.urn)}`, coverageCsvColumns('year_group'), [...rows, total]);
    return { school: { urn: school.urn, name: school.name }, rule, disclosureControlled: !pupilLevel, rows: rows.map(rowToJson), total: rowToJson(total), gaps: gapsOf(rows) };
  });

  registerRecordEncounterRoute(app, deps, schoolScope);
  registerHeldPupilRoutes(app, deps, schoolScope);

  app.get('/api/careers/areas/:id', { schema: areaCoverageSchema, config: { access: { permission: 'aggregate:read', resource: areaScope } } }, async (request, reply) => {
    const districts = await deps.services.careersAdvisers.districtsOfArea(request.params.id);
    if (districts.length === 0) return sendError(reply, appError('not_found', `There is no Opportunity Area "${request.params.id}"`));
    const rule = ruleOf(request.query);
    const pupilLevel = hasPupilLevelRights(request.principal, areaScope(request));
    const { rows, total } = await areaTable(deps.services, published, districts, rule, pupilLevel);
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, `careers-${request.params.id}`, coverageCsvColumns('urn'), [...rows, total]);
    const authorities = await deps.services.unplacedSchools.authoritiesOfDistricts(districts);
    const unplaced = await deps.services.careersCoverage.unplacedSchoolsWithPupils(authorities.map((a) => a.code));
    const left = leftOut(unplaced.length, { of: authorities.map((a) => a.name), which: 'with pupils on roll' });
    return { area: { id: request.params.id }, rule, disclosureControlled: !pupilLevel, rows: rows.map(rowToJson), total: rowToJson(total), gaps: gapsOf(rows), leftOut: { ...left, unplaced } };
  });

  app.get('/api/careers/areas/:id/advisers', { schema: adviserCoverageSchema, config: { access: { permission: 'area:read', resource: areaScope } } }, async (request, reply) => {
    const districts = await deps.services.careersAdvisers.districtsOfArea(request.params.id);
    if (districts.length === 0) return sendError(reply, appError('not_found', `There is no Opportunity Area "${request.params.id}"`));
    const schools = await deps.services.careersAdvisers.adviserCoverage(districts);
    const employers = await deps.services.careersAdvisers.employerLoad(districts);
    if (request.query.format !== 'json') {
      return request.query.table === 'employers'
        ? sendTable(reply, request.query.format, `employer-load-${request.params.id}`, EMPLOYER_CSV, employers)
        : sendTable(reply, request.query.format, `enterprise-advisers-${request.params.id}`, ADVISER_CSV, schools);
    }
    const gaps = schools.filter((s) => s.advisers.length === 0).map((s) => ({ urn: s.urn, name: s.name }));
    const unplaced = await deps.services.careersAdvisers.unplacedAdviserSchools(districts);
    const left = leftOut(unplaced.schools.length, { noun: ADVISER_NOUN, of: unplaced.authorities.map((a) => a.name) });
    return {
      area: { id: request.params.id },
      schools: schools.map((s) => ({ ...s, advisers: [...s.advisers] })),
      covered: schools.length - gaps.length,
      gaps,
      leftOut: { ...left, unplaced: unplaced.schools.map((s) => ({ urn: s.urn, name: s.name, phase: s.phase, reason: s.reason })) },
      employers,
    };
  });
}
