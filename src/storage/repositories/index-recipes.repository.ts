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
export async function listRecipeVersions(db: Kysely<Database>, name: string): Promise<SavedRecipeVersion[]> {
  const rows = await db.selectFrom('index_recipes').select(['name', 'version', 'recipe', 'note', 'saved_at', 'saved_by']).where('name', '=', name).orderBy('version', 'desc').execute();
  return rows.map(toVersion);
}

/** Each saved recipe with its latest version, by name. */
export async function listSavedRecipes(db: Kysely<Database>): Promise<SavedRecipeSummary[]> {
  const rows = await db.selectFrom('index_recipes').select(['name', 'version', 'note', 'saved_at', 'saved_by']).orderBy('name').orderBy('version', 'desc').execute();
  const latest = new Map<string, SavedRecipeSummary>();
  for (const row of rows) {
    if (!latest.has(row.name)) latest.set(row.name, { name: row.name, latestVersion: row.version, savedAt: row.saved_at, savedBy: row.saved_by, note: row.note });
  }
  return [...latest.values()];
}
