import type { Kysely, Transaction } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import { coordinatesProblem, placementReasonProblem, type HubPlacement, type HubPlacementRequest } from '../../domain/research-network/index.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';

type Db = Kysely<Database> | Transaction<Database>;

export type PlacementRefusal = {
  readonly refused: 'unknown_hub' | 'unknown_school' | 'no_location' | 'unknown_postcode' | 'invalid';
  readonly field: 'id' | 'urn' | 'postcode' | 'lat' | 'reason';
  readonly message: string;
};
export type PlacementOutcome = { readonly refused: null; readonly placement: HubPlacement } | PlacementRefusal;

const refuse = (refused: PlacementRefusal['refused'], field: PlacementRefusal['field'], message: string): PlacementRefusal => ({ refused, field, message });

/** The point a request names: a school's register location, an imported postcode's centroid, or coordinates as given. */
async function resolve(db: Db, request: HubPlacementRequest): Promise<{ lat: number; lon: number; basis: string } | PlacementRefusal> {
  if (request.kind === 'coordinates') {
    const problem = coordinatesProblem(request.lat, request.lon);
    return problem === null ? { lat: request.lat, lon: request.lon, basis: `at ${String(request.lat)}, ${String(request.lon)}` } : refuse('invalid', 'lat', problem);
  }
  if (request.kind === 'school') {
    const school = await db.selectFrom('schools').select(['name', 'lat', 'lon', 'postcode']).where('urn', '=', request.urn).executeTakeFirst();
    if (school === undefined) return refuse('unknown_school', 'urn', `There is no school with the URN ${String(request.urn)} in the register`);
    if (school.lat === null || school.lon === null) {
      const hint = school.postcode === null ? 'give a postcode or coordinates instead' : `give a postcode near ${school.postcode} or coordinates instead`;
      return refuse('no_location', 'urn', `${school.name} (URN ${String(request.urn)}) has no location in the register: ${hint}`);
    }
    return { lat: school.lat, lon: school.lon, basis: `at ${school.name} (URN ${String(request.urn)})` };
  }
  const point = await db.selectFrom('postcodes').select(['lat', 'lon']).where('postcode', '=', request.postcode).executeTakeFirst();
  if (point === undefined) return refuse('unknown_postcode', 'postcode', `The postcode ${request.postcode} is not among the imported postcode centroids; give a nearby one or coordinates`);
  return { lat: point.lat, lon: point.lon, basis: `at postcode ${request.postcode}` };
}

/**
 * Places a hub where the programme says it works from, replacing any earlier placement, with an audit
 * entry saying where from and why. Refused, with the field at fault, for an unknown hub, school or
 * postcode, a school without a location, coordinates outside England or a missing reason.
 */
export async function placeHub(db: Kysely<Database>, hubId: string, request: HubPlacementRequest, reason: string, actor: AuditActor, now: () => Date): Promise<PlacementOutcome> {
  return db.transaction().execute(async (trx) => {
    const hub = await trx.selectFrom('research_schools').select('id').where('id', '=', hubId).executeTakeFirst();
    if (hub === undefined) return refuse('unknown_hub', 'id', `There is no Research School with the id ${hubId}`);
    const reasonProblem = placementReasonProblem(reason);
    if (reasonProblem !== null) return refuse('invalid', 'reason', reasonProblem);
    const point = await resolve(trx, request);
    if ('refused' in point) return point;
    const placement: HubPlacement = { ...point, reason: reason.trim() };
    const at = now().toISOString();
    const before = await trx.selectFrom('hub_placements').select(['lat', 'lon', 'basis', 'reason']).where('hub_id', '=', hubId).executeTakeFirst();
    const row = { lat: placement.lat, lon: placement.lon, basis: placement.basis, reason: placement.reason, recorded_at: at, recorded_by: actor.label };
    if (before === undefined) await trx.insertInto('hub_placements').values({ hub_id: hubId, ...row }).execute();
    else await trx.updateTable('hub_placements').set(row).where('hub_id', '=', hubId).execute();
    await recordAudit(trx, { actor, at, action: 'hub.place', entityType: 'research_school', entityId: hubId, summary: { before: before ?? null, after: placement } });
    return { refused: null, placement };
  });
}

/** Removes a hub's placement, so it is placed at its host again (or not at all), audited; says when there was no hub or no placement. */
export async function clearHubPlacement(db: Kysely<Database>, hubId: string, reason: string, actor: AuditActor, now: () => Date): Promise<'cleared' | 'unknown_hub' | 'not_placed'> {
  return db.transaction().execute(async (trx) => {
    if ((await trx.selectFrom('research_schools').select('id').where('id', '=', hubId).executeTakeFirst()) === undefined) return 'unknown_hub';
    const before = await trx.selectFrom('hub_placements').select(['lat', 'lon', 'basis', 'reason']).where('hub_id', '=', hubId).executeTakeFirst();
    if (before === undefined) return 'not_placed';
    await trx.deleteFrom('hub_placements').where('hub_id', '=', hubId).execute();
    await recordAudit(trx, { actor, at: now().toISOString(), action: 'hub.unplace', entityType: 'research_school', entityId: hubId, summary: { before, reason: reason.trim() } });
    return 'cleared';
  });
}
