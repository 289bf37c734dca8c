import { appError } from '../../../app/errors.ts';
import { placementReasonProblem, readPlacementInput } from '../../../domain/research-network/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { clearHubPlacementSchema, placeHubSchema } from './placement-schema.ts';

/** Placing hubs their host cannot place (docs/methodology.md §14.7): the hub's lead or the national team. */
export function registerHubPlacementRoutes(app: ZodApp, deps: { services: Services; clock: () => Date }): void {
  const hubWrite = { permission: 'school:write' as const, resource: (request: { params: unknown }) => [`hub:${(request.params as { id: string }).id}` as const] };

  app.put('/api/hubs/:id/placement', { schema: placeHubSchema, config: { access: hubWrite } }, async (request, reply) => {
    const principal = request.principal;
    if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
    const placement = readPlacementInput(request.body);
    if ('field' in placement) return sendError(reply, appError('invalid_request', placement.message, [placement]));
    const outcome = await deps.services.hubPlacements.placeHub(request.params.id, placement, request.body.reason, { userId: principal.userId, label: principal.email }, deps.clock);
    if (outcome.refused === 'unknown_hub') return sendError(reply, appError('not_found', outcome.message));
    if (outcome.refused !== null) return sendError(reply, appError('invalid_request', outcome.message, [{ field: outcome.field, message: outcome.message }]));
    return { id: request.params.id, ...outcome.placement };
  });

  app.delete('/api/hubs/:id/placement', { schema: clearHubPlacementSchema, config: { access: hubWrite } }, async (request, reply) => {
    const principal = request.principal;
    if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
    const problem = placementReasonProblem(request.body.reason);
    if (problem !== null) return sendError(reply, appError('invalid_request', problem, [{ field: 'reason', message: problem }]));
    const outcome = await deps.services.hubPlacements.clearHubPlacement(request.params.id, request.body.reason, { userId: principal.userId, label: principal.email }, deps.clock);
    if (outcome === 'unknown_hub') return sendError(reply, appError('not_found', `There is no Research School with the id ${request.params.id}`));
    if (outcome === 'not_placed') return sendError(reply, appError('not_found', `The Research School ${request.params.id} has no placement to remove`));
    return reply.code(204).send(null);
  });
}
