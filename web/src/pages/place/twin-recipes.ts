/** The recipe neighbours are found by unless another is chosen: the cold-spot index's (methodology §11.1). */
export const DEFAULT_TWIN_RECIPE = 'proxy-district-2019';

/** The shipped recipes a page offers for neighbours, with what each compares on (methodology §11.12). */
export const TWIN_RECIPES = [
  { value: DEFAULT_TWIN_RECIPE, text: 'Outcomes and deprivation (the cold-spot index)', describes: 'on the indicators of the cold-spot index' },
  {
    value: 'context-upper-tier-2019',
    text: 'Context only: deprivation, poverty, population and pupils (like the DfE’s statistical neighbours)',
    describes: 'on context alone (deprivation, children in poverty, free school meals, population density and age, English as an additional language), not on results',
  },
] as const;

export type TwinRecipe = (typeof TWIN_RECIPES)[number]['value'];

/** A recipe name from a link, or the default when it is not one of those offered. */
export function twinRecipeOf(value: string | null | undefined): TwinRecipe {
  return TWIN_RECIPES.find((r) => r.value === value)?.value ?? DEFAULT_TWIN_RECIPE;
}

/** The words describing what `recipe` compares on, for the sentence above the neighbours. */
export function twinRecipeDescription(recipe: string): string {
  return TWIN_RECIPES.find((r) => r.value === recipe)?.describes ?? `on the indicators of the recipe ${recipe}`;
}
