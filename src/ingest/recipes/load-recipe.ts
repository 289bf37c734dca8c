import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { formatRecipeProblem, validateRecipe, type Recipe } from '../../domain/social-mobility-index/index.ts';
import { err, ok, type Result } from '../../domain/shared/result.ts';
import type { Database } from '../../storage/schema.ts';

/** The recipes shipped with the platform, by name, in the project's `recipes/` folder. */
export const RECIPES_DIR = fileURLToPath(new URL('../../../recipes/', import.meta.url));

/** The names of the shipped recipes. */
export function listShippedRecipes(): string[] {
  return ['proxy-district-2019', 'smc-2016'].filter((name) => existsSync(join(RECIPES_DIR, `${name}.json`)));
}

/**
 * Reads a recipe by shipped name or by path, and checks it against the indicators loaded. Problems come
 * back as sentences naming the field, e.g. `stages[0].indicators[1].weight: must be a number greater than 0`.
 */
export async function loadRecipe(db: Kysely<Database>, nameOrPath: string, options: { allowPaths: boolean }): Promise<Result<Recipe, string[]>> {
  const shipped = /^[a-z0-9-]+$/.test(nameOrPath) ? join(RECIPES_DIR, `${nameOrPath}.json`) : null;
  const path = shipped !== null && existsSync(shipped) ? shipped : options.allowPaths ? nameOrPath : null;
  if (path === null || !existsSync(path)) return err([`There is no recipe called "${nameOrPath}". Shipped recipes: ${listShippedRecipes().join(', ')}`]);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return err([`The recipe is not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const known = (await db.selectFrom('indicators').select('code').execute()).map((r) => r.code);
  const recipe = validateRecipe(json, known);
  return recipe.ok ? ok(recipe.value) : err(recipe.error.map(formatRecipeProblem));
}

export function indicatorCodesOf(recipe: Recipe): string[] {
  return recipe.stages.flatMap((s) => s.indicators.map((i) => i.code));
}
