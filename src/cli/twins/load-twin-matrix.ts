import type { Recipe } from '../../domain/social-mobility-index/index.ts';
import { loadTwinInputs, recipeFromIndicatorWeights, type TwinInputs, type TwinTier } from '../../app/twinning/load-twin-inputs.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { UsageError } from '../failure.ts';
import { loadRecipeOrThrow } from '../index/load-recipe.ts';

/** The recipe (a shipped name, a file, or `--indicators`), with its problems as a usage error. */
export async function resolveTwinRecipeOrThrow(services: Services, options: { recipe: string; indicators?: string }): Promise<Recipe> {
  if (options.indicators === undefined) return loadRecipeOrThrow(services, options.recipe);
  const chosen = await recipeFromIndicatorWeights(services, options.indicators);
  if (!chosen.ok) throw new UsageError(`--indicators: ${chosen.error.join('; ')}`);
  return chosen.value;
}

/** The recipe resolved as above, then the tier's areas and matrix. */
export async function loadTwinInputsOrThrow(services: Services, options: { tier: TwinTier; recipe: string; indicators?: string }): Promise<TwinInputs> {
  return loadTwinInputs(services, { tier: options.tier, recipe: await resolveTwinRecipeOrThrow(services, options) });
}
