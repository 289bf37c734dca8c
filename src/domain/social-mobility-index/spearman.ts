import { err, ok, type Result } from '../shared/result.ts';

/**
 * Spearman's rho between two rankings over the areas both contain (docs/methodology.md §10.10).
 * The shared areas are re-ranked within each ranking, ties taking the average of the positions they
 * span, and rho is the Pearson correlation of those ranks (exact with ties, unlike 1 − 6Σd²/(n(n²−1))).
 *
 * @example
 * spearmanRho(new Map([['a', 1], ['b', 2], ['c', 3]]), new Map([['a', 3], ['b', 2], ['c', 1]])) // → ok({ rho: -1, sharedCount: 3 })
 */
export function spearmanRho(first: ReadonlyMap<string, number>, second: ReadonlyMap<string, number>): Result<{ rho: number; sharedCount: number }, string> {
  const shared = [...first.keys()].filter((code) => second.has(code));
  if (shared.length < 2) return err('the rankings need at least 2 areas in common');
  const x = averageRanks(shared.map((code) => first.get(code) ?? 0));
  const y = averageRanks(shared.map((code) => second.get(code) ?? 0));
  const n = shared.length;
  const meanX = x.reduce((a, b) => a + b, 0) / n;
  const meanY = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (x[i] ?? 0) - meanX;
    const dy = (y[i] ?? 0) - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return err('a ranking gives every shared area the same rank');
  return ok({ rho: sxy / Math.sqrt(sxx * syy), sharedCount: n });
}

/** 1-based ranks from the lowest value, ties averaged: `averageRanks([10, 20, 20, 30])` → [1, 2.5, 2.5, 4]. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const result = values.map(() => 0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.v === order[start]?.v) end += 1;
    for (let k = start; k <= end; k += 1) {
      const at = order[k]?.i;
      if (at !== undefined) result[at] = (start + end) / 2 + 1;
    }
    start = end + 1;
  }
  return result;
}
