import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder, type Transaction } from 'kysely';
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
  /** Entries to skip (newest first) before the first returned: paging. */
  readonly offset?: number;
  /** Part of the actor's label (an email, `cli`, `system`), any case. */
  readonly actor?: string;
  /** An action (`board.update`), or a family of them ending in a dot (`careers.`). */
  readonly action?: string;
  readonly entityType?: string;
  readonly entityId?: string;
  /** An Opportunity Area id: entries about the area itself (a board) or something in it (`blackpool/<measure>`). */
  readonly area?: string;
  /** ISO date or timestamp: entries at or after it. */
  readonly from?: string;
  /** ISO date (`2026-12-07`, taken as the whole day) or timestamp: entries at or before it. */
  readonly to?: string;
}

/**
 * The query's filters (all but limit and offset) applied to a select from the audit log. `actors`: the
 * labels the actor filter matches (see `actorsMatching`), so the log is searched through its actor index.
 */
function filtered<O>(select: SelectQueryBuilder<Database, 'audit_log', O>, query: AuditQuery, actors: readonly string[] | undefined): SelectQueryBuilder<Database, 'audit_log', O> {
  let out = select;
  if (actors !== undefined) out = actors.length === 0 ? out.where(sql<boolean>`1 = 0`) : out.where('actor', 'in', actors);
  const action = query.action;
  if (action !== undefined) out = action.endsWith('.') ? out.where(sql<string>`substr(action, 1, ${action.length})`, '=', action) : out.where('action', '=', action);
  if (query.entityType !== undefined) out = out.where('entity_type', '=', query.entityType);
  if (query.entityId !== undefined) out = out.where('entity_id', '=', query.entityId);
  const area = query.area;
  if (area !== undefined) out = out.where((eb) => eb.or([eb('entity_id', '=', area), eb(sql<string>`substr(entity_id, 1, ${area.length + 1})`, '=', `${area}/`)]));
  if (query.from !== undefined) out = out.where('at', '>=', query.from);
  if (query.to !== undefined) out = out.where('at', '<=', /^\d{4}-\d{2}-\d{2}$/.test(query.to) ? `${query.to}T23:59:59.999Z` : query.to);
  return out;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The distinct actor labels holding `part`, any case. A few people make thousands of entries, so rather
 * than test every entry's label this steps through the actor index one label at a time (each step the
 * smallest label after the last: one index probe per person), then tests each label once.
 */
export function actorsMatchingQuery(part: string): RawBuilder<{ actor: string }> {
  const pattern = `%${escapeLike(part.toLowerCase())}%`;
  return sql<{ actor: string }>`with recursive actors(actor) as (
    select min(actor) from audit_log
    union all
    select (select min(later.actor) from audit_log later where later.actor > actors.actor) from actors where actors.actor is not null
  )
  select actor from actors where actor is not null and lower(actor) like ${pattern} escape '\\'`;
}

async function actorsMatching(db: Kysely<Database>, part: string | undefined): Promise<string[] | undefined> {
  if (part === undefined) return undefined;
  const { rows } = await actorsMatchingQuery(part).execute(db);
  return rows.map((row) => row.actor);
}

/** The two queries of a page of the audit log: its entries (newest first, at most 1,000) and how many match. */
export async function auditPageQueries(db: Kysely<Database>, query: AuditQuery = {}) {
  const actors = await actorsMatching(db, query.actor);
  return {
    entries: filtered(db.selectFrom('audit_log').selectAll(), query, actors)
      .orderBy('id', 'desc')
      .limit(Math.min(query.limit ?? 100, 1000))
      .offset(query.offset ?? 0),
    count: filtered(db.selectFrom('audit_log'), query, actors).select((eb) => eb.fn.countAll<number | string | bigint>().as('n')),
  };
}

/** Newest first, at most 1,000. */
export async function listAudit(db: Kysely<Database>, query: AuditQuery = {}): Promise<AuditEntry[]> {
  const rows = await (await auditPageQueries(db, query)).entries.execute();
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

/** How many entries match the query's filters (limit and offset aside). */
export async function countAudit(db: Kysely<Database>, query: AuditQuery = {}): Promise<number> {
  const row = await (await auditPageQueries(db, query)).count.executeTakeFirstOrThrow();
  return Number(row.n);
}
