/**
 * Ranking scores, and who is a cold or hot spot (docs/methodology.md §10.5 and §7).
 */

export interface Ranking {
  /** Standard competition ranking, 1 = highest score; equal scores share the best rank (1, 2, 2, 4). */
  readonly ranks: Int32Array;
  /** The worst position a tied group spans (for 1, 2, 2, 4 → 1, 3, 3, 4). */
  readonly lastPositions: Int32Array;
}

/**
 * Ranks scores from the highest (1). Ties are exact equality of the computed scores.
 * `rankScores([0.5, 1, 0.5, -2]).ranks` → [2, 1, 2, 4].
 */
export function rankScores(scores: ArrayLike<number>, order: Uint32Array = new Uint32Array(scores.length)): Ranking {
  const n = scores.length;
  for (let i = 0; i < n; i += 1) order[i] = i;
  order.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const ranks = new Int32Array(n);
  const lastPositions = new Int32Array(n);
  let start = 0;
  while (start < n) {
    let end = start;
    const score = scores[order[start] ?? 0];
    while (end + 1 < n && scores[order[end + 1] ?? 0] === score) end += 1;
    for (let k = start; k <= end; k += 1) {
      const at = order[k] ?? 0;
      ranks[at] = start + 1;
      lastPositions[at] = end + 1;
    }
    start = end + 1;
  }
  return { ranks, lastPositions };
}

/**
 * How many areas the cold-spot (or hot-spot) share names: round(share × n), halves rounded up, so
 * 0.2 of 324 districts → 65, as in the 2016 index. `spotCount(324, 0.2)` → 65.
 */
export function spotCount(areaCount: number, share: number): number {
  // The small nudge keeps 0.2 × 5 × k from landing a hair under a half through floating point.
  return Math.min(areaCount, Math.round(share * areaCount + 1e-9));
}

/**
 * A cold spot is an area any of whose tied positions falls among the worst `coldCount`: ties at the
 * boundary are all cold spots rather than split arbitrarily, so there can be more than `coldCount`.
 */
export function isColdSpot(lastPosition: number, areaCount: number, coldCount: number): boolean {
  return lastPosition > areaCount - coldCount;
}

/** A hot spot is an area whose rank (its best tied position) is within the top `hotCount`. */
export function isHotSpot(rank: number, hotCount: number): boolean {
  return rank <= hotCount;
}
