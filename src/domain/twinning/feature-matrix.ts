import { prepareIndex, type ExcludedArea, type IndicatorValue, type Recipe } from '../social-mobility-index/index.ts';
import type { TwinArea } from './area.ts';

/** One column of the matrix: an indicator and its weight in the distance (all weights sum to 1). */
export interface FeatureColumn {
  readonly code: string;
  readonly weight: number;
}

/**
 * The areas to compare, each a row of z-scores over a recipe's indicators (docs/methodology.md §11.1).
 * Rows are in GSS-code order whatever the order of the input, so results never depend on it.
 */
export interface FeatureMatrix {
  readonly areas: readonly TwinArea[];
  readonly excluded: readonly ExcludedArea[];
  readonly columns: readonly FeatureColumn[];
  /** areas × columns, row-major: z-scores, a missing value filled with the column mean (0). */
  readonly standardised: Float64Array;
  /** areas × columns, row-major: the values as published; NaN where missing. */
  readonly raw: Float64Array;
}

/**
 * Standardises a recipe's indicators over the areas with values and weights them as the index does:
 * indicator i in stage s weighs shareₛ × wᵢ ÷ Σ w over stage s, so the weights sum to 1. Areas are kept or
 * left out exactly as the index keeps them (recipe exclusions, `missing: exclude`, or a stage with no
 * value); a kept area's missing value is filled with the indicator's mean, z = 0, which adds nothing to
 * the area's difference from others on that indicator beyond the other area's own distance from the mean.
 * Twins always use z-scores, whatever transform the recipe gives the index, so every indicator is on
 * the same scale. `areas` supplies region and Opportunity Area; an area with values but no entry there
 * has neither, and an area there with no values at all is listed as excluded, saying so.
 *
 * @example buildFeatureMatrix(recipe, values, areas).columns → [{ code: 'ks4_attainment8', weight: 0.1667 }, …]
 */
export function buildFeatureMatrix(recipe: Recipe, values: readonly IndicatorValue[], areas: readonly TwinArea[]): FeatureMatrix {
  const zRecipe: Recipe = { ...recipe, stages: recipe.stages.map((stage) => ({ ...stage, indicators: stage.indicators.map((i) => ({ ...i, transform: 'z_score' as const })) })) };
  const sorted = [...values].sort((a, b) => compareCodes(a.areaCode, b.areaCode) || compareCodes(a.indicatorCode, b.indicatorCode));
  const prepared = prepareIndex(zRecipe, sorted);
  const m = prepared.columns.length;
  const stageTotals = recipe.stages.map((stage) => stage.indicators.reduce((sum, i) => sum + i.weight, 0));
  const columns = prepared.columns.map((c) => ({ code: c.code, weight: ((prepared.stageShares[c.stageIndex] ?? 0) * c.weight) / (stageTotals[c.stageIndex] ?? 1) }));

  const known = new Map(areas.map((a) => [a.code, a]));
  const columnOf = new Map(columns.map((c, j) => [c.code, j]));
  const rowOf = new Map(prepared.areas.map((a, r) => [a.code, r]));
  const raw = new Float64Array(prepared.areas.length * m).fill(Number.NaN);
  for (const v of sorted) {
    const r = rowOf.get(v.areaCode);
    const j = columnOf.get(v.indicatorCode);
    if (r !== undefined && j !== undefined && v.value !== null && Number.isFinite(v.value)) raw[r * m + j] = v.value;
  }
  const standardised = prepared.transformed.map((t) => (Number.isNaN(t) ? 0 : t));
  return {
    areas: prepared.areas.map((a) => known.get(a.code) ?? { code: a.code, name: a.name, regionCode: null, opportunityArea: null }),
    excluded: [
      ...prepared.excluded,
      ...areas
        .filter((a) => !rowOf.has(a.code) && !prepared.excluded.some((x) => x.areaCode === a.code))
        .map((a) => ({ areaCode: a.code, areaName: a.name, reason: recipe.exclusions.includes(a.code) ? 'excluded by the recipe' : 'no value for any of these indicators' })),
    ].sort((x, y) => compareCodes(x.areaCode, y.areaCode)),
    columns,
    standardised,
    raw,
  };
}

/** Plain code-point order, the same on every machine (no locale). */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
