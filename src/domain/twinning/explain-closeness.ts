import type { FeatureMatrix } from './feature-matrix.ts';

/** Why two areas are as close as they are, one indicator at a time (docs/methodology.md §11.3). */
export interface IndicatorContribution {
  readonly indicatorCode: string;
  /** wⱼ (zₐⱼ − z_bⱼ)²: this indicator's part of the squared distance; these sum to d². */
  readonly squared: number;
  /** squared ÷ d: this indicator's part of the distance; these sum to d, the distance shown. */
  readonly part: number;
  /** squared ÷ d² (0 when d = 0): this indicator's share of the distance; these sum to 1. */
  readonly share: number;
  /** The two areas' values as published, side by side; null where missing (filled with the mean). */
  readonly areaValue: number | null;
  readonly neighbourValue: number | null;
}

/**
 * Splits the distance between rows a and b into one part per indicator. Since d² = Σ cⱼ with
 * cⱼ = wⱼ Δⱼ², the parts cⱼ ÷ d add up to d itself, so every figure in the explanation sums to the
 * distance shown; `roundContributions` keeps that true after rounding.
 * @example rows (1, 0) and (0, 0), weights 0.5 each: d = 0.7071, parts [0.7071, 0], shares [1, 0]
 */
export function explainCloseness(matrix: FeatureMatrix, a: number, b: number): { distance: number; contributions: IndicatorContribution[] } {
  const { columns, standardised: z, raw } = matrix;
  const m = columns.length;
  const squared = new Float64Array(m);
  let total = 0;
  for (let j = 0; j < m; j += 1) {
    const diff = (z[a * m + j] ?? 0) - (z[b * m + j] ?? 0);
    const c = (columns[j]?.weight ?? 0) * diff * diff;
    squared[j] = c;
    total += c;
  }
  const distance = Math.sqrt(total);
  const contributions: IndicatorContribution[] = [];
  for (let j = 0; j < m; j += 1) {
    const c = squared[j] ?? 0;
    const x = raw[a * m + j] ?? Number.NaN;
    const y = raw[b * m + j] ?? Number.NaN;
    contributions.push({
      indicatorCode: columns[j]?.code ?? '',
      squared: c,
      part: distance === 0 ? 0 : c / distance,
      share: total === 0 ? 0 : c / total,
      areaValue: Number.isNaN(x) ? null : x,
      neighbourValue: Number.isNaN(y) ? null : y,
    });
  }
  return { distance, contributions };
}

/**
 * Rounds a distance and its parts to `places` decimals so that the rounded parts still add up exactly to
 * the rounded distance: each part is floored in units of 10^−places and the units left over go to the
 * parts with the largest remainders (largest-remainder rounding; ties to the earlier indicator).
 * @example roundContributions(1, [1/3, 1/3, 1/3], 2) → { distance: 1, parts: [0.34, 0.33, 0.33] }
 */
export function roundContributions(distance: number, parts: readonly number[], places: number): { distance: number; parts: number[]; units: { distance: number; parts: number[] } } {
  const scale = 10 ** places;
  const totalUnits = Math.round(distance * scale);
  const exact = parts.map((p) => p * scale);
  const floors = exact.map((x) => Math.floor(x));
  let left = totalUnits - floors.reduce((s, f) => s + f, 0);
  const order = exact.map((x, j) => ({ j, rest: x - Math.floor(x) })).sort((p, q) => q.rest - p.rest || p.j - q.j);
  const units = [...floors];
  for (let i = 0; left > 0 && order.length > 0; i = (i + 1) % order.length, left -= 1) {
    const j = order[i]?.j ?? 0;
    units[j] = (units[j] ?? 0) + 1;
  }
  // Float error can make the floors overshoot by a unit: take it back from the smallest remainders.
  for (let i = order.length - 1; left < 0 && order.length > 0; i = (i - 1 + order.length) % order.length) {
    const j = order[i]?.j ?? 0;
    if ((units[j] ?? 0) > 0) {
      units[j] = (units[j] ?? 0) - 1;
      left += 1;
    }
  }
  return { distance: totalUnits / scale, parts: units.map((u) => u / scale), units: { distance: totalUnits, parts: units } };
}
