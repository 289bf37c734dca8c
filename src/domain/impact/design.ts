import type { SimplexProblem } from './frank-wolfe.ts';

/**
 * The numbers an estimator works on: the panel's outcomes (all units × T periods, row by row), how
 * many periods come before the start, and which rows are comparison (control) and treated units.
 * Placebo replications reuse the outcomes and change only the row lists.
 */
export interface Design {
  readonly y: Float64Array;
  readonly periods: number;
  readonly pre: number;
  readonly controls: readonly number[];
  readonly treated: readonly number[];
}

/** Mean of the treated rows in each period: the treated "unit" of the collapsed form. */
export function treatedMeans(design: Design): Float64Array {
  const { y, periods: t, treated } = design;
  const means = new Float64Array(t);
  for (const row of treated) for (let s = 0; s < t; s += 1) means[s] = (means[s] ?? 0) + (y[row * t + s] ?? 0) / treated.length;
  return means;
}

/** Mean of one row over the periods from the start onwards. */
export function postMean(design: Design, row: number): number {
  const { y, periods: t, pre } = design;
  let sum = 0;
  for (let s = pre; s < t; s += 1) sum += y[row * t + s] ?? 0;
  return sum / (t - pre);
}

/**
 * σ, the noise level (the reference's default; docs/methodology.md §16.1): the sample standard
 * deviation of the first differences Y_i,t+1 − Y_i,t of the comparison units over the periods before
 * the start. Zero when there are fewer than two such differences (one period before the start, or one
 * comparison unit with two).
 */
export function noiseLevel(design: Design): number {
  const { y, periods: t, pre, controls } = design;
  const count = controls.length * (pre - 1);
  if (count < 2) return 0;
  let mean = 0;
  for (const row of controls) for (let s = 1; s < pre; s += 1) mean += (y[row * t + s] ?? 0) - (y[row * t + s - 1] ?? 0);
  mean /= count;
  let squares = 0;
  for (const row of controls) for (let s = 1; s < pre; s += 1) squares += ((y[row * t + s] ?? 0) - (y[row * t + s - 1] ?? 0) - mean) ** 2;
  return Math.sqrt(squares / (count - 1));
}

/**
 * The unit-weight problem of Algorithm 1 in the reference's collapsed form (docs/methodology.md §16.2): over the periods before the start, match
 * the treated mean b_t by a weighted mix of comparison units A_tj = Y_jt. With an intercept every
 * series (each column and b) is centred on its own pre-period mean, so only the shape must match.
 */
export function unitWeightProblem(design: Design, intercept: boolean, zeta: number): SimplexProblem {
  const { y, periods: t, pre, controls } = design;
  const columns = new Float64Array(controls.length * pre);
  controls.forEach((row, j) => {
    for (let s = 0; s < pre; s += 1) columns[j * pre + s] = y[row * t + s] ?? 0;
  });
  const target = treatedMeans(design).slice(0, pre);
  if (intercept) centreColumns(columns, target, pre, controls.length);
  return { rows: pre, weights: controls.length, columns, target, zeta };
}

/**
 * The time-weight problem of Algorithm 1 in the reference's collapsed form (§16.2): across comparison units, match each unit's
 * mean after the start b_j by a weighted mix of its values before it, A_jt = Y_jt. With an intercept
 * each period's column (and b) is centred on its mean across units.
 */
export function timeWeightProblem(design: Design, intercept: boolean, zeta: number): SimplexProblem {
  const { y, periods: t, pre, controls } = design;
  const n = controls.length;
  const columns = new Float64Array(pre * n);
  const target = new Float64Array(n);
  controls.forEach((row, j) => {
    for (let s = 0; s < pre; s += 1) columns[s * n + j] = y[row * t + s] ?? 0;
    target[j] = postMean(design, row);
  });
  if (intercept) centreColumns(columns, target, n, pre);
  return { rows: n, weights: pre, columns, target, zeta };
}

function centreColumns(columns: Float64Array, target: Float64Array, rows: number, count: number): void {
  for (let j = 0; j < count; j += 1) {
    let mean = 0;
    for (let r = 0; r < rows; r += 1) mean += (columns[j * rows + r] ?? 0) / rows;
    for (let r = 0; r < rows; r += 1) columns[j * rows + r] = (columns[j * rows + r] ?? 0) - mean;
  }
  let mean = 0;
  for (let r = 0; r < rows; r += 1) mean += (target[r] ?? 0) / rows;
  for (let r = 0; r < rows; r += 1) target[r] = (target[r] ?? 0) - mean;
}

/**
 * The reference's sparsification between its two rounds of Frank–Wolfe: weights at or below a
 * quarter of the largest become zero and the rest are rescaled to sum to 1.
 * @example sparsify(Float64Array.of(0.5, 0.1, 0.4)) → [0.5/0.9, 0, 0.4/0.9]
 */
export function sparsify(weights: Float64Array): Float64Array {
  let largest = 0;
  for (const w of weights) largest = Math.max(largest, w);
  const kept = weights.map((w) => (w <= largest / 4 ? 0 : w));
  let total = 0;
  for (const w of kept) total += w;
  return total > 0 ? kept.map((w) => w / total) : Float64Array.from(weights);
}
