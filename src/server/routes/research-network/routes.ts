import { appError } from '../../../app/errors.ts';
import { leftOut } from '../../../domain/places/index.ts';
import {
  ENGAGEMENT_LEVELS,
  engagementFunnels,
  engagementHistory,
  hubDistrictsLeftOut,
  hubReport,
  schoolEngagements,
  strandInvestment,
  type HubSchool,
} from '../../../domain/research-network/index.ts';
import type { NetworkSchool } from '../../../app/research-network/network-schools.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { PUBLIC, type RouteAccess } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { ATTENDANCE_CSV, EVENTS_CSV, FUNNEL_CSV, GUIDANCE_REPORTS_CSV, HUB_SCHOOL_CSV, STRAND_INVESTMENT_CSV } from './csv.ts';
import {
  areaEngagementSchema,
  createEventSchema,
  createProgrammeSchema,
  getEventSchema,
  getHubSchema,
  listGuidanceReportsSchema,
  listHubsSchema,
  strandInvestmentSchema,
} from './schema.ts';
import { hubPageIndex } from './hub-page-index.ts';
import { networkViewCache } from './network-view-cache.ts';
import { registerOutsideReachRoutes } from './outside-reach-routes.ts';
import { registerSchoolRecordRoutes } from './school-record-routes.ts';
import { strandProblems, type FieldProblem } from './strand-problems.ts';

/** The most training programmes a hub's page lists (those that start latest): a hub runs a few a year. */
const PROGRAMMES_SHOWN = 200;

function hubSchoolReply(s: HubSchool, school: NetworkSchool | undefined) {
  return {
    urn: s.urn,
    name: school?.name ?? '',
    phase: school?.phase ?? s.need.phase,
    districtCode: school?.districtCode ?? null,
    distanceKm: s.metres === null ? null : Math.round(s.metres / 10) / 100,
    needScore: s.need.score,
    needParts: [...s.need.parts],
    highNeed: s.highNeed,
    level: s.level,
    levelSince: s.levelSince,
    address: { street: school?.street ?? null, town: school?.town ?? null, postcode: school?.postcode ?? null },
  };
}

