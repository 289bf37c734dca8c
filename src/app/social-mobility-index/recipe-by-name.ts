import type { Recipe } from '../../domain/social-mobility-index/index.ts';
import { loadRecipe } from '../../ingest/recipes/load-recipe.ts';
import type { Services } from '../../storage/services/create-services.ts';
import type { ViewVersions } from '../computed-views/view-versions.ts';
import { ViewCache, viewKey } from '../computed-views/view-cache.ts';
import { appError, type AppError } from '../errors.ts';

/** Why a recipe asked for by name gives no answer: there is none by that name, or it cannot run on the data held. */
export type RecipeRefusal = Extract<AppError, { code: 'not_found' | 'recipe_not_runnable' }>;

export type RecipeByName = { readonly ok: true; readonly recipe: Recipe } | { readonly ok: false; readonly error: RecipeRefusal };

/** Names resolved, kept apart from the views so that names that are not recipes cannot push views out. */
const NAMES_KEPT = 64;

/**
 * A shipped or saved recipe by name, checked against the indicators loaded, kept per data and recipes
 * version: a saved recipe's plain name means its latest version, and a check depends on the indicators.
 * Only names: the API never reads a path it is given.
 */
export function recipesByName(services: Services): (name: string, versions: ViewVersions) => Promise<RecipeByName> {
  const kept = new ViewCache<RecipeByName>(NAMES_KEPT);
  return (name, versions) =>
    kept.get(viewKey(versions.data, versions.recipes, name), async () => {
      const loaded = await loadRecipe(services, name, { allowPaths: false });
      if (loaded.ok) return { ok: true, recipe: loaded.value };
      const message = loaded.error.join('; ');
      return { ok: false, error: appError(message.startsWith('There is no recipe') ? 'not_found' : 'recipe_not_runnable', message) };
    });
}
