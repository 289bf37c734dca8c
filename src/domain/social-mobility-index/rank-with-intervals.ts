import type { CsvColumn } from '../shared/csv.ts';
import { computeIndex } from './compute-index.ts';
import type { ExcludedArea, IndicatorValue } from './prepare-index.ts';
import { rankStabilityInSteps } from './rank-stability.ts';
import { runToEnd, type Steps } from '../shared/steps.ts';
import type { Recipe } from './recipe.ts';

/** One ranked area as the CLI and API show it: rounded scores and the rank's 90% interval. */
export interface RankedArea {
  readonly code: string;
  readonly name: string;
  readonly stages: Record<string, number>;
  readonly score: number;
  readonly rank: number;
  readonly band: number;
  readonly coldSpot: boolean;
  readonly hotSpot: boolean;
  readonly rankInterval: [number, number];
  readonly coldSpotProbability: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The index with each rank's stability (docs/methodology.md §10.2–§10.8), scores rounded to 3 places:
 * what `oa index compute` and `GET /api/index` both report.
 */
export function rankWithIntervals(
  recipe: Recipe,
  values: readonly IndicatorValue[],
  options: { seed: number; draws: number },
): RankedIndex {
  return runToEnd(rankWithIntervalsInSteps(recipe, values, options));
}

export interface RankedIndex {
  readonly areas: RankedArea[];
  readonly excluded: readonly ExcludedArea[];
  readonly coldSpotCount: number;
}

/** `rankWithIntervals` as steps, for a caller that pauses between them, such as the web server (same result). */
export function* rankWithIntervalsInSteps(recipe: Recipe, values: readonly IndicatorValue[], options: { seed: number; draws: number }): Steps<RankedIndex> {
  const result = computeIndex(recipe, values);
  yield;
  const stability = new Map((yield* rankStabilityInSteps(recipe, values, options)).map((s) => [s.areaCode, s]));
  const areas = result.areas.map((a): RankedArea => {
    const s = stability.get(a.areaCode);
    return {
      code: a.areaCode,
      name: a.areaName,
      stages: Object.fromEntries(Object.entries(a.stageScores).map(([k, v]) => [k, round(v)])),
      score: round(a.score),
      rank: a.rank,
      band: a.band,
      coldSpot: a.coldSpot,
      hotSpot: a.hotSpot,
      rankInterval: [s?.rankLow ?? a.rank, s?.rankHigh ?? a.rank],
      coldSpotProbability: round(s?.coldSpotShare ?? 0),
    };
  });
  return { areas, excluded: result.excluded, coldSpotCount: result.coldSpotCount };
}

/** The download columns of a ranking, one per stage between the name and the score. */
export function rankedAreaCsvColumns(recipe: Recipe): CsvColumn<RankedArea>[] {
  return [
    { header: 'code', value: (r) => r.code },
    { header: 'name', value: (r) => r.name },
    ...recipe.stages.map((stage): CsvColumn<RankedArea> => ({ header: `stage_${stage.id}`, value: (r) => r.stages[stage.id] ?? null })),
    { header: 'score', value: (r) => r.score },
    { header: 'rank', value: (r) => r.rank },
    { header: 'band', value: (r) => r.band },
    { header: 'cold_spot', value: (r) => (r.coldSpot ? 'yes' : 'no') },
    { header: 'hot_spot', value: (r) => (r.hotSpot ? 'yes' : 'no') },
    { header: 'rank_interval_low', value: (r) => r.rankInterval[0] },
    { header: 'rank_interval_high', value: (r) => r.rankInterval[1] },
    { header: 'cold_spot_probability', value: (r) => r.coldSpotProbability },
  ];
}