export function registerResearchNetworkRoutes(app: ZodApp, deps: { services: Services; clock: () => Date }): void {
  const networkView = networkViewCache(deps.services);

  app.get('/api/hubs', { schema: listHubsSchema, config: { access: PUBLIC } }, async (request) => {
    const { id, page, pageSize } = request.query;
    const { total, rows } = await deps.services.researchNetwork.listHubsPage({ ...(id === undefined ? {} : { id }), page, pageSize });
    // Placed for this page only: an approximate placement costs queries of its own.
    const { placed, unplaced } = await deps.services.schoolNeed.loadHubs({ ids: rows.map((r) => r.id) });
    const placedById = new Map(placed.map((p) => [p.id, p]));
    const reasonById = new Map(unplaced.map((u) => [u.id, u.reason]));
    return {
      page,
      pageSize,
      total,
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        opportunityAreaId: r.opportunity_area_id,
        opportunityAreaName: r.opportunity_area_name,
        hostUrn: r.host_urn,
        placed: placedById.has(r.id),
        placedBy: placedById.get(r.id)?.placedBy ?? null,
        approximate: placedById.get(r.id)?.approximate ?? false,
        reason: reasonById.get(r.id) ?? null,
      })),
    };
  });

  app.get(
    '/api/hubs/:id',
    { schema: getHubSchema, config: { access: { permission: 'school:read', resource: (request) => deps.services.researchNetwork.hubScopes((request.params as { id: string }).id) } } },
    async (request, reply) => {
      const hub = await deps.services.researchNetwork.findResearchSchool(request.params.id);
      if (hub === null) return sendError(reply, appError('not_found', `There is no Research School with the id "${request.params.id}"`));
      const { capacity, withinKm, highNeed, table, format, page, pageSize, notReachedPage, events: eventLimit } = request.query;
      // The download has every event; the page the newest `eventLimit` (one more says whether there are others).
      const [network, events, eventCounts, programmes, reports] = await Promise.all([
        networkView({ ...(capacity === undefined ? {} : { capacity }), withinMetres: withinKm * 1000, highNeedScore: highNeed }),
        deps.services.researchNetwork.listEvents(hub.id, format === 'json' ? eventLimit + 1 : undefined),
        deps.services.researchNetwork.countEvents(hub.id),
        deps.services.researchNetwork.listProgrammes(hub.id, PROGRAMMES_SHOWN + 1),
        deps.services.researchNetwork.listGuidanceReports(),
      ]);
      const { hubs, view } = network;
      const { leftOut: networkLeft, byUrn, byHub } = hubPageIndex(network);
      const hubSchools = byHub.get(hub.id) ?? [];
      const served = hubSchools.map((v) => v.urn);
      // Only the served schools' records: the hub's reach is bounded, so this stays small.
      const records = await deps.services.researchNetwork.engagementRecords(served);
      // The report over the hub's own schools: the same as over the whole view, without walking it.
      const report = hubReport({ ...view, schools: hubSchools }, hub.id, new Map(schoolEngagements(served, records).map((e) => [e.urn, e])));
      const reply_ = (list: readonly HubSchool[]) => list.map((s) => hubSchoolReply(s, byUrn.get(s.urn)));
      if (format !== 'json') {
        if (table === 'events') return sendTable(reply, format, `${hub.id}-events`, EVENTS_CSV, events);
        return sendTable(reply, format, `${hub.id}-${table}`, HUB_SCHOOL_CSV, reply_(table === 'schools' ? report.schools : report.notReached));
      }
      const placedHub = hubs.placed.find((p) => p.id === hub.id);
      const limits = view.limits.get(hub.id);
      const pageOf = (list: readonly HubSchool[], n: number) => reply_(list.slice((n - 1) * pageSize, n * pageSize));
      return {
        hub: { ...hub, placed: placedHub !== undefined, placedBy: placedHub?.placedBy ?? null, approximate: placedHub?.approximate ?? false, reason: hubs.unplaced.find((u) => u.id === hub.id)?.reason ?? null },
        capacity: limits?.capacity ?? 0,
        ownAreaSchools: limits?.ownAreaSchools ?? 0,
        withinKm: (limits?.radiusMetres ?? withinKm * 1000) / 1000,
        highNeedScore: highNeed,
        reach: report.reach === null ? null : { schools: report.reach.schools, highNeed: report.reach.highNeed, highNeedWithin: report.reach.highNeedWithin, shareHighNeedWithin: report.reach.shareHighNeedWithin },
        funnel: { ...report.funnel, stages: [...report.funnel.stages] },
        districts: report.districts.map((d) => ({ ...d, stages: [...d.stages] })),
        leftOut: { ...networkLeft, districts: hubDistrictsLeftOut(report) },
        pageSize,
        schools: { page, total: report.schools.length, items: pageOf(report.schools, page) },
        notReached: { page: notReachedPage, total: report.notReached.length, items: pageOf(report.notReached, notReachedPage) },
        events: events.slice(0, eventLimit),
        eventsTotal: eventCounts.total,
        moreProgrammes: programmes.length > PROGRAMMES_SHOWN,
        programmes: programmes.slice(-PROGRAMMES_SHOWN).map((p) => ({
          ...p,
          strands: [...p.strands],
          guidanceReportTitle: reports.find((r) => r.id === p.guidanceReportId)?.title ?? null,
          events: eventCounts.byProgramme.get(p.id) ?? 0,
        })),
      };
    },
  );

  app.get(
    '/api/hubs/:id/events/:eventId',
    { schema: getEventSchema, config: { access: { permission: 'school:read', resource: (request) => deps.services.researchNetwork.hubScopes((request.params as { id: string }).id) } } },
    async (request, reply) => {
      const [event, hub] = await Promise.all([deps.services.researchNetwork.findEvent(request.params.eventId), deps.services.researchNetwork.findResearchSchool(request.params.id)]);
      if (event === null || hub === null || event.hubId !== hub.id) {
        return sendError(reply, appError('not_found', `There is no event "${request.params.eventId}" at ${request.params.id}`));
      }
      const records = await deps.services.researchNetwork.engagementRecords([...new Set(event.attendance.map((a) => a.urn))]);
      const attendance = event.attendance.map((a) => ({ urn: a.urn, schoolName: a.schoolName, role: a.role, people: a.people, level: engagementHistory(records.get(a.urn) ?? []).level }));
      if (request.query.format !== 'json') return sendTable(reply, request.query.format, `${event.id}-attendance`, ATTENDANCE_CSV, attendance);
      return { id: event.id, hubId: event.hubId, programmeId: event.programmeId, kind: event.kind, title: event.title, heldOn: event.heldOn, hubName: hub.name, attendance };
    },
  );

  registerSchoolRecordRoutes(app, deps);
  registerOutsideReachRoutes(app, networkView);

  const guidanceReportProblems = async (id: string | null): Promise<FieldProblem[]> => {
    if (id === null || (await deps.services.lookups.guidanceReportExists(id))) return [];
    return [{ field: 'guidanceReportId', message: `There is no Guidance Report with the id ${id}` }];
  };
  const hubWrite = { permission: 'school:write' as const, resource: (request: { params: unknown }) => [`hub:${(request.params as { id: string }).id}` as const] };


  // An area's statistics: for those who read the area, or the hubs that serve it.
  const areaStatistics: RouteAccess = {
    permission: 'aggregate:read',
    resource: async (request) => {
      const id = (request.params as { id: string }).id;
      return [`area:${id}` as const, ...(await deps.services.researchNetwork.hubsOfArea(id)).map((h) => `hub:${h}` as const)];
    },
  };

  app.get(
    '/api/opportunity-areas/:id/strand-investment',
    {
      schema: strandInvestmentSchema,
      config: { access: areaStatistics },
    },
    async (request, reply) => {
      const area = { id: request.params.id };
      if (!(await deps.services.lookups.opportunityAreaExists(area.id))) return sendError(reply, appError('not_found', `There is no Opportunity Area with the identifier "${area.id}"`));
      const items = strandInvestment(await deps.services.researchNetwork.evidencePlansInArea(area.id)).map((r) => ({ strand: r.strand, schools: r.schools, plans: r.plans, targetPupils: r.targetPupils, costPence: r.costPence }));
      if (request.query.format !== 'json') return sendTable(reply, request.query.format, `${area.id}-strand-investment`, STRAND_INVESTMENT_CSV, items);
      return { items };
    },
  );

  app.get('/api/guidance-reports', { schema: listGuidanceReportsSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { strand, format } = request.query;
    const items = (await deps.services.researchNetwork.listGuidanceReports()).filter((r) => strand === undefined || r.strands.includes(strand)).map((r) => ({ ...r, strands: [...r.strands] }));
    if (format !== 'json') return sendTable(reply, format, 'guidance-reports', GUIDANCE_REPORTS_CSV, items);
    return { items };
  });

  app.post('/api/hubs/:id/programmes', { schema: createProgrammeSchema, config: { access: hubWrite } }, async (request, reply) => {
    const principal = request.principal;
    if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
    // Both lookups are reported together, so the form shows every field at fault at once.
    const problems = [...(await strandProblems(deps.services, request.body.strands)), ...(await guidanceReportProblems(request.body.guidanceReportId))];
    if (problems.length > 0) return sendError(reply, appError('invalid_request', problems.map((p) => p.message).join('; '), problems));
    const outcome = await deps.services.researchNetwork.createProgramme({ ...request.body, hubId: request.params.id }, { userId: principal.userId, label: principal.email }, deps.clock);
    if (outcome.refused === 'exists') return sendError(reply, appError('conflict', outcome.message, [{ field: 'id', message: outcome.message }]));
    if (outcome.refused === 'unknown_guidance_report') return sendError(reply, appError('invalid_request', outcome.message, [{ field: 'guidanceReportId', message: outcome.message }]));
    if (outcome.refused !== null) return sendError(reply, appError('not_found', outcome.message));
    return reply.code(201).send({ id: request.body.id });
  });

  app.post('/api/hubs/:id/events', { schema: createEventSchema, config: { access: hubWrite } }, async (request, reply) => {
    const principal = request.principal;
    if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
    const outcome = await deps.services.researchNetwork.createEvent({ ...request.body, hubId: request.params.id }, { userId: principal.userId, label: principal.email }, deps.clock);
    if (outcome.refused === 'exists') return sendError(reply, appError('conflict', outcome.message));
    if (outcome.refused === 'unknown_programme') return sendError(reply, appError('invalid_request', outcome.message, [{ field: 'programmeId', message: outcome.message }]));
    if (outcome.refused !== null) return sendError(reply, appError('not_found', outcome.message));
    return reply.code(201).send({ id: request.body.id });
  });

  app.get(
    '/api/opportunity-areas/:id/engagement',
    {
      schema: areaEngagementSchema,
      config: { access: areaStatistics },
    },
    async (request, reply) => {
      const area = { id: request.params.id };
      if (!(await deps.services.lookups.opportunityAreaExists(area.id))) return sendError(reply, appError('not_found', `There is no Opportunity Area with the identifier "${area.id}"`));
      const schools = (await deps.services.schoolNeed.loadNetworkSchools()).filter((s) => s.opportunityAreaId === area.id);
      const urns = schools.map((s) => s.urn);
      const levels = new Map(schoolEngagements(urns, await deps.services.researchNetwork.engagementRecords(urns)).map((e) => [e.urn, e.level]));
      const level = (urn: number) => levels.get(urn) ?? 'none';
      const empty = { key: area.id, schools: 0, stages: ENGAGEMENT_LEVELS.map((l) => ({ level: l, at: 0, atLeast: 0 })) };
      const funnel = engagementFunnels(schools.map((s) => ({ key: area.id, level: level(s.urn) })))[0] ?? empty;
      const districts = engagementFunnels(schools.map((s) => ({ key: s.districtCode, level: level(s.urn) })));
      const localAuthorities = engagementFunnels(schools.map((s) => ({ key: s.educationLaCode, level: level(s.urn) })));
      const plain = (f: typeof funnel) => ({ ...f, stages: [...f.stages] });
      if (request.query.format !== 'json') {
        const rows = [funnel, ...districts, ...localAuthorities].flatMap((f) => f.stages.map((stage) => ({ key: f.key, ...stage })));
        return sendTable(reply, request.query.format, `${area.id}-engagement`, FUNNEL_CSV, rows);
      }
      const authorities = await deps.services.unplacedSchools.authoritiesOfOpportunityArea(area.id);
      const unplaced = await deps.services.unplacedSchools.listUnplacedSchools({ authorityCodes: authorities.map((a) => a.code) });
      const left = leftOut(unplaced.length, { of: authorities.map((a) => a.name) });
      return { funnel: plain(funnel), districts: districts.map(plain), localAuthorities: localAuthorities.map(plain), leftOut: left };
    },
  );
}
