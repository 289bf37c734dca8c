import { api, reply, type Reply } from './http.ts';
import type { IndexResult } from './public-data-types.ts';

/** GET /api/index/recipes: one entry per shipped or saved recipe. */
export type RecipeSummary = Reply<'/api/index/recipes'>['items'][number];

/**
 * The recipe JSON as the editor works on it (docs/methodology.md §10.1); fields it does not edit pass through.
 * The API document leaves a recipe untyped on purpose: the server checks it field by field and names every
 * problem, so this is the editor's own model of it, not a mirror of a schema. A weight typed as something other than a number stays text, so the server names it as the problem.
 */
export interface EditableRecipe {
  name: string;
  description?: string;
  stages: { id: string; name: string; weight?: number; indicators: { code: string; polarity: 'higher_is_better' | 'higher_is_worse'; weight?: number | string; transform?: string }[] }[];
  coldSpot?: { bottomShare: number };
  [field: string]: unknown;
}

/** A recipe with its versions; `moreVersions` when older versions are saved than `versions` lists (the newest 100). */
export type RecipeDetail = Omit<Reply<'/api/index/recipes/{name}'>, 'recipe'> & { readonly recipe: EditableRecipe };

/** The shipped recipes and the 200 most recently saved; `more` says whether others were saved earlier. */
export async function getRecipes(signal: AbortSignal): Promise<Reply<'/api/index/recipes'>> {
  return reply(api.GET('/api/index/recipes', { signal }));
}

export async function getRecipe(name: string, signal: AbortSignal): Promise<RecipeDetail> {
  const detail = await reply(api.GET('/api/index/recipes/{name}', { params: { path: { name } }, signal }));
  // A shipped or saved recipe passed the server's checks, so it has the shape the editor works on.
  return { ...detail, recipe: detail.recipe as EditableRecipe };
}

export async function previewRecipe(recipe: EditableRecipe): Promise<IndexResult> {
  // openapi-fetch types replies through Readable<>, which widens a fixed pair (rankInterval) to an array.
  return (await reply(api.POST('/api/index/preview', { body: { recipe } }))) as IndexResult;
}

export async function saveRecipe(recipe: EditableRecipe, note: string): Promise<Reply<'/api/index/recipes', 'post'>> {
  return reply(api.POST('/api/index/recipes', { body: { recipe, note } }));
}
