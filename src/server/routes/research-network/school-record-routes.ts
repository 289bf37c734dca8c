import { appError } from '../../../app/errors.ts';
import { checkEvidencePlan, engagementHistory, SERVED_WITHIN_METRES } from '../../../domain/research-network/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { rawUrnParam } from '../../auth/route-access.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { getSchoolEngagementSchema, recordAttendanceSchema, recordEngagementUpdateSchema, recordEvidencePlanSchema } from './schema.ts';
import { strandProblems } from './strand-problems.ts';

/** Why a hub may not record for a school: the rule, said once for the attendance form and the school pages. */
const notServed = (hubId: string, urn: number) =>
  `${hubId} does not serve school ${String(urn)}: a Research School serves the schools of its Opportunity Area and those within ${String(SERVED_WITHIN_METRES / 1000)} km of where it works from`;

/**
 * A hub's records about schools: attendance at its events, a level set by hand, evidence plans, and a
 * school's engagement read back. Each is for the schools the hub serves (`schoolNetworkScopes`,
 * docs/methodology.md §14.10): recording attendance no longer brings a school into a hub's reach.
 */
export function registerSchoolRecordRoutes(app: ZodApp, deps: { services: Services; clock: () => Date }): void {
  const schoolScopesOf = async (urn: number | null) => (urn === null ? [] : deps.services.researchNetwork.schoolNetworkScopes(urn));
  const hubWrite = { permission: 'school:write' as const, resource: (request: { params: unknown }) => [`hub:${(request.params as { id: string }).id}` as const] };

  app.post(
    '/api/hubs/:id/events/:eventId/attendance',
    // Recording belongs to the hub alone: an area lead may read its area's hub but not write its records.
    { schema: recordAttendanceSchema, config: { access: hubWrite } },
    async (request, reply) => {
      const principal = request.principal;
      if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
      const event = await deps.services.researchNetwork.findEvent(request.params.eventId);
      if (event === null || event.hubId !== request.params.id) {
        return sendError(reply, appError('not_found', `There is no event "${request.params.eventId}" at ${request.params.id}`));
      }
      const { urn, role, people } = request.body;
      // A hub records only the schools it serves: attendance put a school in a hub's reach before, so a
      // hub could take any school by saying it came (docs/security.md, finding 5).
      const inRegister = await deps.services.lookups.schoolExists(urn);
      if (inRegister && !(await deps.services.researchNetwork.schoolNetworkScopes(urn)).includes(`hub:${event.hubId}`)) {
        return sendError(reply, appError('invalid_request', notServed(event.hubId, urn), [{ field: 'urn', message: `Enter the URN of a school this Research School serves: ${notServed(event.hubId, urn)}` }]));
      }
      const outcome = await deps.services.researchNetwork.recordAttendance({ eventId: event.id, urn, role, people }, { userId: principal.userId, label: principal.email }, deps.clock);
      if (outcome.refused === 'unknown_school') {
        return sendError(reply, appError('invalid_request', outcome.message, [{ field: 'urn', message: `There is no school with the URN ${String(urn)} in the register: check the URN` }]));
      }
      if (outcome.refused !== null) return sendError(reply, appError('not_found', outcome.message));
      const records = await deps.services.researchNetwork.engagementRecords([urn]);
      return { urn, level: engagementHistory(records.get(urn) ?? []).level };
    },
  );

  app.get(
    '/api/schools/:urn/engagement',
    { schema: getSchoolEngagementSchema, config: { access: { permission: 'school:read', resource: (request) => schoolScopesOf(rawUrnParam(request)) } } },
    async (request) => {
      const urn = Number(request.params.urn);
      const [records, plans] = await Promise.all([deps.services.researchNetwork.engagementRecords([urn]), deps.services.researchNetwork.evidencePlansFor([urn])]);
      const { level, changes } = engagementHistory(records.get(urn) ?? []);
      return { urn, level, since: changes.at(-1)?.date ?? null, changes, plans: plans.map((p) => ({ strands: [...p.strands], targetPupils: p.targetPupils, costPerPupilPence: p.costPerPupilPence, expectedMonths: p.expectedMonths, startsOn: p.startsOn })) };
    },
  );

  /** Manual updates and plans are the hub's own records, for the schools it serves (its area's, and those within reach). */
  const linkedSchool = async (hubId: string, urn: number): Promise<string | null> => {
    if ((await deps.services.researchNetwork.findResearchSchool(hubId)) === null) return `There is no Research School with the id "${hubId}"`;
    if (!(await deps.services.lookups.schoolExists(urn))) return `There is no school with URN ${String(urn)} in the register`;
    const scopes = await deps.services.researchNetwork.schoolNetworkScopes(urn);
    return scopes.includes(`hub:${hubId}`) ? null : notServed(hubId, urn);
  };
  app.post('/api/hubs/:id/schools/:urn/engagement', { schema: recordEngagementUpdateSchema, config: { access: hubWrite } }, async (request, reply) => {
    const principal = request.principal;
    if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
    const urn = Number(request.params.urn);
    const problem = await linkedSchool(request.params.id, urn);
    if (problem !== null) return sendError(reply, appError('not_found', problem));
    await deps.services.researchNetwork.recordEngagementUpdate({ urn, ...request.body }, { userId: principal.userId, label: principal.email }, deps.clock);
    const records = await deps.services.researchNetwork.engagementRecords([urn]);
    return { urn, level: engagementHistory(records.get(urn) ?? []).level };
  });

  app.post('/api/hubs/:id/schools/:urn/evidence-plans', { schema: recordEvidencePlanSchema, config: { access: hubWrite } }, async (request, reply) => {
    const principal = request.principal;
    if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
    const urn = Number(request.params.urn);
    const problem = await linkedSchool(request.params.id, urn);
    if (problem !== null) return sendError(reply, appError('not_found', problem));
    const roll = await deps.services.researchNetwork.pupilsOnRoll(urn);
    const problems = [...(await strandProblems(deps.services, request.body.strands)), ...checkEvidencePlan(request.body, { pupilsOnRoll: roll.pupils, censusPeriod: roll.period })];
    if (problems.length > 0) return sendError(reply, appError('invalid_request', problems.map((p) => p.message).join('; '), problems));
    await deps.services.researchNetwork.recordEvidencePlan({ urn, ...request.body }, { userId: principal.userId, label: principal.email }, deps.clock);
    const records = await deps.services.researchNetwork.engagementRecords([urn]);
    return { urn, level: engagementHistory(records.get(urn) ?? []).level };
  });
}
