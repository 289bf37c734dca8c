import { nearestRankPercentile } from '../social-mobility-index/index.ts';

export const CLOSENESS_BANDS = ['very close', 'close', 'somewhat close'] as const;
export type Closeness = (typeof CLOSENESS_BANDS)[number];

/** Upper limits of the first two bands; anything further is "somewhat close". */
export interface BandLimits {
  readonly veryClose: number;
  readonly close: number;
}

/**
 * Band limits from every distance in every area's neighbour list, pooled: the nearest-rank 33⅓rd and
 * 66⅔rd percentiles (docs/methodology.md §11.4). A third of all listed neighbours are "very close", a
 * third "close", a third "somewhat close", so a band says how this pair compares with the other pairs.
 * @example bandLimits([1, 2, 3, 4, 5, 6]) → { veryClose: 2, close: 4 }
 */
export function bandLimits(distances: readonly number[]): BandLimits {
  const sorted = Float64Array.from(distances).sort();
  if (sorted.length === 0) return { veryClose: 0, close: 0 };
  return { veryClose: nearestRankPercentile(sorted, 100 / 3), close: nearestRankPercentile(sorted, 200 / 3) };
}

/** `closenessOf(2, { veryClose: 2, close: 4 })` → "very close" (limits are inclusive). */
export function closenessOf(distance: number, limits: BandLimits): Closeness {
  return distance <= limits.veryClose ? 'very close' : distance <= limits.close ? 'close' : 'somewhat close';
}
