import type { Kysely, Transaction } from 'kysely';
import type { AuditActor, AuditEntry } from '../../domain/access/index.ts';
import type { Database } from '../schema.ts';

export interface AuditRecord {
  readonly actor: AuditActor;
  readonly at: string;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly summary: unknown;
}

/** Writes one audit entry; pass the transaction that makes the change so both land or neither does. */
export async function recordAudit(db: Kysely<Database> | Transaction<Database>, record: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: record.at,
      actor_user_id: record.actor.userId,
      actor: record.actor.label,
      action: record.action,
      entity_type: record.entityType,
      entity_id: record.entityId,
      summary: JSON.stringify(record.summary ?? null),
    })
    .execute();
}

export interface AuditQuery {
  readonly limit?: number;
  readonly entityType?: string;
  readonly entityId?: string;
}

/** Newest first. */
export async function listAudit(db: Kysely<Database>, query: AuditQuery = {}): Promise<AuditEntry[]> {
  let select = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(Math.min(query.limit ?? 100, 1000));
  if (query.entityType !== undefined) select = select.where('entity_type', '=', query.entityType);
  if (query.entityId !== undefined) select = select.where('entity_id', '=', query.entityId);
  const rows = await select.execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    actorUserId: row.actor_user_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    summary: JSON.parse(row.summary) as unknown,
  }));
}
