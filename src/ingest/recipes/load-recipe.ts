import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatRecipeProblem, validateRecipe, type Recipe } from '../../domain/social-mobility-index/index.ts';
import { err, ok, type Result } from '../../domain/shared/result.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { PROJECT_ROOT } from '../runtime/project-root.ts';

/** How many saved recipes an unknown-recipe message names (the most recently saved). */
const NAMED_IN_ERROR = 20;

/** The recipes shipped with the platform, by name, in the project's `recipes/` folder. */
export const RECIPES_DIR = join(PROJECT_ROOT, 'recipes') + '/';

/** The names of the shipped recipes. */
export function listShippedRecipes(): string[] {
  return ['proxy-district-2019', 'smc-2016', 'context-upper-tier-2019'].filter((name) => existsSync(join(RECIPES_DIR, `${name}.json`)));
}

/**
 * Shipped recipes made for statistical neighbours only (docs/methodology.md §11.12): they describe context,
 * so a ranking by them means nothing, and the lists of index recipes leave them out.
 */
export const NEIGHBOURS_ONLY_RECIPES: readonly string[] = ['context-upper-tier-2019'];

/** The shipped recipes offered for ranking: every shipped recipe but those for neighbours only. */
export function listShippedIndexRecipes(): string[] {
  return listShippedRecipes().filter((name) => !NEIGHBOURS_ONLY_RECIPES.includes(name));
}

/** A recipe's name: lower-case letters, digits and hyphens, as in `proxy-district-2019`. */
export const RECIPE_NAME = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** `name@3`: version 3 of a saved recipe. */
const VERSIONED = /^([a-z0-9][a-z0-9-]{0,59})@([1-9]\d{0,5})$/;

/**
 * The recipe's JSON, found by name: `name@N` is version N of a saved recipe; a plain name is the shipped
 * recipe of that name, else the latest saved version; anything else is a file path when `allowPaths`.
 */
async function findRecipeJson(services: Services, nameOrPath: string, allowPaths: boolean): Promise<Result<string, string[]>> {
  const versioned = VERSIONED.exec(nameOrPath);
  if (versioned !== null) {
    const [, name = '', version = ''] = versioned;
    const saved = await services.indexRecipes.findRecipeVersion(name, Number(version));
    return saved === undefined ? err([`There is no version ${version} of a saved recipe called "${name}"`]) : ok(saved.recipe);
  }
  if (RECIPE_NAME.test(nameOrPath)) {
    const shipped = join(RECIPES_DIR, `${nameOrPath}.json`);
    if (existsSync(shipped)) return ok(readFileSync(shipped, 'utf8'));
    const saved = await services.indexRecipes.findRecipeVersion(nameOrPath);
    if (saved !== undefined) return ok(saved.recipe);
  }
  if (allowPaths && existsSync(nameOrPath)) return ok(readFileSync(nameOrPath, 'utf8'));
  // The newest saved names only: the message stays short however many recipes are saved.
  const saved = (await services.indexRecipes.listRecentRecipes(NAMED_IN_ERROR + 1)).map((r) => r.name);
  const known = [...listShippedRecipes(), ...saved.slice(0, NAMED_IN_ERROR)].join(', ') + (saved.length > NAMED_IN_ERROR ? ' and others saved earlier' : '');
  return err([`There is no recipe called "${nameOrPath}". Recipes: ${known}`]);
}

/**
 * Reads a recipe by shipped or saved name (`name`, `name@version`) or, where allowed, by path, and checks it
 * against the indicators loaded. Problems come back as sentences naming the field, e.g.
 * `stages[0].indicators[1].weight: must be a number greater than 0`.
 */
export async function loadRecipe(services: Services, nameOrPath: string, options: { allowPaths: boolean }): Promise<Result<Recipe, string[]>> {
  const found = await findRecipeJson(services, nameOrPath, options.allowPaths);
  if (!found.ok) return found;
  let json: unknown;
  try {
    json = JSON.parse(found.value);
  } catch (error) {
    return err([`The recipe is not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return checkRecipe(services, json);
}

/** Checks recipe JSON against the indicators loaded, every problem naming its field. */
export async function checkRecipe(services: Pick<Services, 'indicators'>, json: unknown): Promise<Result<Recipe, string[]>> {
  const recipe = validateRecipe(json, await services.indicators.indicatorCodes());
  return recipe.ok ? ok(recipe.value) : err(recipe.error.map(formatRecipeProblem));
}

export function indicatorCodesOf(recipe: Recipe): string[] {
  return recipe.stages.flatMap((s) => s.indicators.map((i) => i.code));
}

/**
 * The reference that will always mean the recipe `nameOrPath` means now: a saved recipe's plain name
 * becomes `name@latest-version`; shipped names, versioned names and paths are kept as they are.
 */
export async function pinRecipeRef(services: Pick<Services, 'indexRecipes'>, nameOrPath: string): Promise<string> {
  if (!RECIPE_NAME.test(nameOrPath) || listShippedRecipes().includes(nameOrPath)) return nameOrPath;
  const saved = await services.indexRecipes.findRecipeVersion(nameOrPath);
  return saved === undefined ? nameOrPath : `${saved.name}@${String(saved.version)}`;
}
