import type { Kysely } from 'kysely';
import { appError } from '../../../app/errors.ts';
import { checkEvidencePlan, engagementHistory, SERVED_WITHIN_METRES } from '../../../domain/research-network/index.ts';
import {
  engagementRecords,
  evidencePlansFor,
  findEvent,
  findResearchSchool,
  pupilsOnRoll,
  recordAttendance,
  recordEngagementUpdate,
  recordEvidencePlan,
  schoolNetworkScopes,
} from '../../../storage/repositories/research-network.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import { rawUrnParam } from '../../auth/route-access.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { getSchoolEngagementSchema, recordAttendanceSchema, recordEngagementUpdateSchema, recordEvidencePlanSchema } from './schema.ts';
import { strandProblems } from './strand-problems.ts';
import { schoolExists } from '../../../storage/repositories/lookups/exists.ts';

/** Why a hub may not record for a school: the rule, said once for the attendance form and the school pages. */
const notServed = (hubId: string, urn: number) =>
  `${hubId} does not serve school ${String(urn)}: a Research School serves the schools of its Opportunity Area and those within ${String(SERVED_WITHIN_METRES / 1000)} km of where it works from`;

/**
 * A hub's records about schools: attendance at its events, a level set by hand, evidence plans, and a
 * school's engagement read back. Each is for the schools the hub serves (`schoolNetworkScopes`,
 * docs/methodology.md §14.10): recording attendance no longer brings a school into a hub's reach.
 */
export function registerSchoolRecordRoutes(app: ZodApp, deps: { db: Kysely<Database>; clock: () => Date }): void {
  const schoolScopesOf = async (urn: number | null) => (urn === null ? [] : schoolNetworkScopes(deps.db, urn));
  const hubWrite = { permission: 'school:write' as const, resource: (request: { params: unknown }) => [`hub:${(request.params as { id: string }).id}` as const] };

  app.post(
    '/api/hubs/:id/events/:eventId/attendance',
    // Recording belongs to the hub alone: an area lead may read its area's hub but not write its records.
    { schema: recordAttendanceSchema, config: { access: hubWrite } },
    async (request, reply) => {
      const principal = request.principal;
      if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
      const event = await findEvent(deps.db, request.params.eventId);
      if (event === null || event.hubId !== request.params.id) {
        return sendError(reply, appError('not_found', `There is no event "${request.params.eventId}" at ${request.params.id}`));
      }
      const { urn, role, people } = request.body;
      // A hub records only the schools it serves: attendance put a school in a hub's reach before, so a
      // hub could take any school by saying it came (docs/security.md, finding 5).
      const inRegister = await schoolExists(deps.db, urn);
      if (inRegister && !(await schoolNetworkScopes(deps.db, urn)).includes(`hub:${event.hubId}`)) {
        return sendError(reply, appError('invalid_request', notServed(event.hubId, urn), [{ field: 'urn', message: `Enter the URN of a school this Research School serves: ${notServed(event.hubId, urn)}` }]));
      }
      const outcome = await recordAttendance(deps.db, { eventId: event.id, urn, role, people }, { userId: principal.userId, label: principal.email }, deps.clock);
      if (outcome.refused === 'unknown_school') {
        return sendError(reply, appError('invalid_request', outcome.message, [{ field: 'urn', message: `There is no school with the URN ${String(urn)} in the register: check the URN` }]));
      }
      if (outcome.refused !== null) return sendError(reply, appError('not_found', outcome.message));
      const records = await engagementRecords(deps.db, [urn]);
      return { urn, level: engagementHistory(records.get(urn) ?? []).level };
    },
  );

  app.get(
    '/api/schools/:urn/engagement',
    { schema: getSchoolEngagementSchema, config: { access: { permission: 'school:read', resource: (request) => schoolScopesOf(rawUrnParam(request)) } } },
    async (request) => {
      const urn = Number(request.params.urn);
      const [records, plans] = await Promise.all([engagementRecords(deps.db, [urn]), evidencePlansFor(deps.db, [urn])]);
      const { level, changes } = engagementHistory(records.get(urn) ?? []);
      return { urn, level, since: changes.at(-1)?.date ?? null, changes, plans: plans.map((p) => ({ strands: [...p.strands], targetPupils: p.targetPupils, costPerPupilPence: p.costPerPupilPence, expectedMonths: p.expectedMonths, startsOn: p.startsOn })) };
    },
  );

  /** Manual updates and plans are the hub's own records, for the schools it serves (its area's, and those within reach). */
  const linkedSchool = async (hubId: string, urn: number): Promise<string | null> => {
    if ((await findResearchSchool(deps.db, hubId)) === null) return `There is no Research School with the id "${hubId}"`;
    if (!(await schoolExists(deps.db, urn))) return `There is no school with URN ${String(urn)} in the register`;
    const scopes = await schoolNetworkScopes(deps.db, urn);
    return scopes.includes(`hub:${hubId}`) ? null : notServed(hubId, urn);
  };
  app.post('/api/hubs/:id/schools/:urn/engagement', { schema: recordEngagementUpdateSchema, config: { access: hubWrite } }, async (request, reply) => {
    const principal = request.principal;
    if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
    const urn = Number(request.params.urn);
    const problem = await linkedSchool(request.params.id, urn);
    if (problem !== null) return sendError(reply, appError('not_found', problem));
    await recordEngagementUpdate(deps.db, { urn, ...request.body }, { userId: principal.userId, label: principal.email }, deps.clock);
    const records = await engagementRecords(deps.db, [urn]);
    return { urn, level: engagementHistory(records.get(urn) ?? []).level };
  });

  app.post('/api/hubs/:id/schools/:urn/evidence-plans', { schema: recordEvidencePlanSchema, config: { access: hubWrite } }, async (request, reply) => {
    const principal = request.principal;
    if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
    const urn = Number(request.params.urn);
    const problem = await linkedSchool(request.params.id, urn);
    if (problem !== null) return sendError(reply, appError('not_found', problem));
    const roll = await pupilsOnRoll(deps.db, urn);
    const problems = [...(await strandProblems(deps.db, request.body.strands)), ...checkEvidencePlan(request.body, { pupilsOnRoll: roll.pupils, censusPeriod: roll.period })];
    if (problems.length > 0) return sendError(reply, appError('invalid_request', problems.map((p) => p.message).join('; '), problems));
    await recordEvidencePlan(deps.db, { urn, ...request.body }, { userId: principal.userId, label: principal.email }, deps.clock);
    const records = await engagementRecords(deps.db, [urn]);
    return { urn, level: engagementHistory(records.get(urn) ?? []).level };
  });
}
