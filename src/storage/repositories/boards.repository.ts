import type { Kysely } from 'kysely';
import { changedFields, type AuditActor } from '../../domain/access/index.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';

export interface BoardChange {
  readonly chair: string;
  readonly chairNamedOn: string;
  readonly sourceNote: string;
}

/**
 * Records an Opportunity Area's partnership board chair, with an audit entry of what changed, in one
 * transaction. Returns 'not_found' when there is no such area, else whether anything changed.
 */
export async function saveBoard(
  db: Kysely<Database>,
  opportunityAreaId: string,
  change: BoardChange,
  actor: AuditActor,
  now: () => Date,
): Promise<'not_found' | 'changed' | 'unchanged'> {
  return db.transaction().execute(async (trx) => {
    const area = await trx.selectFrom('opportunity_areas').select('id').where('id', '=', opportunityAreaId).executeTakeFirst();
    if (area === undefined) return 'not_found';
    const current = await trx.selectFrom('partnership_boards').selectAll().where('opportunity_area_id', '=', opportunityAreaId).executeTakeFirst();
    const before = current === undefined ? null : { chair: current.chair, chairNamedOn: current.chair_named_on, sourceNote: current.source_note };
    const after = { chair: change.chair, chairNamedOn: change.chairNamedOn, sourceNote: change.sourceNote };
    const changes = changedFields(before, after);
    if (Object.keys(changes).length === 0) return 'unchanged';
    const row = { chair: change.chair, chair_named_on: change.chairNamedOn, source_note: change.sourceNote };
    if (current === undefined) {
      await trx.insertInto('partnership_boards').values({ opportunity_area_id: opportunityAreaId, ...row }).execute();
    } else {
      await trx.updateTable('partnership_boards').set(row).where('opportunity_area_id', '=', opportunityAreaId).execute();
    }
    await recordAudit(trx, {
      actor,
      at: now().toISOString(),
      action: current === undefined ? 'board.create' : 'board.update',
      entityType: 'partnership_board',
      entityId: opportunityAreaId,
      summary: changes,
    });
    return 'changed';
  });
}
