import { withQuery } from '../../api/public-data-client.ts';
import type { RecipeSummary } from '../../api/index-recipes-client.ts';

export const DEFAULT_RECIPE = 'proxy-district-2019';

/** What the shipped recipes are called on screen; saved recipes go by their own names. */
export const RECIPE_NAMES: Readonly<Record<string, string>> = {
  'proxy-district-2019': 'Proxy district index (2019)',
  'smc-2016': 'Social Mobility Commission index (2016)',
};

/** A recipe as the API names one: `proxy-district-2019`, a saved `my-index`, or a saved version `my-index@2`. */
const RECIPE_REF = /^[a-z0-9][a-z0-9-]{0,59}(@[1-9]\d{0,5})?$/;

/** How a recipe reads in the choice of recipes: "Proxy district index (2019)", "my-index (saved, version 3)". */
export function describeRecipe(recipe: RecipeSummary): string {
  if (recipe.source === 'shipped') return RECIPE_NAMES[recipe.name] ?? recipe.name;
  return `${recipe.name} (saved, version ${String(recipe.latestVersion ?? 1)})`;
}

export const INDEX_SHOWS = ['all', 'cold', 'hot'] as const;
export type IndexShow = (typeof INDEX_SHOWS)[number];

export const SHOW_NAMES: Readonly<Record<IndexShow, string>> = {
  all: 'All districts',
  cold: 'Cold spots only',
  hot: 'Hot spots only',
};

/** The index page's choices, as its query string holds them. */
export interface IndexFilters {
  readonly recipe: string;
  readonly show: IndexShow;
}

/** `?recipe=smc-2016&show=cold` → { recipe: 'smc-2016', show: 'cold' }; anything unexpected falls back to the default. */
export function parseIndexFilters(search: string): IndexFilters {
  const params = new URLSearchParams(search);
  const recipe = params.get('recipe') ?? '';
  return {
    recipe: RECIPE_REF.test(recipe) ? recipe : DEFAULT_RECIPE,
    show: INDEX_SHOWS.find((show) => show === params.get('show')) ?? 'all',
  };
}

export function indexPagePath(filters: IndexFilters): string {
  return withQuery('/index', {
    recipe: filters.recipe === DEFAULT_RECIPE ? undefined : filters.recipe,
    show: filters.show === 'all' ? undefined : filters.show,
  });
}
