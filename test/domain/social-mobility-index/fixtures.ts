import { unwrapOrThrow } from '../../../src/domain/shared/result.ts';
import { formatRecipeProblem, validateRecipe, type IndicatorValue, type Recipe } from '../../../src/domain/social-mobility-index/index.ts';

/** Builds a recipe from JSON through the validator, as an analyst's file would be. */
export function recipeFrom(json: unknown, known: readonly string[]): Recipe {
  const result = validateRecipe(json, known);
  return unwrapOrThrow(result.ok ? result : { ok: false, error: result.error.map(formatRecipeProblem).join('; ') });
}

/** Rows from `{ areaCode: { indicatorCode: value } }`; area names are the codes. */
export function valuesFrom(table: Record<string, Record<string, number | null>>): IndicatorValue[] {
  return Object.entries(table).flatMap(([areaCode, row]) => Object.entries(row).map(([indicatorCode, value]) => ({ areaCode, areaName: areaCode, indicatorCode, value })));
}

/**
 * The hand-worked example: 4 areas (P, Q, R, S), 2 stages.
 * - early: a1 (higher is better, weight 2), a2 (higher is WORSE, weight 1)
 * - school: b1 (higher is better, weight 1)
 */
export const WORKED_RECIPE_JSON = {
  name: 'Worked example',
  stages: [
    { id: 'early', name: 'Early years', indicators: [{ code: 'a1', polarity: 'higher_is_better', weight: 2 }, { code: 'a2', polarity: 'higher_is_worse', weight: 1 }] },
    { id: 'school', name: 'School', indicators: [{ code: 'b1', polarity: 'higher_is_better', weight: 1 }] },
  ],
  banding: { kind: 'quantiles', count: 2 },
};
export const WORKED_CODES = ['a1', 'a2', 'b1'];
export const WORKED_VALUES = {
  P: { a1: 10, a2: 5, b1: 60 },
  Q: { a1: 10, a2: 1, b1: 40 },
  R: { a1: 30, a2: 5, b1: 40 },
  S: { a1: 30, a2: 1, b1: 60 },
};
