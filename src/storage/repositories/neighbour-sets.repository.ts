import type { Kysely, Selectable } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import type { SavedList } from '../../domain/twinning/index.ts';
import type { Database } from '../schema.ts';
import type { NeighbourSetsTable } from '../schema-twinning.ts';
import { recordAudit } from './audit.repository.ts';

export interface NeighbourSetSummary {
  readonly id: number;
  readonly name: string;
  readonly tier: string;
  readonly recipeName: string;
  readonly options: { readonly k: number; readonly excludeOpportunityAreas: boolean; readonly sameRegion: boolean };
  /** Each indicator's period: the data vintage. */
  readonly vintage: Readonly<Record<string, string>>;
  readonly checksum: string;
  readonly areaCount: number;
  readonly savedAt: string;
  readonly savedBy: string;
}

export interface SavedEntry {
  readonly code: string;
  readonly distance: number;
  readonly band: string;
  readonly reciprocal: boolean;
}

export interface NeighbourSetToSave {
  readonly name: string;
  readonly tier: string;
  readonly recipeName: string;
  /** The recipe exactly as used, to be stored as JSON. */
  readonly recipe: unknown;
  readonly options: NeighbourSetSummary['options'];
  readonly vintage: Readonly<Record<string, string>>;
  readonly checksum: string;
  readonly lists: readonly { readonly areaCode: string; readonly neighbours: readonly SavedEntry[] }[];
}

// 7 values a row: well inside both engines' limits on bound parameters.
const BATCH = 1000;

/** Saves a neighbour set and every list in it, with an audit entry, in one transaction; returns its id. */
export async function saveNeighbourSet(db: Kysely<Database>, set: NeighbourSetToSave, at: string, actor: AuditActor): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('neighbour_sets')
      .values({
        name: set.name,
        tier: set.tier,
        recipe_name: set.recipeName,
        recipe: JSON.stringify(set.recipe),
        options: JSON.stringify(set.options),
        vintage: JSON.stringify(set.vintage),
        checksum: set.checksum,
        area_count: set.lists.length,
        saved_at: at,
        saved_by: actor.label,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows = set.lists.flatMap((l) =>
      l.neighbours.map((n, i) => ({ set_id: id, area_code: l.areaCode, rank: i + 1, neighbour_code: n.code, distance: n.distance, band: n.band, reciprocal: n.reciprocal ? 1 : 0 })),
    );
    for (let start = 0; start < rows.length; start += BATCH) await trx.insertInto('neighbour_set_entries').values(rows.slice(start, start + BATCH)).execute();
    await recordAudit(trx, {
      actor,
      at,
      action: 'twins.save',
      entityType: 'neighbour_set',
      entityId: String(id),
      summary: { name: set.name, tier: set.tier, recipe: set.recipeName, areas: set.lists.length, vintage: set.vintage },
    });
    return id;
  });
}

function summaryOf(row: Selectable<NeighbourSetsTable>): NeighbourSetSummary {
  return {
    id: row.id,
    name: row.name,
    tier: row.tier,
    recipeName: row.recipe_name,
    options: JSON.parse(row.options) as NeighbourSetSummary['options'],
    vintage: JSON.parse(row.vintage) as Record<string, string>,
    checksum: row.checksum,
    areaCount: row.area_count,
    savedAt: row.saved_at,
    savedBy: row.saved_by,
  };
}

/** Every saved neighbour set, newest first. */
export async function listNeighbourSets(db: Kysely<Database>): Promise<NeighbourSetSummary[]> {
  const rows = await db.selectFrom('neighbour_sets').selectAll().orderBy('id', 'desc').execute();
  return rows.map(summaryOf);
}

/** One saved set with every area's list, nearest first; null when there is no such set. */
export async function getNeighbourSet(db: Kysely<Database>, id: number): Promise<{ summary: NeighbourSetSummary; lists: (SavedList & { entries: SavedEntry[] })[] } | null> {
  const row = await db.selectFrom('neighbour_sets').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return null;
  const entries = await db.selectFrom('neighbour_set_entries').selectAll().where('set_id', '=', id).orderBy('area_code').orderBy('rank').execute();
  const lists = new Map<string, SavedEntry[]>();
  for (const e of entries) {
    const list = lists.get(e.area_code) ?? [];
    list.push({ code: e.neighbour_code, distance: e.distance, band: e.band, reciprocal: e.reciprocal === 1 });
    lists.set(e.area_code, list);
  }
  return { summary: summaryOf(row), lists: [...lists].map(([areaCode, list]) => ({ areaCode, neighbours: list.map((n) => n.code), entries: list })) };
}

/** The recipe a saved set was made with, as the JSON text stored (checked by whoever runs it again). */
export async function neighbourSetRecipeText(db: Kysely<Database>, id: number): Promise<string> {
  return (await db.selectFrom('neighbour_sets').select('recipe').where('id', '=', id).executeTakeFirstOrThrow()).recipe;
}
