import { bandCount, type Banding, type Recipe } from './recipe.ts';
import { prepareIndex, scoreAreas, type ExcludedArea, type IndicatorValue, type PreparedIndex } from './prepare-index.ts';
import { isColdSpot, isHotSpot, rankScores, spotCount } from './rank-scores.ts';

export interface IndexedArea {
  readonly areaCode: string;
  readonly areaName: string;
  /** Keyed by stage id. */
  readonly stageScores: Readonly<Record<string, number>>;
  readonly score: number;
  /** 1 = best; equal scores share the best rank (1, 2, 2, 4). */
  readonly rank: number;
  /** 1 = best band. */
  readonly band: number;
  readonly coldSpot: boolean;
  readonly hotSpot: boolean;
}

export interface IndexResult {
  /** Scored areas, best first (ties by area code). */
  readonly areas: readonly IndexedArea[];
  readonly excluded: readonly ExcludedArea[];
  /** round(bottomShare × n) and round(topShare × n): the number of cold and hot spots before ties. */
  readonly coldSpotCount: number;
  readonly hotSpotCount: number;
}

/**
 * Computes the index (docs/methodology.md §10.2–§10.7): transform each indicator across areas, take the
 * weighted mean within each stage, combine the stages, rank (1 = best), band, and mark cold and hot spots.
 *
 * @example
 * computeIndex(recipe, [{ areaCode: 'E07000062', areaName: 'Hastings', indicatorCode: 'ks2', value: 48 }, …])
 * // → { areas: [{ areaCode: 'E07000062', rank: 311, band: 5, coldSpot: true, … }, …], excluded: [], … }
 */
export function computeIndex(recipe: Recipe, values: readonly IndicatorValue[]): IndexResult {
  return computeFromPrepared(prepareIndex(recipe, values));
}

export function computeFromPrepared(prepared: PreparedIndex): IndexResult {
  const { recipe, areas } = prepared;
  const n = areas.length;
  const stageCount = recipe.stages.length;
  const stageScores = new Float64Array(n * stageCount);
  const scores = scoreAreas(prepared, prepared.columns.map((c) => c.weight), undefined, stageScores);
  const { ranks, lastPositions } = rankScores(scores);
  const coldSpotCount = spotCount(n, recipe.coldSpot.bottomShare);
  const hotSpotCount = spotCount(n, recipe.hotSpot.topShare);
  const indexed = areas.map((area, a): IndexedArea => {
    const rank = ranks[a] ?? 0;
    const score = scores[a] ?? 0;
    return {
      areaCode: area.code,
      areaName: area.name,
      stageScores: Object.fromEntries(recipe.stages.map((stage, s) => [stage.id, stageScores[a * stageCount + s] ?? 0])),
      score,
      rank,
      band: bandOf(recipe.banding, rank, score, n),
      coldSpot: isColdSpot(lastPositions[a] ?? 0, n, coldSpotCount),
      hotSpot: isHotSpot(rank, hotSpotCount),
    };
  });
  indexed.sort((x, y) => x.rank - y.rank || (x.areaCode < y.areaCode ? -1 : x.areaCode > y.areaCode ? 1 : 0));
  return { areas: indexed, excluded: prepared.excluded, coldSpotCount, hotSpotCount };
}

/**
 * Band 1 = best (docs/methodology.md §10.6). Quantiles of k bands by rank position:
 * band = ⌈rank × k / n⌉, so tied areas share a band. Thresholds by score: with ascending bounds
 * b₁ < … < bₘ, a score s is in class j = #{bᵢ < s} (0 … m) and band m + 1 − j, so scores above bₘ are band 1.
 * `bandOf({ kind: 'quantiles', count: 5 }, 65, 0, 324)` → 2.
 */
export function bandOf(banding: Banding, rank: number, score: number, areaCount: number): number {
  if (banding.kind === 'thresholds') {
    const below = banding.upperBounds.filter((bound) => bound < score).length;
    return banding.upperBounds.length + 1 - below;
  }
  const k = bandCount(banding);
  return Math.min(k, Math.max(1, Math.ceil((rank * k) / areaCount)));
}
