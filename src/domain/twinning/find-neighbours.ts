import type { ExcludedArea } from '../social-mobility-index/index.ts';
import { bandLimits, closenessOf, type BandLimits, type Closeness } from './closeness-bands.ts';
import { explainCloseness, type IndicatorContribution } from './explain-closeness.ts';
import type { FeatureColumn, FeatureMatrix } from './feature-matrix.ts';

export interface NeighbourOptions {
  /** How many neighbours each area gets (fewer only when fewer candidates remain). Default 10. */
  readonly k?: number;
  /** Leave out candidates in an Opportunity Area other than the area's own. */
  readonly excludeOpportunityAreas?: boolean;
  /** Only candidates in the area's own region. */
  readonly sameRegion?: boolean;
}

export interface Neighbour {
  readonly code: string;
  readonly name: string;
  /** 1 = nearest. */
  readonly rank: number;
  readonly distance: number;
  readonly band: Closeness;
  /** Whether this area is also in the neighbour's own list (under the same options). */
  readonly reciprocal: boolean;
  readonly contributions: readonly IndicatorContribution[];
}

export interface AreaNeighbours {
  readonly code: string;
  readonly name: string;
  readonly neighbours: readonly Neighbour[];
}

export interface NeighbourResult {
  readonly areas: readonly AreaNeighbours[];
  readonly excluded: readonly ExcludedArea[];
  readonly columns: readonly FeatureColumn[];
  readonly bands: BandLimits;
}

export const DEFAULT_NEIGHBOURS = 10;

/**
 * Every area's k nearest areas by weighted distance (docs/methodology.md §11.2–§11.5), nearest first,
 * ties broken by GSS code; an area is never its own neighbour. Lists are found for every area (bands
 * and reciprocity need them all) in O(n²·m); only the areas in the matrix are listed.
 * @example findNeighbours(matrix, { k: 3 }).areas[0].neighbours.map((n) => n.code) → ['E06000015', …]
 */
export function findNeighbours(matrix: FeatureMatrix, options: NeighbourOptions = {}): NeighbourResult {
  const found = neighbourLists(matrix, options);
  const areas = matrix.areas.map((_, i) => describeNeighbours(matrix, found, i));
  return { areas, excluded: matrix.excluded, columns: matrix.columns, bands: found.limits };
}

/**
 * One area's neighbours, exactly as `findNeighbours` lists them, explained for that area alone: the lists,
 * bands and reciprocity still come from every area, but the per-indicator explanations (most of the work
 * for large k) only for the neighbours shown. `area` is undefined when the code is not in the matrix.
 * @example findNeighboursOf(matrix, 'E06000009', { k: 3 }).area?.neighbours.map((n) => n.code) → ['E08000001', …]
 */
export function findNeighboursOf(matrix: FeatureMatrix, code: string, options: NeighbourOptions = {}): Omit<NeighbourResult, 'areas'> & { area: AreaNeighbours | undefined } {
  const found = neighbourLists(matrix, options);
  const at = matrix.areas.findIndex((a) => a.code === code);
  return { area: at < 0 ? undefined : describeNeighbours(matrix, found, at), excluded: matrix.excluded, columns: matrix.columns, bands: found.limits };
}

interface NeighbourLists {
  readonly lists: readonly { index: number; distance: number }[][];
  readonly inList: readonly ReadonlySet<number>[];
  readonly limits: BandLimits;
}

function neighbourLists(matrix: FeatureMatrix, options: NeighbourOptions): NeighbourLists {
  const k = options.k ?? DEFAULT_NEIGHBOURS;
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a whole number of at least 1, not ${String(k)}`);
  const lists = nearestIndices(matrix, k, options);
  const inList = lists.map((list) => new Set(list.map((n) => n.index)));
  const limits = bandLimits(lists.flatMap((list) => list.map((n) => n.distance)));
  return { lists, inList, limits };
}

function describeNeighbours(matrix: FeatureMatrix, found: NeighbourLists, i: number): AreaNeighbours {
  const area = matrix.areas[i];
  return {
    code: area?.code ?? '',
    name: area?.name ?? '',
    neighbours: (found.lists[i] ?? []).map(({ index, distance }, r) => {
      const other = matrix.areas[index];
      return {
        code: other?.code ?? '',
        name: other?.name ?? '',
        rank: r + 1,
        distance,
        band: closenessOf(distance, found.limits),
        reciprocal: found.inList[index]?.has(i) ?? false,
        contributions: explainCloseness(matrix, i, index).contributions,
      };
    }),
  };
}

/**
 * Each row's k nearest eligible rows as { index, distance }, by distance then index. Rows are in GSS-code
 * order (see buildFeatureMatrix), so the index breaks ties by code. A bounded insertion list keeps it
 * O(n·k) per row beyond the distances themselves.
 */
export function nearestIndices(matrix: FeatureMatrix, k: number, options: Omit<NeighbourOptions, 'k'> = {}): { index: number; distance: number }[][] {
  const { areas, standardised: z, columns } = matrix;
  const n = areas.length;
  const m = columns.length;
  const weights = Float64Array.from(columns, (c) => c.weight);
  // Regions and Opportunity Areas as small integers (0 = none), so the filters are plain comparisons.
  const ids = new Map<string, number>();
  const idOf = (key: string | null): number => (key === null ? 0 : (ids.get(key) ?? ids.set(key, ids.size + 1).size));
  const region = Int32Array.from(areas, (a) => idOf(a.regionCode === null ? null : `r:${a.regionCode}`));
  const programme = Int32Array.from(areas, (a) => idOf(a.opportunityArea === null ? null : `p:${a.opportunityArea}`));
  const sameRegion = options.sameRegion === true;
  const excludeOas = options.excludeOpportunityAreas === true;
  const result: { index: number; distance: number }[][] = [];
  for (let i = 0; i < n; i += 1) {
    const best: { index: number; distance: number }[] = [];
    const ownRegion = region[i] ?? 0;
    const ownProgramme = programme[i] ?? 0;
    for (let j = 0; j < n; j += 1) {
      if (j === i) continue;
      if (sameRegion && region[j] !== ownRegion) continue;
      const otherProgramme = programme[j] ?? 0;
      if (excludeOas && otherProgramme !== 0 && otherProgramme !== ownProgramme) continue;
      // The same sum, in the same order, as squaredDistance: the distance shown is the distance ranked.
      let sum = 0;
      for (let c = 0; c < m; c += 1) {
        const diff = (z[i * m + c] ?? 0) - (z[j * m + c] ?? 0);
        sum += (weights[c] ?? 0) * diff * diff;
      }
      const distance = Math.sqrt(sum);
      if (best.length === k && !isBefore(distance, j, best[k - 1])) continue;
      let at = best.length === k ? k - 1 : best.length;
      if (best.length < k) best.push({ index: j, distance });
      while (at > 0 && isBefore(distance, j, best[at - 1])) {
        best[at] = best[at - 1] ?? { index: j, distance };
        at -= 1;
      }
      best[at] = { index: j, distance };
    }
    result.push(best);
  }
  return result;
}

function isBefore(distance: number, index: number, other: { index: number; distance: number } | undefined): boolean {
  return other === undefined || distance < other.distance || (distance === other.distance && index < other.index);
}
