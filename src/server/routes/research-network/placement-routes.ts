import type { Kysely } from 'kysely';
import { placementReasonProblem, type HubPlacementRequest } from '../../../domain/research-network/index.ts';
import { postcode } from '../../../ingest/values.ts';
import { clearHubPlacement, placeHub } from '../../../storage/repositories/hub-placements.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import { errorReply } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { clearHubPlacementSchema, placeHubSchema } from './placement-schema.ts';

type Field = { field: string; message: string };

/** The one place a body names, or the fields at fault. */
function requestFrom(body: { urn?: number | undefined; postcode?: string | undefined; lat?: number | undefined; lon?: number | undefined }): HubPlacementRequest | Field[] {
  const named = [body.urn !== undefined, body.postcode !== undefined, body.lat !== undefined || body.lon !== undefined].filter(Boolean).length;
  if (named !== 1) return [{ field: 'urn', message: 'Give exactly one of a URN, a postcode, or a latitude with a longitude' }];
  if (body.urn !== undefined) return { kind: 'school', urn: body.urn };
  if (body.postcode !== undefined) {
    const parsed = postcode(body.postcode);
    return parsed.ok ? { kind: 'postcode', postcode: parsed.value } : [{ field: 'postcode', message: parsed.reason }];
  }
  if (body.lat === undefined) return [{ field: 'lat', message: 'Give the latitude as well as the longitude' }];
  if (body.lon === undefined) return [{ field: 'lon', message: 'Give the longitude as well as the latitude' }];
  return { kind: 'coordinates', lat: body.lat, lon: body.lon };
}

/** Placing hubs their host cannot place (docs/methodology.md §14.7): the hub's lead or the national team. */
export function registerHubPlacementRoutes(app: ZodApp, deps: { db: Kysely<Database>; clock: () => Date }): void {
  const hubWrite = { permission: 'school:write' as const, resource: (request: { params: unknown }) => [`hub:${(request.params as { id: string }).id}` as const] };

  app.put('/api/hubs/:id/placement', { schema: placeHubSchema, config: { access: hubWrite } }, async (request, reply) => {
    const principal = request.principal;
    if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
    const placement = requestFrom(request.body);
    if (Array.isArray(placement)) return reply.code(400).send(errorReply('invalid_request', placement[0]?.message ?? 'Invalid placement', placement));
    const outcome = await placeHub(deps.db, request.params.id, placement, request.body.reason, { userId: principal.userId, label: principal.email }, deps.clock);
    if (outcome.refused === 'unknown_hub') return reply.code(404).send(errorReply('not_found', outcome.message));
    if (outcome.refused !== null) return reply.code(400).send(errorReply('invalid_request', outcome.message, [{ field: outcome.field, message: outcome.message }]));
    return { id: request.params.id, ...outcome.placement };
  });

  app.delete('/api/hubs/:id/placement', { schema: clearHubPlacementSchema, config: { access: hubWrite } }, async (request, reply) => {
    const principal = request.principal;
    if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
    const problem = placementReasonProblem(request.body.reason);
    if (problem !== null) return reply.code(400).send(errorReply('invalid_request', problem, [{ field: 'reason', message: problem }]));
    const cleared = await clearHubPlacement(deps.db, request.params.id, request.body.reason, { userId: principal.userId, label: principal.email }, deps.clock);
    if (!cleared) return reply.code(404).send(errorReply('not_found', `The Research School ${request.params.id} has no placement to remove`));
    return reply.code(204).send(null);
  });
}
