/** A school's features for finding similar schools: values in the order of the feature specs. */
export interface SchoolForComparison {
  readonly urn: number;
  readonly phase: string;
  readonly regionCode: string | null;
  /** One per feature spec; null when missing (filled with the phase median). */
  readonly features: readonly (number | null)[];
}

export interface SchoolFeatureSpec {
  readonly code: string;
  readonly weight: number;
}

/** DfE-style defaults: pupils 0.5, FSM share 0.4, SEN share 0.1 (docs/methodology.md §11.8). */
export const DEFAULT_SCHOOL_FEATURES: readonly SchoolFeatureSpec[] = [
  { code: 'pupils', weight: 0.5 },
  { code: 'pct_fsm', weight: 0.4 },
  { code: 'pct_sen', weight: 0.1 },
];

export const DEFAULT_SIMILAR_COUNT = 30;

export interface SimilarSchool {
  readonly urn: number;
  readonly distance: number;
  readonly sameRegion: boolean;
}

export interface SimilarSchoolsOptions {
  readonly count?: number;
  /** Take the nearest schools in the same region first, then the nearest elsewhere to make up the count. */
  readonly preferSameRegion?: boolean;
  /** Only find similar schools for these URNs (all schools are still candidates). */
  readonly forUrns?: readonly number[];
}

/**
 * One phase's schools laid out for search: each feature filled with the phase median where missing and
 * divided by the phase range (max − min), then multiplied by √weight, so the squared distance is a plain
 * sum of squares: d² = Σ_f w_f ((x_f − y_f) / range_f)². A feature with no spread (range 0) counts 0.
 */
export interface PhaseLayout {
  readonly urns: Int32Array;
  readonly regions: readonly (string | null)[];
  /** schools × features, row-major, scaled as above. */
  readonly scaled: Float64Array;
  readonly featureCount: number;
  /** Row indices sorted by the search feature, and each row's position in that order. */
  readonly order: Int32Array;
  readonly searchFeature: number;
}

/**
 * Each school's `count` (default 30) most similar schools of the same phase, nearest first, ties broken
 * by URN (docs/methodology.md §11.8). Search walks outwards along the feature with the most weighted
 * spread and stops once that feature alone puts every further school beyond the current 30th, so it
 * gives exactly the answer of `similarSchoolsByScan` without comparing every pair.
 * @example similarSchools(schools, DEFAULT_SCHOOL_FEATURES).get(100001)?.[0] → { urn: 100002, distance: 0.013, sameRegion: true }
 */
export function similarSchools(schools: readonly SchoolForComparison[], specs: readonly SchoolFeatureSpec[], options: SimilarSchoolsOptions = {}): Map<number, SimilarSchool[]> {
  return run(schools, specs, options, searchSorted);
}

/** The reference: compare each school with every school of its phase. Same answers, O(n²) per phase. */
export function similarSchoolsByScan(schools: readonly SchoolForComparison[], specs: readonly SchoolFeatureSpec[], options: SimilarSchoolsOptions = {}): Map<number, SimilarSchool[]> {
  return run(schools, specs, options, searchAll);
}

type Accept = (row: number) => boolean;
type Search = (layout: PhaseLayout, row: number, count: number, accept: Accept) => { row: number; d: number }[];

