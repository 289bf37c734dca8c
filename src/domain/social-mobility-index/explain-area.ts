import { err, ok, type Result } from '../shared/result.ts';
import { computeFromPrepared, type IndexedArea } from './compute-index.ts';
import { prepareIndex, type IndicatorValue } from './prepare-index.ts';
import type { Recipe } from './recipe.ts';

export interface Contribution {
  readonly indicatorCode: string;
  readonly stageId: string;
  /** The area's transformed value (its z-score, or percentile rank). */
  readonly transformed: number;
  /** shareₛ × wᵢ / Σw × (tᵢ − mean tᵢ): how far this indicator moves the area from the average. */
  readonly contribution: number;
}

export interface AreaExplanation {
  readonly area: IndexedArea;
  readonly areaCount: number;
  /** Largest absolute contribution first. */
  readonly contributions: readonly Contribution[];
}

/**
 * Why an area sits where it does (docs/methodology.md §10.9). Each indicator's contribution is
 * shareₛ × wᵢ / Σⱼ wⱼ × (tᵢ − mean tᵢ), with Σⱼ over the stage's indicators the area has. With z-scores
 * (mean 0) the contributions add up exactly to the area's overall score, which is its distance from the
 * mean overall score (0 when no values are missing).
 *
 * @example
 * explainArea(recipe, values, 'E07000062') // → ok({ area: { rank, … }, contributions: [{ indicatorCode, contribution }, …] }), largest first
 */
export function explainArea(recipe: Recipe, values: readonly IndicatorValue[], areaCode: string): Result<AreaExplanation, string> {
  const prepared = prepareIndex(recipe, values);
  const a = prepared.areas.findIndex((area) => area.code === areaCode);
  if (a < 0) {
    const excluded = prepared.excluded.find((x) => x.areaCode === areaCode);
    return err(excluded === undefined ? `no values for area "${areaCode}"` : `${excluded.areaName} is not ranked: ${excluded.reason}`);
  }
  const area = computeFromPrepared(prepared).areas.find((x) => x.areaCode === areaCode);
  if (area === undefined) return err(`no values for area "${areaCode}"`);
  const { columns, transformed, stageShares } = prepared;
  const m = columns.length;
  const present = (j: number): boolean => !Number.isNaN(transformed[a * m + j] ?? Number.NaN);
  const stageWeightTotals = recipe.stages.map((_, s) => columns.reduce((sum, c, j) => (c.stageIndex === s && present(j) ? sum + c.weight : sum), 0));
  const contributions: Contribution[] = [];
  columns.forEach((column, j) => {
    if (!present(j)) return;
    const t = transformed[a * m + j] ?? 0;
    const share = (stageShares[column.stageIndex] ?? 0) * (column.weight / (stageWeightTotals[column.stageIndex] ?? 1));
    contributions.push({ indicatorCode: column.code, stageId: recipe.stages[column.stageIndex]?.id ?? '', transformed: t, contribution: share * (t - column.mean) });
  });
  contributions.sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution) || (x.indicatorCode < y.indicatorCode ? -1 : 1));
  return ok({ area, areaCount: prepared.areas.length, contributions });
}

/**
 * A plain-English sentence naming the two indicators that most pull the area in the direction of its
 * standing: the most negative for a cold spot or an area in the lower half, the most positive otherwise.
 * `labels` maps indicator codes to names people read.
 * `describeDrivers(explanation, { ks4_fsm: 'GCSE results of disadvantaged pupils' })`
 * → "Hastings is a cold spot mainly because of GCSE results of disadvantaged pupils and …"
 */
export function describeDrivers(explanation: AreaExplanation, labels: Readonly<Record<string, string>> = {}): string {
  const { area, areaCount, contributions } = explanation;
  const low = area.coldSpot || (!area.hotSpot && area.rank > areaCount / 2);
  const drivers = contributions
    .filter((c) => (low ? c.contribution < 0 : c.contribution > 0))
    .sort((x, y) => (low ? x.contribution - y.contribution : y.contribution - x.contribution))
    .slice(0, 2)
    .map((c) => labels[c.indicatorCode] ?? c.indicatorCode);
  const standing = area.coldSpot ? 'is a cold spot' : area.hotSpot ? 'is a hot spot' : `ranks ${area.rank} of ${areaCount}`;
  if (drivers.length === 0) return `${area.areaName} ${standing}; no single indicator stands out.`;
  const because = area.coldSpot || area.hotSpot ? 'mainly because of' : low ? 'held back mainly by' : 'helped mainly by';
  return `${area.areaName} ${standing} ${because} ${drivers.join(' and ')}.`;
}
