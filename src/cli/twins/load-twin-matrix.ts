import type { Kysely } from 'kysely';
import type { Recipe } from '../../domain/social-mobility-index/index.ts';
import { loadTwinInputs, recipeFromIndicatorWeights, type TwinInputs } from '../../app/twinning/load-twin-inputs.ts';
import type { TwinTier } from '../../storage/repositories/twinning.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { UsageError } from '../failure.ts';
import { loadRecipeOrThrow } from '../index/load-recipe.ts';

/** The recipe (a shipped name, a file, or `--indicators`), with its problems as a usage error. */
export async function resolveTwinRecipeOrThrow(db: Kysely<Database>, options: { recipe: string; indicators?: string }): Promise<Recipe> {
  if (options.indicators === undefined) return loadRecipeOrThrow(db, options.recipe);
  const chosen = await recipeFromIndicatorWeights(db, options.indicators);
  if (!chosen.ok) throw new UsageError(`--indicators: ${chosen.error.join('; ')}`);
  return chosen.value;
}

/** The recipe resolved as above, then the tier's areas and matrix. */
export async function loadTwinInputsOrThrow(db: Kysely<Database>, options: { tier: TwinTier; recipe: string; indicators?: string }): Promise<TwinInputs> {
  return loadTwinInputs(db, { tier: options.tier, recipe: await resolveTwinRecipeOrThrow(db, options) });
}
