import type { Recipe } from '../../domain/social-mobility-index/index.ts';
import { loadRecipe } from '../../ingest/recipes/load-recipe.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { UsageError } from '../failure.ts';

export { indicatorCodesOf } from '../../ingest/recipes/load-recipe.ts';

/** A recipe by shipped name or file path; its problems, each naming its field, are a usage error. */
export async function loadRecipeOrThrow(services: Services, nameOrPath: string): Promise<Recipe> {
  const recipe = await loadRecipe(services, nameOrPath, { allowPaths: true });
  if (!recipe.ok) {
    const [only] = recipe.error;
    throw new UsageError(
      recipe.error.length === 1 && only !== undefined ? only : `The recipe ${nameOrPath} has problems:\n${recipe.error.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  return recipe.value;
}
