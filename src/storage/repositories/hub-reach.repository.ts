import type { Kysely } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import { placementReasonProblem } from '../../domain/research-network/index.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';

/** A hub's own reach: how far beyond its own area it serves, in metres, and how many schools; null for the network's. */
export interface HubReachSetting {
  readonly radiusMetres: number | null;
  readonly capacity: number | null;
}

export type HubReachOutcome = 'set' | 'cleared' | 'unknown_hub' | 'not_set' | { readonly invalid: string };

/**
 * Sets a hub's own reach (replacing any earlier one), or clears it when both are null, with an audit entry
 * saying what it was and why (docs/methodology.md §14.2). A reason is required, as for a placement.
 */
export async function setHubReach(db: Kysely<Database>, hubId: string, reach: HubReachSetting, reason: string, actor: AuditActor, now: () => Date): Promise<HubReachOutcome> {
  const problem = placementReasonProblem(reason);
  if (problem !== null) return { invalid: problem.replace('placing the hub here, such as where its training is held', 'this reach') };
  if (reach.radiusMetres !== null && (!Number.isInteger(reach.radiusMetres) || reach.radiusMetres < 0 || reach.radiusMetres > 1_000_000)) return { invalid: 'The distance must be from 0 to 1,000 km' };
  if (reach.capacity !== null && (!Number.isInteger(reach.capacity) || reach.capacity < 0 || reach.capacity > 100_000)) return { invalid: 'The capacity must be a whole number from 0 to 100,000' };
  return db.transaction().execute(async (trx) => {
    if ((await trx.selectFrom('research_schools').select('id').where('id', '=', hubId).executeTakeFirst()) === undefined) return 'unknown_hub';
    const before = await trx.selectFrom('hub_reach').select(['radius_metres', 'capacity', 'reason']).where('hub_id', '=', hubId).executeTakeFirst();
    const at = now().toISOString();
    if (reach.radiusMetres === null && reach.capacity === null) {
      if (before === undefined) return 'not_set';
      await trx.deleteFrom('hub_reach').where('hub_id', '=', hubId).execute();
      await recordAudit(trx, { actor, at, action: 'hub.reach.clear', entityType: 'research_school', entityId: hubId, summary: { before, reason: reason.trim() } });
      return 'cleared';
    }
    const row = { radius_metres: reach.radiusMetres, capacity: reach.capacity, reason: reason.trim(), recorded_at: at, recorded_by: actor.label };
    if (before === undefined) await trx.insertInto('hub_reach').values({ hub_id: hubId, ...row }).execute();
    else await trx.updateTable('hub_reach').set(row).where('hub_id', '=', hubId).execute();
    await recordAudit(trx, { actor, at, action: 'hub.reach.set', entityType: 'research_school', entityId: hubId, summary: { before: before ?? null, after: { radiusMetres: reach.radiusMetres, capacity: reach.capacity, reason: reason.trim() } } });
    return 'set';
  });
}
