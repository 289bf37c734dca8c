import { appError } from '../../../app/errors.ts';
import { assessPlan, parseStatusOverride } from '../../../domain/delivery-plans/index.ts';
import type { ScopeRef } from '../../../domain/access/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { BOARD_MEMBERS_SHOWN, groupByPriority, measureView } from './measure-view.ts';
import { addMeetingSchema, addMemberSchema, areaPlanSchema, overrideSchema, recordActualSchema } from './schema.ts';

type Deps = { services: Services; clock: () => Date };

const areaOf = (request: { params: unknown }): ScopeRef[] => [`area:${(request.params as { id: string }).id}`];
const read = { permission: 'area:read' as const, resource: areaOf };
const write = { permission: 'area:write' as const, resource: areaOf };

function actorOf(request: { principal: { userId: number; email: string } | null }) {
  if (request.principal === null) throw new Error('The access guard lets no anonymous request reach this route');
  return { userId: request.principal.userId, label: request.principal.email };
}

const noArea = (id: string) => appError('not_found', `There is no Opportunity Area with the identifier "${id}"`);
const noMeasure = (id: string, code: string) => appError('not_found', `${id}’s delivery plan has no measure "${code}"`);

async function assessedMeasure(services: Services, areaId: string, code: string, now: () => Date) {
  const measure = (await services.deliveryPlans.readMeasures({ areaId, now })).find((m) => m.code === code);
  const [assessed] = measure === undefined ? [] : assessPlan([measure]);
  return assessed === undefined ? undefined : measureView(assessed);
}

/** An area's delivery plan and board: read by anyone who may read the area, written by its area leads. */
export function registerPlanRoutes(app: ZodApp, deps: Deps): void {
  app.get('/api/opportunity-areas/:id/plan', { schema: areaPlanSchema, config: { access: read } }, async (request, reply) => {
    const { id } = request.params;
    const area = await deps.services.lookups.opportunityAreaWithChair(id);
    if (area === undefined) return sendError(reply, noArea(id));
    const limit = request.query.meetings;
    // One more than asked for says whether there are more than the list shows.
    const [measures, members, meetings] = await Promise.all([deps.services.deliveryPlans.readMeasures({ areaId: id, now: deps.clock }), deps.services.boardMeetings.listBoardMembers(id, BOARD_MEMBERS_SHOWN + 1), deps.services.boardMeetings.listBoardMeetings(id, limit + 1)]);
    return {
      area: { id: area.id, name: area.name },
      priorities: groupByPriority(assessPlan(measures)),
      board: {
        chair: area.chair ?? null,
        members: members.slice(0, BOARD_MEMBERS_SHOWN),
        moreMembers: members.length > BOARD_MEMBERS_SHOWN,
        meetings: meetings.slice(0, limit).map((m) => ({ ...m, papers: [...m.papers], decisions: [...m.decisions] })),
        moreMeetings: meetings.length > limit,
      },
    };
  });

  app.post('/api/opportunity-areas/:id/plan/measures/:code/actuals', { schema: recordActualSchema, config: { access: write } }, async (request, reply) => {
    const { id, code } = request.params;
    const outcome = await deps.services.deliveryPlans.recordActual(id, code, request.body, actorOf(request), deps.clock);
    if (outcome === 'not_found') return sendError(reply, noMeasure(id, code));
    if (outcome === 'linked') {
      return sendError(reply, appError('invalid_request', 'This measure is linked to an indicator, so its figures come from the data imports: they cannot be entered by hand', [{ field: 'value', message: 'This measure’s figures come from its linked indicator' }]));
    }
    if (typeof outcome === 'object') {
      const message = `Enter the period in the same form as the baseline, ${outcome.periodKindOf}`;
      return sendError(reply, appError('invalid_request', message, [{ field: 'period', message }]));
    }
    const measure = await assessedMeasure(deps.services, id, code, deps.clock);
    if (measure === undefined) return sendError(reply, noMeasure(id, code));
    return { changed: outcome === 'changed', measure };
  });

  app.put('/api/opportunity-areas/:id/plan/measures/:code/override', { schema: overrideSchema, config: { access: write } }, async (request, reply) => {
    const { id, code } = request.params;
    let override = null;
    if (request.body.status !== null) {
      const parsed = parseStatusOverride(request.body.status, request.body.reason);
      if (!parsed.ok) return sendError(reply, appError('invalid_request', parsed.error.message, [parsed.error]));
      override = parsed.value;
    }
    const outcome = await deps.services.deliveryPlans.setStatusOverride(id, code, override, actorOf(request), deps.clock);
    const measure = outcome === 'not_found' ? undefined : await assessedMeasure(deps.services, id, code, deps.clock);
    if (measure === undefined) return sendError(reply, noMeasure(id, code));
    return { changed: outcome === 'changed', measure };
  });

  app.post('/api/opportunity-areas/:id/board/members', { schema: addMemberSchema, config: { access: write } }, async (request, reply) => {
    const outcome = await deps.services.boardMeetings.addBoardMember(request.params.id, request.body, actorOf(request), deps.clock);
    if (outcome === 'not_found') return sendError(reply, noArea(request.params.id));
    return reply.code(201).send({ added: true as const });
  });

  app.post('/api/opportunity-areas/:id/board/meetings', { schema: addMeetingSchema, config: { access: write } }, async (request, reply) => {
    const outcome = await deps.services.boardMeetings.addBoardMeeting(request.params.id, request.body, actorOf(request), deps.clock);
    if (outcome === 'not_found') return sendError(reply, noArea(request.params.id));
    if (outcome === 'duplicate') return sendError(reply, appError('conflict', `A meeting on ${request.body.heldOn} is already recorded for this board`));
    return reply.code(201).send({ added: true as const });
  });
}
