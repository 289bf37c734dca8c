import type { Kysely } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';

export interface SavedRecipeVersion {
  readonly name: string;
  readonly version: number;
  /** The recipe as saved (JSON text). */
  readonly recipe: string;
  readonly note: string;
  readonly savedAt: string;
  readonly savedBy: string;
}

export interface SavedRecipeSummary {
  readonly name: string;
  readonly latestVersion: number;
  readonly savedAt: string;
  readonly savedBy: string;
  readonly note: string;
}

type Row = { name: string; version: number; recipe: string; note: string; saved_at: string; saved_by: string };
const toVersion = (row: Row): SavedRecipeVersion => ({
  name: row.name,
  version: row.version,
  recipe: row.recipe,
  note: row.note,
  savedAt: row.saved_at,
  savedBy: row.saved_by,
});

/**
 * Saves `recipe` (JSON text, already validated) as the next version of `name`, with an audit entry, in one
 * transaction. A recipe identical to the latest version is not saved again: that version comes back with
 * `created: false`, so saving twice changes nothing.
 */
export async function saveRecipeVersion(
  db: Kysely<Database>,
  input: { name: string; recipe: string; note: string },
  actor: AuditActor,
  now: () => Date,
): Promise<{ version: number; created: boolean }> {
  return db.transaction().execute(async (trx) => {
    const latest = await trx.selectFrom('index_recipes').select(['version', 'recipe']).where('name', '=', input.name).orderBy('version', 'desc').limit(1).executeTakeFirst();
    if (latest !== undefined && latest.recipe === input.recipe) return { version: latest.version, created: false };
    const version = latest === undefined ? 1 : latest.version + 1;
    const at = now().toISOString();
    await trx
      .insertInto('index_recipes')
      .values({ name: input.name, version, recipe: input.recipe, note: input.note, saved_at: at, saved_by_user_id: actor.userId, saved_by: actor.label })
      .execute();
    await recordAudit(trx, { actor, at, action: 'index_recipe.save', entityType: 'index_recipe', entityId: `${input.name}@${String(version)}`, summary: { note: input.note } });
    return { version, created: true };
  });
}

/** One saved version of `name`, or its latest when `version` is absent; undefined when there is none. */
export async function findRecipeVersion(db: Kysely<Database>, name: string, version?: number): Promise<SavedRecipeVersion | undefined> {
  let query = db.selectFrom('index_recipes').select(['name', 'version', 'recipe', 'note', 'saved_at', 'saved_by']).where('name', '=', name);
  query = version === undefined ? query.orderBy('version', 'desc').limit(1) : query.where('version', '=', version);
  const row = await query.executeTakeFirst();
  return row === undefined ? undefined : toVersion(row);
}

/** Every saved version of `name`, newest first. */
export async function listRecipeVersions(db: Kysely<Database>, name: string, limit?: number): Promise<SavedRecipeVersion[]> {
  let query = db.selectFrom('index_recipes').select(['name', 'version', 'recipe', 'note', 'saved_at', 'saved_by']).where('name', '=', name).orderBy('version', 'desc');
  if (limit !== undefined) query = query.limit(limit);
  const rows = await query.execute();
  return rows.map(toVersion);
}

/**
 * The saved recipes with their latest versions, the most recently saved first (then by name), at most `limit`
 * of them: the list grows with use, so it is read a bounded number at a time.
 */
export async function listRecentRecipes(db: Kysely<Database>, limit: number): Promise<SavedRecipeSummary[]> {
  const rows = await db
    .selectFrom('index_recipes as r')
    .select(['r.name', 'r.version', 'r.note', 'r.saved_at', 'r.saved_by'])
    .where('r.version', '=', (eb) => eb.selectFrom('index_recipes as v').select((v) => v.fn.max('v.version').as('latest')).whereRef('v.name', '=', 'r.name'))
    .orderBy('r.saved_at', 'desc')
    .orderBy('r.name')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ name: row.name, latestVersion: row.version, savedAt: row.saved_at, savedBy: row.saved_by, note: row.note }));
}

/** How many recipes are saved (each counted once, however many versions it has). */
export async function countSavedRecipes(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('index_recipes').select((eb) => eb.fn.count<string | number>('name').distinct().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}
