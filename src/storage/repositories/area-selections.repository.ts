import type { Kysely } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';

export interface SavedSelection<Inputs, Decisions> {
  readonly name: string;
  readonly inputs: Inputs;
  readonly decisions: Decisions;
  readonly savedAt: string;
  readonly savedBy: string;
}

/**
 * Saves a named selection (what was asked and every decision with its reason) with an audit entry. A name
 * is used once: a selection is a record of a decision, so it is never overwritten; 'exists' says so.
 */
export async function saveSelection(
  db: Kysely<Database>,
  input: { name: string; inputs: unknown; decisions: unknown },
  actor: AuditActor,
  now: () => Date,
): Promise<'saved' | 'exists'> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('area_selections').select('id').where('name', '=', input.name).executeTakeFirst();
    if (existing !== undefined) return 'exists';
    const at = now().toISOString();
    await trx
      .insertInto('area_selections')
      .values({ name: input.name, inputs: JSON.stringify(input.inputs), decisions: JSON.stringify(input.decisions), saved_at: at, saved_by_user_id: actor.userId, saved_by: actor.label })
      .execute();
    await recordAudit(trx, { actor, at, action: 'area_selection.save', entityType: 'area_selection', entityId: input.name, summary: input.inputs });
    return 'saved';
  });
}

export async function findSelection(db: Kysely<Database>, name: string): Promise<SavedSelection<unknown, unknown> | undefined> {
  const row = await db.selectFrom('area_selections').select(['name', 'inputs', 'decisions', 'saved_at', 'saved_by']).where('name', '=', name).executeTakeFirst();
  if (row === undefined) return undefined;
  return { name: row.name, inputs: JSON.parse(row.inputs) as unknown, decisions: JSON.parse(row.decisions) as unknown, savedAt: row.saved_at, savedBy: row.saved_by };
}

export async function listSelections(db: Kysely<Database>, limit?: number): Promise<{ name: string; savedAt: string; savedBy: string; inputs: unknown }[]> {
  let query = db.selectFrom('area_selections').select(['name', 'inputs', 'saved_at', 'saved_by']).orderBy('saved_at', 'desc').orderBy('name');
  if (limit !== undefined) query = query.limit(limit);
  const rows = await query.execute();
  return rows.map((r) => ({ name: r.name, savedAt: r.saved_at, savedBy: r.saved_by, inputs: JSON.parse(r.inputs) as unknown }));
}

export async function countSelections(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('area_selections').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}