function run(schools: readonly SchoolForComparison[], specs: readonly SchoolFeatureSpec[], options: SimilarSchoolsOptions, search: Search): Map<number, SimilarSchool[]> {
  const count = options.count ?? DEFAULT_SIMILAR_COUNT;
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a whole number of at least 1, not ${String(count)}`);
  const wanted = options.forUrns === undefined ? null : new Set(options.forUrns);
  const byPhase = new Map<string, SchoolForComparison[]>();
  for (const s of schools) {
    const group = byPhase.get(s.phase);
    if (group === undefined) byPhase.set(s.phase, [s]);
    else group.push(s);
  }
  const out = new Map<number, SimilarSchool[]>();
  for (const group of byPhase.values()) {
    if (wanted !== null && !group.some((s) => wanted.has(s.urn))) continue;
    const layout = layOutPhase(group, specs);
    for (let row = 0; row < layout.urns.length; row += 1) {
      const urn = layout.urns[row] ?? 0;
      if (wanted !== null && !wanted.has(urn)) continue;
      const region = layout.regions[row] ?? null;
      const same: Accept = (r) => r !== row && (layout.regions[r] ?? null) === region;
      let found = search(layout, row, count, options.preferSameRegion === true ? same : (r) => r !== row);
      if (options.preferSameRegion === true && found.length < count) {
        found = [...found, ...search(layout, row, count - found.length, (r) => r !== row && !same(r))];
      }
      out.set(
        urn,
        found.map(({ row: r, d }) => ({ urn: layout.urns[r] ?? 0, distance: d, sameRegion: (layout.regions[r] ?? null) === region })),
      );
    }
  }
  return out;
}

/** Lays out one phase's schools: median fill, range scaling, √weight, sorted along the search feature. */
export function layOutPhase(group: readonly SchoolForComparison[], specs: readonly SchoolFeatureSpec[]): PhaseLayout {
  // URN order first, so everything after is independent of the input order.
  const schools = [...group].sort((a, b) => a.urn - b.urn);
  const n = schools.length;
  const m = specs.length;
  const scaled = new Float64Array(n * m);
  let searchFeature = 0;
  let widest = -1;
  specs.forEach((spec, f) => {
    const present = schools.map((s) => s.features[f]).filter((x): x is number => x !== null && x !== undefined && Number.isFinite(x)).sort((a, b) => a - b);
    const median = present.length === 0 ? 0 : medianOfSorted(present);
    const range = present.length === 0 ? 0 : (present[present.length - 1] ?? 0) - (present[0] ?? 0);
    const factor = range === 0 ? 0 : Math.sqrt(spec.weight) / range;
    let sum = 0;
    let sumSquares = 0;
    schools.forEach((s, i) => {
      const x = s.features[f];
      const value = (x === null || x === undefined || !Number.isFinite(x) ? median : x) * factor;
      scaled[i * m + f] = value;
      sum += value;
      sumSquares += value * value;
    });
    const spread = n === 0 ? 0 : sumSquares / n - (sum / n) ** 2;
    if (spread > widest) {
      widest = spread;
      searchFeature = f;
    }
  });
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => (scaled[a * m + searchFeature] ?? 0) - (scaled[b * m + searchFeature] ?? 0) || a - b);
  return { urns: Int32Array.from(schools, (s) => s.urn), regions: schools.map((s) => s.regionCode), scaled, featureCount: m, order, searchFeature };
}

function medianOfSorted(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function squared(layout: PhaseLayout, a: number, b: number): number {
  const { scaled, featureCount: m } = layout;
  let sum = 0;
  for (let f = 0; f < m; f += 1) {
    const diff = (scaled[a * m + f] ?? 0) - (scaled[b * m + f] ?? 0);
    sum += diff * diff;
  }
  return sum;
}

/**
 * Inserts into a list kept sorted by (distance, row) and at most `count` long; rows are in URN order. The
 * distance compared is the one shown (√d²), so equal distances shown are always in URN order.
 */
function offer(best: { row: number; d: number }[], count: number, row: number, d: number): void {
  const last = best[best.length - 1];
  if (best.length === count && last !== undefined && (d > last.d || (d === last.d && row > last.row))) return;
  let at = best.length === count ? count - 1 : best.length;
  if (best.length < count) best.push({ row, d });
  while (at > 0) {
    const before = best[at - 1];
    if (before === undefined || before.d < d || (before.d === d && before.row < row)) break;
    best[at] = before;
    at -= 1;
  }
  best[at] = { row, d };
}

const searchAll: Search = (layout, row, count, accept) => {
  const best: { row: number; d: number }[] = [];
  for (let r = 0; r < layout.urns.length; r += 1) if (accept(r)) offer(best, count, r, Math.sqrt(squared(layout, row, r)));
  return best;
};

/** Positions of each row in `order`, computed once per layout. */
const positions = new WeakMap<PhaseLayout, Int32Array>();

const searchSorted: Search = (layout, row, count, accept) => {
  const { order, scaled, featureCount: m, searchFeature: p } = layout;
  let position = positions.get(layout);
  if (position === undefined) {
    position = new Int32Array(order.length);
    order.forEach((r, i) => {
      (position as Int32Array)[r] = i;
    });
    positions.set(layout, position);
  }
  const best: { row: number; d: number }[] = [];
  const x = scaled[row * m + p] ?? 0;
  const start = position[row] ?? 0;
  let left = start - 1;
  let right = start + 1;
  if (accept(row)) offer(best, count, row, 0);
  for (;;) {
    const leftGap = left >= 0 ? x - (scaled[(order[left] ?? 0) * m + p] ?? 0) : Infinity;
    const rightGap = right < order.length ? (scaled[(order[right] ?? 0) * m + p] ?? 0) - x : Infinity;
    const goLeft = leftGap <= rightGap;
    const gap = goLeft ? leftGap : rightGap;
    if (gap === Infinity) break;
    // Every school further out differs by at least `gap` on this feature alone, so its d² ≥ gap² and (√ being
    // monotone) its distance ≥ √(gap²): once that passes the current last, nothing further can enter.
    const kth = best.length === count ? (best[count - 1]?.d ?? Infinity) : Infinity;
    if (Math.sqrt(gap * gap) > kth) break;
    const r = goLeft ? (order[left] ?? 0) : (order[right] ?? 0);
    if (goLeft) left -= 1;
    else right += 1;
    if (accept(r)) offer(best, count, r, Math.sqrt(squared(layout, row, r)));
  }
  return best;
};
