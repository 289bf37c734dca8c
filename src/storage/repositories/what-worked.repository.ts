import { sql, type Kysely } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import type { Pence } from '../../domain/shared/money.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';
import { penceFromColumn } from './pence-from-column.ts';

export interface WhatWorkedEntry {
  readonly what: string;
  readonly where: string;
  readonly forWhom: string;
  readonly costPence: Pence | null;
  /** The Teaching and Learning Toolkit strand (or other evidence) it draws on. */
  readonly evidenceStrand: string;
  readonly result: string;
  readonly contact: string;
}

export interface StoredWhatWorkedEntry extends WhatWorkedEntry {
  readonly id: number;
  readonly areaId: string;
  readonly areaName: string;
  readonly createdAt: string;
}

/** Adds an entry to the what-worked library under an area, audited. */
export async function addWhatWorked(db: Kysely<Database>, areaId: string, entry: WhatWorkedEntry, actor: AuditActor, now: () => Date): Promise<'not_found' | { id: number }> {
  const area = await db.selectFrom('opportunity_areas').select('id').where('id', '=', areaId).executeTakeFirst();
  if (area === undefined) return 'not_found';
  return db.transaction().execute(async (trx) => {
    const at = now().toISOString();
    const { id } = await trx
      .insertInto('what_worked_entries')
      .values({
        opportunity_area_id: areaId, what: entry.what, where_done: entry.where, for_whom: entry.forWhom, cost_pence: entry.costPence,
        evidence_strand: entry.evidenceStrand, result: entry.result, contact: entry.contact, created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { actor, at, action: 'what_worked.create', entityType: 'what_worked', entityId: String(id), summary: { areaId, ...entry } });
    return { id };
  });
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Entries across every area, newest first; with `q`, only those where every word of `q` appears in what
 * was done, where, for whom, the evidence strand or the result (case ignored).
 */
export async function searchWhatWorked(db: Kysely<Database>, options: { q?: string; areaId?: string; limit?: number } = {}): Promise<StoredWhatWorkedEntry[]> {
  let query = db
    .selectFrom('what_worked_entries as w')
    .innerJoin('opportunity_areas as a', 'a.id', 'w.opportunity_area_id')
    .select(['w.id', 'w.opportunity_area_id', 'a.name', 'w.what', 'w.where_done', 'w.for_whom', 'w.cost_pence', 'w.evidence_strand', 'w.result', 'w.contact', 'w.created_at'])
    .orderBy('w.created_at', 'desc')
    .orderBy('w.id', 'desc');
  if (options.areaId !== undefined) query = query.where('w.opportunity_area_id', '=', options.areaId);
  const haystack = sql<string>`lower(w.what || ' ' || w.where_done || ' ' || w.for_whom || ' ' || w.evidence_strand || ' ' || w.result)`;
  for (const word of (options.q ?? '').toLowerCase().split(/\s+/).filter((w) => w !== '')) {
    query = query.where(sql<boolean>`${haystack} like ${`%${escapeLike(word)}%`} escape '\\'`);
  }
  if (options.limit !== undefined) query = query.limit(options.limit);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    areaId: r.opportunity_area_id,
    areaName: r.name,
    what: r.what,
    where: r.where_done,
    forWhom: r.for_whom,
    costPence: r.cost_pence === null ? null : penceFromColumn(r.cost_pence),
    evidenceStrand: r.evidence_strand,
    result: r.result,
    contact: r.contact,
    createdAt: r.created_at,
  }));
}
