import { authorise, type ScopeRef } from '../../../domain/access/index.ts';
import { loadIntermediarySchools } from '../../../app/research-network/intermediaries.ts';
import { intermediaryColumns, intermediaryOf, intermediarySchoolColumns, schoolsOfIntermediary, summariseIntermediaries, type IntermediaryKind } from '../../../domain/research-network/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import type { RouteAccess } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import { appError } from '../../../app/errors.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { getIntermediarySchema, listIntermediariesSchema } from './schema.ts';

const KIND_NAMES: Readonly<Record<IntermediaryKind, string>> = { 'local-authority': 'local authority', trust: 'trust' };

/** Local authority codes are GSS codes, written in capitals; trust codes are digits. */
const normalCode = (kind: IntermediaryKind, code: string) => (kind === 'local-authority' ? code.toUpperCase() : code);

export function registerIntermediaryRoutes(app: ZodApp, deps: { services: Services }): void {
  /** The areas an intermediary works in and those areas' hubs: who may read its statistics (as for an area's). */
  const scopesOf = (kind: IntermediaryKind, code?: string): Promise<Map<string, ScopeRef[]>> => deps.services.intermediaries.intermediaryScopes(kind, code);

  // The list is for anyone who reads some area's statistics; those limited to their scope see the
  // intermediaries working in it (filtered below), the national team and analysts see every one.
  const anyAreaStatistics: RouteAccess = {
    permission: 'aggregate:read',
    resource: async () => {
      const { areas, hubs } = await deps.services.lookups.programmeIds();
      return [...areas.map((a): ScopeRef => `area:${a}`), ...hubs.map((h): ScopeRef => `hub:${h}`)];
    },
  };

  const oneIntermediary: RouteAccess = {
    permission: 'aggregate:read',
    resource: async (request) => {
      const { kind, code } = request.params as { kind: IntermediaryKind; code: string };
      return (await scopesOf(kind, normalCode(kind, code))).get(normalCode(kind, code)) ?? [];
    },
  };

  app.get('/api/intermediaries', { schema: listIntermediariesSchema, config: { access: anyAreaStatistics } }, async (request, reply) => {
    const { kind, highNeed, format, page, pageSize } = request.query;
    const [{ schools }, names, scopes] = await Promise.all([loadIntermediarySchools(deps.services, highNeed), deps.services.intermediaries.intermediaryNames(kind), scopesOf(kind)]);
    const all = summariseIntermediaries(kind, schools);
    const readable = all.filter((s) => authorise(request.principal, 'aggregate:read', scopes.get(s.code) ?? []).allowed);
    const rows = readable.map((summary) => ({ summary, name: names.get(summary.code) ?? null }));
    if (format !== 'json') return sendTable(reply, format, `${kind === 'trust' ? 'trusts' : 'local-authorities'}-engagement`, intermediaryColumns(), rows);
    return {
      page,
      pageSize,
      total: rows.length,
      kind,
      highNeedScore: highNeed,
      membershipLoaded: all.length > 0,
      limitedToScope: readable.length < all.length,
      schoolsWithout: schools.filter((s) => intermediaryOf(kind, s) === null).length,
      items: rows.slice((page - 1) * pageSize, page * pageSize).map(({ summary, name }) => ({
        code: summary.code,
        name,
        schools: summary.schools,
        highNeed: summary.highNeed,
        highNeedNotReached: summary.highNeedNotReached,
        funnel: { ...summary.funnel, stages: [...summary.funnel.stages] },
      })),
    };
  });

  app.get('/api/intermediaries/:kind/:code', { schema: getIntermediarySchema, config: { access: oneIntermediary } }, async (request, reply) => {
    const { kind } = request.params;
    const code = normalCode(kind, request.params.code);
    const { highNeed, format } = request.query;
    const [{ schools, network }, names] = await Promise.all([loadIntermediarySchools(deps.services, highNeed), deps.services.intermediaries.intermediaryNames(kind)]);
    const own = schoolsOfIntermediary(kind, code, schools);
    const [summary] = summariseIntermediaries(kind, own);
    if (summary === undefined) {
      return sendError(reply, appError('not_found', `No open school has the ${KIND_NAMES[kind]} ${code}: check the code${kind === 'trust' ? ', and that trusts are loaded (import GIAS edubasealldata)' : ''}`));
    }
    const rows = own.flatMap((view) => {
      const school = network.get(view.urn);
      return school === undefined ? [] : [{ school, view }];
    });
    if (format !== 'json') return sendTable(reply, format, `${kind}-${code}-schools`, intermediarySchoolColumns(), rows);
    return {
      kind,
      highNeedScore: highNeed,
      intermediary: {
        code,
        name: names.get(code) ?? null,
        schools: summary.schools,
        highNeed: summary.highNeed,
        highNeedNotReached: summary.highNeedNotReached,
        funnel: { ...summary.funnel, stages: [...summary.funnel.stages] },
      },
      schools: rows.map(({ school, view }) => ({
        urn: school.urn,
        name: school.name,
        phase: school.phase,
        districtCode: school.districtCode,
        needScore: view.need.score,
        highNeed: view.highNeed,
        level: view.level,
        notReached: view.notReached,
        address: { street: school.street, town: school.town, postcode: school.postcode },
      })),
    };
  });
}
