import { prepareIndex, scoreAreas, type IndicatorValue } from './prepare-index.ts';
import { isColdSpot, rankScores, spotCount } from './rank-scores.ts';
import type { Recipe } from './recipe.ts';
import { seededRandom } from './seeded-random.ts';
import { runToEnd, type Steps } from '../shared/steps.ts';

export interface StabilityOptions {
  /** PRNG seed (mulberry32); the same seed gives the same result. */
  readonly seed: number;
  /** Number of perturbed recomputations; default 1,000. */
  readonly draws?: number;
  /** Each weight is multiplied by a factor uniform in [1 − spread, 1 + spread]; default 0.2 (±20%). */
  readonly spread?: number;
}

export interface AreaStability {
  readonly areaCode: string;
  readonly areaName: string;
  /** 5th and 95th percentiles (nearest rank) of the area's rank over the draws: a 90% interval. */
  readonly rankLow: number;
  readonly rankHigh: number;
  /** Share of draws (0–1) in which the area is a cold spot. */
  readonly coldSpotShare: number;
}

/**
 * How much each area's rank depends on the weights (docs/methodology.md §10.8). In every draw each
 * indicator weight is multiplied independently by a uniform factor in [0.8, 1.2]; scores and ranks are
 * recomputed from transformed values computed once (weights do not change z-scores or percentile ranks).
 * Percentiles use the nearest-rank rule: the p-th percentile of N sorted ranks is the ⌈p/100 × N⌉-th.
 *
 * @example
 * rankStability(recipe, values, { seed: 2016 }) // → one { areaCode, areaName, rankLow, rankHigh, coldSpotShare } per ranked area
 */
export function rankStability(recipe: Recipe, values: readonly IndicatorValue[], options: StabilityOptions): AreaStability[] {
  return runToEnd(rankStabilityInSteps(recipe, values, options));
}

/** Draws between the pauses of `rankStabilityInSteps`: under 10 ms of work for the 324 districts. */
const DRAWS_PER_STEP = 50;

/** `rankStability` as steps of DRAWS_PER_STEP draws, for a caller that pauses between them (same result). */
export function* rankStabilityInSteps(recipe: Recipe, values: readonly IndicatorValue[], options: StabilityOptions): Steps<AreaStability[]> {
  const draws = options.draws ?? 1000;
  const spread = options.spread ?? 0.2;
  const prepared = prepareIndex(recipe, values);
  const n = prepared.areas.length;
  const baseWeights = prepared.columns.map((c) => c.weight);
  const weights = new Float64Array(baseWeights.length);
  const scores = new Float64Array(n);
  const order = new Uint32Array(n);
  // ranksByArea[a * draws + d]: area-major so each area's ranks sort in place at the end.
  const ranksByArea = new Int32Array(n * draws);
  const coldCounts = new Int32Array(n);
  const coldCount = spotCount(n, recipe.coldSpot.bottomShare);
  const random = seededRandom(options.seed);
  for (let d = 0; d < draws; d += 1) {
    if (d > 0 && d % DRAWS_PER_STEP === 0) yield;
    baseWeights.forEach((w, j) => {
      weights[j] = w * (1 - spread + 2 * spread * random());
    });
    scoreAreas(prepared, weights, scores);
    const { ranks, lastPositions } = rankScores(scores, order);
    for (let a = 0; a < n; a += 1) {
      ranksByArea[a * draws + d] = ranks[a] ?? 0;
      if (isColdSpot(lastPositions[a] ?? 0, n, coldCount)) coldCounts[a] = (coldCounts[a] ?? 0) + 1;
    }
  }
  return prepared.areas.map((area, a) => {
    const ranks = ranksByArea.subarray(a * draws, (a + 1) * draws).sort();
    return {
      areaCode: area.code,
      areaName: area.name,
      rankLow: nearestRankPercentile(ranks, 5),
      rankHigh: nearestRankPercentile(ranks, 95),
      coldSpotShare: draws === 0 ? 0 : (coldCounts[a] ?? 0) / draws,
    };
  });
}

/** Nearest-rank percentile of ascending values: the ⌈p/100 × N⌉-th. `nearestRankPercentile([1,2,3,4], 50)` → 2. */
export function nearestRankPercentile(sorted: ArrayLike<number>, p: number): number {
  const position = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[position - 1] ?? Number.NaN;
}
