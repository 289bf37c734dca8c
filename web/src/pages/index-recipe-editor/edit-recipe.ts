import type { EditableRecipe } from '../../api/index-recipes-client.ts';

type Polarity = 'higher_is_better' | 'higher_is_worse';

/**
 * Pure edits the recipe editor makes, each returning a new recipe (React state is never changed in place).
 * Fields the editor does not show (transforms, banding, exclusions) pass through untouched.
 */
export const editRecipe = {
  setName: (recipe: EditableRecipe, name: string): EditableRecipe => ({ ...recipe, name }),
  setDescription: (recipe: EditableRecipe, description: string): EditableRecipe => ({ ...recipe, description }),
  setColdSpotShare: (recipe: EditableRecipe, bottomShare: number): EditableRecipe => ({ ...recipe, coldSpot: { bottomShare } }),
  /** A weight as typed: a number when it reads as one, else the text itself, which the server refuses by name. */
  setWeight: (recipe: EditableRecipe, stage: number, indicator: number, typed: string): EditableRecipe =>
    updateIndicator(recipe, stage, indicator, (spec) => ({ ...spec, weight: /^\s*\d+(\.\d+)?\s*$/.test(typed) ? Number(typed) : typed })),
  setPolarity: (recipe: EditableRecipe, stage: number, indicator: number, polarity: Polarity): EditableRecipe =>
    updateIndicator(recipe, stage, indicator, (spec) => ({ ...spec, polarity })),
  removeIndicator: (recipe: EditableRecipe, stage: number, indicator: number): EditableRecipe => ({
    ...recipe,
    stages: recipe.stages.map((s, i) => (i === stage ? { ...s, indicators: s.indicators.filter((_, j) => j !== indicator) } : s)),
  }),
  addIndicator: (recipe: EditableRecipe, stage: number, code: string, polarity: Polarity): EditableRecipe => ({
    ...recipe,
    stages: recipe.stages.map((s, i) => (i === stage ? { ...s, indicators: [...s.indicators, { code, polarity, weight: 1 }] } : s)),
  }),
};

function updateIndicator(
  recipe: EditableRecipe,
  stage: number,
  indicator: number,
  change: (spec: EditableRecipe['stages'][number]['indicators'][number]) => EditableRecipe['stages'][number]['indicators'][number],
): EditableRecipe {
  return {
    ...recipe,
    stages: recipe.stages.map((s, i) => (i === stage ? { ...s, indicators: s.indicators.map((spec, j) => (j === indicator ? change(spec) : spec)) } : s)),
  };
}

/** The name an edited copy is saved under: a saved recipe keeps its name (a new version); a shipped one gets "-local". */
export function copyName(name: string, source: 'shipped' | 'saved'): string {
  return source === 'saved' ? name : `${name}-local`.slice(0, 60);
}
