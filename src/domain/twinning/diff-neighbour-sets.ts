import { compareCodes } from './feature-matrix.ts';

/** One area's list in a neighbour set: neighbour codes, nearest first. */
export interface SavedList {
  readonly areaCode: string;
  readonly neighbours: readonly string[];
}

export interface ListChange {
  readonly areaCode: string;
  /** `new`: listed only after; `gone`: listed only before (e.g. a boundary change or missing data). */
  readonly status: 'new' | 'gone' | 'changed' | 'unchanged';
  /** Neighbours in the later list and not the earlier one, in the later list's order. */
  readonly joined: readonly string[];
  /** Neighbours in the earlier list and not the later one, in the earlier list's order. */
  readonly left: readonly string[];
  /** Neighbours in both whose rank changed. */
  readonly moved: readonly { readonly code: string; readonly from: number; readonly to: number }[];
}

/**
 * What changed between two neighbour sets, area by area, in GSS-code order (docs/methodology.md §11.10).
 * @example diffNeighbourSets([{ areaCode: 'A', neighbours: ['B', 'C'] }], [{ areaCode: 'A', neighbours: ['C', 'D'] }])
 * → { changes: [{ areaCode: 'A', status: 'changed', joined: ['D'], left: ['B'], moved: [{ code: 'C', from: 2, to: 1 }] }], … }
 */
export function diffNeighbourSets(before: readonly SavedList[], after: readonly SavedList[]): { changes: ListChange[]; counts: Record<ListChange['status'], number> } {
  const earlier = new Map(before.map((l) => [l.areaCode, l.neighbours]));
  const later = new Map(after.map((l) => [l.areaCode, l.neighbours]));
  const codes = [...new Set([...earlier.keys(), ...later.keys()])].sort(compareCodes);
  const changes = codes.map((areaCode): ListChange => {
    const was = earlier.get(areaCode);
    const now = later.get(areaCode);
    if (was === undefined) return { areaCode, status: 'new', joined: now ?? [], left: [], moved: [] };
    if (now === undefined) return { areaCode, status: 'gone', joined: [], left: was, moved: [] };
    const rankWas = new Map(was.map((c, i) => [c, i + 1]));
    const rankNow = new Map(now.map((c, i) => [c, i + 1]));
    const joined = now.filter((c) => !rankWas.has(c));
    const left = was.filter((c) => !rankNow.has(c));
    const moved = now.flatMap((c, i) => {
      const from = rankWas.get(c);
      return from !== undefined && from !== i + 1 ? [{ code: c, from, to: i + 1 }] : [];
    });
    return { areaCode, status: joined.length + left.length + moved.length === 0 ? 'unchanged' : 'changed', joined, left, moved };
  });
  const counts = { new: 0, gone: 0, changed: 0, unchanged: 0 };
  for (const c of changes) counts[c.status] += 1;
  return { changes, counts };
}
