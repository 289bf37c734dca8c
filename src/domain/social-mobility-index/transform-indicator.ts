/**
 * Putting one indicator's values on a common scale across areas (docs/methodology.md §10.2). Both
 * transforms take values already oriented so that higher is better; `null` (missing) stays `null` and
 * does not count towards the mean, spread or ranks of the others.
 */

/**
 * z-scores: (x − mean) / sd with the population standard deviation (divide by n). When every value is
 * the same the indicator says nothing about differences, so every z is 0.
 * `zScores([1, 2, 3])` → [−1.2247, 0, 1.2247].
 */
export function zScores(values: readonly (number | null)[]): (number | null)[] {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return values.map(() => null);
  const mean = present.reduce((sum, v) => sum + v, 0) / present.length;
  const variance = present.reduce((sum, v) => sum + (v - mean) ** 2, 0) / present.length;
  const sd = Math.sqrt(variance);
  return values.map((v) => (v === null ? null : sd === 0 ? 0 : (v - mean) / sd));
}

/**
 * Percentile ranks from 0 (worst) to 100 (best): 100 × (r − 1) / (n − 1), where r is the value's rank
 * from the lowest (1) with tied values given the average of the ranks they span. One area alone scores
 * 50. `percentileRanks([10, 20, 20, 30])` → [0, 50, 50, 100].
 */
export function percentileRanks(values: readonly (number | null)[]): (number | null)[] {
  const order = values
    .map((v, i) => ({ v, i }))
    .filter((x): x is { v: number; i: number } => x.v !== null)
    .sort((a, b) => a.v - b.v);
  const n = order.length;
  const result: (number | null)[] = values.map(() => null);
  let start = 0;
  while (start < n) {
    let end = start;
    while (end + 1 < n && order[end + 1]?.v === order[start]?.v) end += 1;
    // Positions start..end (0-based) share the average 1-based rank.
    const averageRank = (start + end) / 2 + 1;
    const percentile = n === 1 ? 50 : (100 * (averageRank - 1)) / (n - 1);
    for (let k = start; k <= end; k += 1) {
      const at = order[k]?.i;
      if (at !== undefined) result[at] = percentile;
    }
    start = end + 1;
  }
  return result;
}
