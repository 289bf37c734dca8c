import type { Design } from './design.ts';
import { treatedMeans } from './design.ts';
import { fitEstimator, type Tuning } from './fit-estimator.ts';

/**
 * Root mean squared prediction error after the start divided by that before it, for the gaps between
 * a unit's series and its comparison (Abadie, Diamond and Hainmueller 2010; docs/methodology.md §16.5). Infinite when the
 * fit before the start is exact and the gaps after it are not.
 */
export function fitRatio(gaps: Float64Array, pre: number): number {
  let before = 0;
  for (let s = 0; s < pre; s += 1) before += (gaps[s] ?? 0) ** 2;
  let after = 0;
  for (let s = pre; s < gaps.length; s += 1) after += (gaps[s] ?? 0) ** 2;
  const rmspeBefore = Math.sqrt(before / pre);
  const rmspeAfter = Math.sqrt(after / (gaps.length - pre));
  if (rmspeBefore === 0) return rmspeAfter === 0 ? 0 : Number.POSITIVE_INFINITY;
  return rmspeAfter / rmspeBefore;
}

/** Treated mean minus the unit-weighted comparison, period by period (the synthetic control's gaps). */
export function synthesisGaps(design: Design, unitWeights: Float64Array): Float64Array {
  const { y, periods: t, controls } = design;
  const gaps = treatedMeans(design);
  controls.forEach((row, i) => {
    const w = unitWeights[i] ?? 0;
    if (w === 0) return;
    for (let s = 0; s < t; s += 1) gaps[s] = (gaps[s] ?? 0) - w * (y[row * t + s] ?? 0);
  });
  return gaps;
}

/**
 * The permutation p-value of a synthetic control (Abadie, Diamond and Hainmueller 2010;
 * docs/methodology.md §16.5): each comparison unit in turn is treated as if it had been treated, with
 * the other comparison units as its donors, and its post/pre fit ratio found the same way. The p-value
 * is the share of all N_co + 1 ratios (the real one included) at least as large as the real one, so
 * it is never below 1/(N_co + 1). Needs at least two comparison units.
 * @example permutationPValue(design, tuning, fit.unitWeights).pValue // Proposition 99 → 3/39 = 0.077
 */
export function permutationPValue(design: Design, tuning: Tuning, unitWeights: Float64Array): { pValue: number; ratio: number; placeboRatios: Float64Array } {
  const ratio = fitRatio(synthesisGaps(design, unitWeights), design.pre);
  const placeboRatios = new Float64Array(design.controls.length);
  design.controls.forEach((row, i) => {
    const placebo: Design = { ...design, treated: [row], controls: design.controls.filter((_, j) => j !== i) };
    const fit = fitEstimator(placebo, 'sc', tuning);
    placeboRatios[i] = fitRatio(synthesisGaps(placebo, fit.unitWeights), design.pre);
  });
  let atLeast = 1;
  for (const r of placeboRatios) if (r >= ratio) atLeast += 1;
  return { pValue: atLeast / (placeboRatios.length + 1), ratio, placeboRatios };
}
