import type { Recipe } from './recipe.ts';
import { percentileRanks, zScores } from './transform-indicator.ts';

/** One published figure for one area; `null` (or a non-finite number) means missing. */
export interface IndicatorValue {
  readonly areaCode: string;
  readonly areaName: string;
  readonly indicatorCode: string;
  readonly value: number | null;
}

export interface ExcludedArea {
  readonly areaCode: string;
  readonly areaName: string;
  readonly reason: string;
}

/** A recipe's indicator laid out as one column of the transformed matrix. */
export interface PreparedColumn {
  readonly code: string;
  readonly stageIndex: number;
  readonly weight: number;
  /** Mean of the transformed column over the areas that have it: 0 for z-scores, 50 for percentile ranks. */
  readonly mean: number;
}

/**
 * Everything about an index that does not depend on the weights: which areas are scored, and each
 * indicator transformed across them. Weights only enter at `scoreAreas`, which is what makes
 * rank stability cheap (docs/methodology.md §10.8).
 */
export interface PreparedIndex {
  readonly recipe: Recipe;
  readonly areas: readonly { readonly code: string; readonly name: string }[];
  readonly excluded: readonly ExcludedArea[];
  readonly columns: readonly PreparedColumn[];
  /** Each stage's share of the overall score; they sum to 1. */
  readonly stageShares: Float64Array;
  /** areas.length × columns.length, row-major; NaN where the area has no value. */
  readonly transformed: Float64Array;
}

/**
 * Lays the values out by area and indicator, applies exclusions and the missing-value rule, and
 * transforms each indicator across the areas that remain. Rows for indicators outside the recipe are
 * ignored; if an area repeats an indicator, the last row wins (ingest keeps them unique).
 */
export function prepareIndex(recipe: Recipe, values: readonly IndicatorValue[]): PreparedIndex {
  const columnsSpec = recipe.stages.flatMap((stage, stageIndex) => stage.indicators.map((indicator) => ({ indicator, stageIndex })));
  const columnOf = new Map(columnsSpec.map((c, i) => [c.indicator.code, i]));
  const byArea = new Map<string, { name: string; row: (number | null)[] }>();
  for (const v of values) {
    let area = byArea.get(v.areaCode);
    if (area === undefined) {
      area = { name: v.areaName, row: columnsSpec.map(() => null) };
      byArea.set(v.areaCode, area);
    }
    const column = columnOf.get(v.indicatorCode);
    if (column !== undefined) area.row[column] = v.value !== null && Number.isFinite(v.value) ? v.value : null;
  }

  const excludedCodes = new Set(recipe.exclusions);
  const excluded: ExcludedArea[] = [];
  const kept: { code: string; name: string; row: (number | null)[] }[] = [];
  for (const [code, { name, row }] of byArea) {
    const reason = exclusionReason(recipe, excludedCodes.has(code), row, columnsSpec);
    if (reason === null) kept.push({ code, name, row });
    else excluded.push({ areaCode: code, areaName: name, reason });
  }

  const m = columnsSpec.length;
  const transformed = new Float64Array(kept.length * m);
  const columns: PreparedColumn[] = columnsSpec.map(({ indicator, stageIndex }, j) => {
    const oriented = kept.map(({ row }) => {
      const x = row[j] ?? null;
      return x === null ? null : indicator.polarity === 'higher_is_worse' ? -x : x;
    });
    const scaled = indicator.transform === 'z_score' ? zScores(oriented) : percentileRanks(oriented);
    let sum = 0;
    let count = 0;
    scaled.forEach((t, a) => {
      transformed[a * m + j] = t ?? Number.NaN;
      if (t !== null) {
        sum += t;
        count += 1;
      }
    });
    return { code: indicator.code, stageIndex, weight: indicator.weight, mean: count === 0 ? 0 : sum / count };
  });

  const stageWeights = recipe.stages.map((stage) => (recipe.combine === 'weighted_mean' ? stage.weight : 1));
  const totalStageWeight = stageWeights.reduce((a, b) => a + b, 0);
  const stageShares = Float64Array.from(stageWeights, (w) => w / totalStageWeight);
  return { recipe, areas: kept.map(({ code, name }) => ({ code, name })), excluded, columns, stageShares, transformed };
}

function exclusionReason(recipe: Recipe, listed: boolean, row: readonly (number | null)[], columns: readonly { indicator: { code: string }; stageIndex: number }[]): string | null {
  if (listed) return 'excluded by the recipe';
  const missing = columns.filter((_, j) => row[j] === null || row[j] === undefined);
  if (recipe.missing === 'exclude') {
    return missing.length === 0 ? null : `no value for indicator ${missing.map((c) => `"${c.indicator.code}"`).join(', ')}`;
  }
  const emptyStage = recipe.stages.find((stage, s) => columns.every((c, j) => c.stageIndex !== s || row[j] === null || row[j] === undefined));
  return emptyStage === undefined ? null : `no value for any indicator in stage "${emptyStage.id}"`;
}

/**
 * Stage and overall scores for every prepared area under the given per-column weights
 * (docs/methodology.md §10.3–§10.4): stage score = Σ wᵢtᵢ / Σ wᵢ over the indicators the area has;
 * overall = Σ shareₛ × stage scoreₛ. `stageScores` is areas × stages, row-major.
 */
export function scoreAreas(prepared: PreparedIndex, weights: ArrayLike<number>, scores = new Float64Array(prepared.areas.length), stageScores?: Float64Array): Float64Array {
  const { columns, transformed, stageShares } = prepared;
  const m = columns.length;
  const stageCount = stageShares.length;
  const weightedSums = new Float64Array(stageCount);
  const weightTotals = new Float64Array(stageCount);
  for (let a = 0; a < prepared.areas.length; a += 1) {
    weightedSums.fill(0);
    weightTotals.fill(0);
    for (let j = 0; j < m; j += 1) {
      const t = transformed[a * m + j] ?? Number.NaN;
      if (Number.isNaN(t)) continue;
      const s = columns[j]?.stageIndex ?? 0;
      const w = weights[j] ?? 0;
      weightedSums[s] = (weightedSums[s] ?? 0) + w * t;
      weightTotals[s] = (weightTotals[s] ?? 0) + w;
    }
    let score = 0;
    for (let s = 0; s < stageCount; s += 1) {
      const stageScore = (weightedSums[s] ?? 0) / (weightTotals[s] ?? 1);
      if (stageScores !== undefined) stageScores[a * stageCount + s] = stageScore;
      score += (stageShares[s] ?? 0) * stageScore;
    }
    scores[a] = score;
  }
  return scores;
}
