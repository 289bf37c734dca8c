import { getJson, sendJson } from './http.ts';
import { withQuery } from './public-data-client.ts';
import type { IndexResult } from './public-data-types.ts';

/** GET /api/index/recipes: one entry per shipped or saved recipe. */
export interface RecipeSummary {
  readonly name: string;
  readonly source: 'shipped' | 'saved';
  readonly latestVersion: number | null;
  readonly savedAt: string | null;
  readonly savedBy: string | null;
  readonly note: string;
}

/**
 * The recipe JSON as the editor works on it (docs/methodology.md §10.1); fields it does not edit pass through.
 * A weight typed as something other than a number stays text, so the server names it as the problem.
 */
export interface EditableRecipe {
  name: string;
  description?: string;
  stages: { id: string; name: string; weight?: number; indicators: { code: string; polarity: 'higher_is_better' | 'higher_is_worse'; weight?: number | string; transform?: string }[] }[];
  coldSpot?: { bottomShare: number };
  [field: string]: unknown;
}

export interface RecipeDetail {
  readonly name: string;
  readonly source: 'shipped' | 'saved';
  readonly version: number | null;
  readonly recipe: EditableRecipe;
  readonly versions: readonly { version: number; savedAt: string; savedBy: string; note: string }[];
  /** Older versions are saved than `versions` lists (it holds the newest 100). */
  readonly moreVersions: boolean;
}

/** The shipped recipes and the 200 most recently saved; `more` says whether others were saved earlier. */
export async function getRecipes(signal: AbortSignal): Promise<{ items: readonly RecipeSummary[]; more: boolean }> {
  return (await getJson('/api/index/recipes', signal)) as { items: RecipeSummary[]; more: boolean };
}

export async function getRecipe(name: string, signal: AbortSignal): Promise<RecipeDetail> {
  return (await getJson(withQuery(`/api/index/recipes/${encodeURIComponent(name)}`, {}), signal)) as RecipeDetail;
}

export async function previewRecipe(recipe: EditableRecipe): Promise<IndexResult> {
  return (await sendJson('POST', '/api/index/preview', { recipe })) as IndexResult;
}

export async function saveRecipe(recipe: EditableRecipe, note: string): Promise<{ name: string; version: number; created: boolean }> {
  return (await sendJson('POST', '/api/index/recipes', { recipe, note })) as { name: string; version: number; created: boolean };
}
