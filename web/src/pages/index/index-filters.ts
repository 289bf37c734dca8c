import { withQuery } from '../../api/public-data-client.ts';

export const INDEX_RECIPES = ['proxy-district-2019', 'smc-2016'] as const;
export type IndexRecipe = (typeof INDEX_RECIPES)[number];

export const RECIPE_NAMES: Readonly<Record<IndexRecipe, string>> = {
  'proxy-district-2019': 'Proxy district index (2019)',
  'smc-2016': 'Social Mobility Commission index (2016)',
};

export const INDEX_SHOWS = ['all', 'cold', 'hot'] as const;
export type IndexShow = (typeof INDEX_SHOWS)[number];

export const SHOW_NAMES: Readonly<Record<IndexShow, string>> = {
  all: 'All districts',
  cold: 'Cold spots only',
  hot: 'Hot spots only',
};

/** The index page's choices, as its query string holds them. */
export interface IndexFilters {
  readonly recipe: IndexRecipe;
  readonly show: IndexShow;
}

/** `?recipe=smc-2016&show=cold` → { recipe: 'smc-2016', show: 'cold' }; anything unexpected falls back to the default. */
export function parseIndexFilters(search: string): IndexFilters {
  const params = new URLSearchParams(search);
  return {
    recipe: INDEX_RECIPES.find((recipe) => recipe === params.get('recipe')) ?? 'proxy-district-2019',
    show: INDEX_SHOWS.find((show) => show === params.get('show')) ?? 'all',
  };
}

export function indexPagePath(filters: IndexFilters): string {
  return withQuery('/index', {
    recipe: filters.recipe === 'proxy-district-2019' ? undefined : filters.recipe,
    show: filters.show === 'all' ? undefined : filters.show,
  });
}
