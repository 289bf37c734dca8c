import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { formatRecipeProblem, validateRecipe, type Recipe } from '../../domain/social-mobility-index/index.ts';
import type { Database } from '../../storage/schema.ts';
import { UsageError } from '../failure.ts';
import { PROJECT_ROOT } from '../paths.ts';

/** The recipes shipped in `recipes/`, by name. */
export const RECIPES_DIR = join(PROJECT_ROOT, 'recipes');

/**
 * Reads a recipe by name (a file in recipes/) or path, and checks it against the indicators loaded. Every
 * problem is reported with the field it is in, as a usage error (the recipe is what the user gave).
 */
export async function loadRecipeOrThrow(db: Kysely<Database>, nameOrPath: string): Promise<Recipe> {
  const shipped = join(RECIPES_DIR, `${nameOrPath}.json`);
  const path = existsSync(shipped) ? shipped : nameOrPath;
  if (!existsSync(path)) throw new UsageError(`There is no recipe called "${nameOrPath}": give a file, or one of the names in recipes/`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`The recipe ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const known = (await db.selectFrom('indicators').select('code').execute()).map((r) => r.code);
  const recipe = validateRecipe(json, known);
  if (!recipe.ok) {
    throw new UsageError(`The recipe ${path} has problems:\n${recipe.error.map((p) => `  ${formatRecipeProblem(p)}`).join('\n')}`);
  }
  return recipe.value;
}

export function indicatorCodesOf(recipe: Recipe): string[] {
  return recipe.stages.flatMap((s) => s.indicators.map((i) => i.code));
}
