import type { FeatureMatrix } from './feature-matrix.ts';

/**
 * Weighted Euclidean distance between rows a and b (docs/methodology.md §11.2):
 * d = √ Σⱼ wⱼ (zₐⱼ − z_bⱼ)². Symmetric, 0 for identical rows.
 * @example for weights [0.5, 0.5] and rows (1, 0), (0, 0): d = √0.5 ≈ 0.7071
 */
export function weightedDistance(matrix: FeatureMatrix, a: number, b: number): number {
  return Math.sqrt(squaredDistance(matrix.standardised, matrix.columns, a, b));
}

export function squaredDistance(z: Float64Array, columns: readonly { weight: number }[], a: number, b: number): number {
  const m = columns.length;
  let sum = 0;
  for (let j = 0; j < m; j += 1) {
    const diff = (z[a * m + j] ?? 0) - (z[b * m + j] ?? 0);
    sum += (columns[j]?.weight ?? 0) * diff * diff;
  }
  return sum;
}
