import type { AuditActor } from '../../domain/access/index.ts';
import { err, ok, type Result } from '../../domain/shared/result.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { checkRecipe, listShippedRecipes, RECIPE_NAME } from './load-recipe.ts';

/**
 * Saves recipe JSON as the next version of the recipe its `name` field names, after checking it as any
 * recipe is checked; a shipped recipe's name is refused (shipped recipes change only with the platform).
 * Saving a recipe identical to its latest version saves nothing and returns that version.
 */
export async function saveRecipe(
  services: Services,
  json: unknown,
  note: string,
  actor: AuditActor,
  now: () => Date,
): Promise<Result<{ name: string; version: number; created: boolean }, string[]>> {
  const checked = await checkRecipe(services, json);
  if (!checked.ok) return checked;
  const { name } = checked.value;
  if (!RECIPE_NAME.test(name)) return err([`name: use lower-case letters, digits and hyphens only, up to 60 characters, like "proxy-district-2025" (got "${name}")`]);
  if (listShippedRecipes().includes(name)) return err([`name: "${name}" is a shipped recipe; save your version under a new name, like "${name}-local"`]);
  const saved = await services.indexRecipes.saveRecipeVersion({ name, recipe: JSON.stringify(json, null, 2), note: note.trim() }, actor, now);
  return ok({ name, ...saved });
}
