import type { SavedList } from './diff-neighbour-sets.ts';

/** How one area's list under one recipe compares with its list under another. */
export interface ListOverlap {
  readonly areaCode: string;
  /** Neighbours in both lists. */
  readonly shared: number;
  /** |A ∩ B| ÷ |A ∪ B|: 1 for the same neighbours, 0 for none in common. */
  readonly jaccard: number;
  /** In the first list only, in its order. */
  readonly onlyFirst: readonly string[];
  /** In the second list only, in its order. */
  readonly onlySecond: readonly string[];
}

export interface OverlapSummary {
  readonly overlaps: readonly ListOverlap[];
  /** Means over the areas listed by both; null when there is none. */
  readonly meanShared: number | null;
  readonly meanJaccard: number | null;
  /** Areas asked for that either list lacks (left out by a recipe, or no data). */
  readonly missing: readonly string[];
}

/**
 * How far two sets of neighbour lists agree for the areas asked for, in the order asked (docs/methodology.md
 * §11.12): the neighbours they share, the Jaccard index |A ∩ B| ÷ |A ∪ B|, and what each list has alone.
 * Ranks within a list do not count, only membership.
 *
 * @example
 * compareNeighbourLists([{ areaCode: 'A', neighbours: ['B', 'C', 'D'] }], [{ areaCode: 'A', neighbours: ['C', 'D', 'E'] }], ['A'])
 * // → { overlaps: [{ areaCode: 'A', shared: 2, jaccard: 0.5, onlyFirst: ['B'], onlySecond: ['E'] }], meanShared: 2, meanJaccard: 0.5, missing: [] }
 */
export function compareNeighbourLists(first: readonly SavedList[], second: readonly SavedList[], areaCodes: readonly string[]): OverlapSummary {
  const firstOf = new Map(first.map((l) => [l.areaCode, l.neighbours]));
  const secondOf = new Map(second.map((l) => [l.areaCode, l.neighbours]));
  const overlaps: ListOverlap[] = [];
  const missing: string[] = [];
  for (const areaCode of areaCodes) {
    const a = firstOf.get(areaCode);
    const b = secondOf.get(areaCode);
    if (a === undefined || b === undefined) {
      missing.push(areaCode);
      continue;
    }
    const inA = new Set(a);
    const inB = new Set(b);
    const shared = [...inA].filter((c) => inB.has(c)).length;
    const union = new Set([...a, ...b]).size;
    overlaps.push({ areaCode, shared, jaccard: union === 0 ? 1 : shared / union, onlyFirst: a.filter((c) => !inB.has(c)), onlySecond: b.filter((c) => !inA.has(c)) });
  }
  const mean = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);
  return { overlaps, meanShared: mean(overlaps.map((o) => o.shared)), meanJaccard: mean(overlaps.map((o) => o.jaccard)), missing };
}
