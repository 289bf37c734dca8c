import type { LinkedCounts, LinkedRelation } from '../disclosure/index.ts';

/** A group's finest counts, split into parts (FSM and other pupils; days attended and not): each part's counts. */
export interface GroupParts {
  readonly id: string;
  readonly parts: readonly (readonly number[])[];
}

export interface LinkedGroups {
  readonly linked: LinkedCounts;
  /** Each group's cells: one per part that has a cell, then the whole (the parts together). */
  readonly cellsOf: ReadonlyMap<string, readonly number[]>;
}

/**
 * The cells and additive lines of a set of overlapping groups over one population's finest counts
 * (docs/methodology.md §18.4): each group publishes `published` parts and its whole; a group's whole is
 * its parts where every part is published; and each whole or part is the sum of its children's where the
 * children do not overlap and cover it exactly (a district of its clubs when no pupil went to two of them).
 * Groups with the same counts share one cell, so a reader's two views of one figure are one figure.
 * `linkGroups([3, 1], [[0, 1]], [{ id: 'a', parts: [[0], [1]] }], [true, true], new Map())` → cells [0], [1],
 * [0, 1] and the line [0, 1] = [0] + [1].
 */
export function linkGroups(
  inner: readonly number[],
  blocks: readonly (readonly number[])[],
  groups: readonly GroupParts[],
  published: readonly boolean[],
  children: ReadonlyMap<string, readonly (readonly string[])[]>,
): LinkedGroups {
  const cells: number[][] = [];
  const known = new Map<string, number>();
  const cellOf = (members: readonly number[]): number => {
    const sorted = [...members].sort((a, b) => a - b);
    const key = sorted.join(',');
    let k = known.get(key);
    if (k === undefined) {
      k = cells.length;
      cells.push(sorted);
      known.set(key, k);
    }
    return k;
  };
  const relations: LinkedRelation[] = [];
  const seen = new Set<string>();
  const relate = (total: number, parts: readonly number[]) => {
    const distinct = [...new Set(parts)].filter((p) => p !== total && (cells[p]?.length ?? 0) > 0);
    if (distinct.length < 2 || distinct.length !== parts.filter((p) => (cells[p]?.length ?? 0) > 0).length) return;
    const key = `${String(total)}=${distinct.sort((a, b) => a - b).join('+')}`;
    if (seen.has(key)) return;
    seen.add(key);
    relations.push({ total, parts: distinct });
  };
  const cellsOf = new Map<string, number[]>();
  const membersOf = new Map<string, (readonly number[])[]>();
  for (const group of groups) {
    const columns = group.parts.flatMap((members, p) => (published[p] === true ? [cellOf(members)] : []));
    const whole = group.parts.flat();
    const total = cellOf(whole);
    cellsOf.set(group.id, [...columns, total]);
    membersOf.set(group.id, [...group.parts.filter((_, p) => published[p] === true), whole]);
    if (columns.length === group.parts.length) relate(total, columns);
  }
  // A line is an exact sum: every count of the whole in exactly one part.
  const stamp = new Int32Array(inner.length);
  let mark = 0;
  const exact = (whole: readonly number[], parts: readonly (readonly number[])[]): boolean => {
    mark += 1;
    for (const i of whole) stamp[i] = mark;
    let covered = 0;
    for (const part of parts) {
      for (const i of part) {
        if (stamp[i] !== mark) return false;
        stamp[i] = -mark;
        covered += 1;
      }
    }
    return covered === whole.length;
  };
  for (const [parent, lines] of children) {
    const parentCells = cellsOf.get(parent);
    const parentMembers = membersOf.get(parent);
    if (parentCells === undefined || parentMembers === undefined) continue;
    for (const line of lines) {
      const childCells = line.map((c) => cellsOf.get(c) ?? []);
      const childMembers = line.map((c) => membersOf.get(c) ?? []);
      parentCells.forEach((total, col) => {
        const parts = childMembers.map((m) => m[col] ?? []);
        if (exact(parentMembers[col] ?? [], parts)) relate(total, childCells.map((c) => c[col] ?? -1));
      });
    }
  }
  return { linked: { inner, cells, relations, blocks }, cellsOf };
}
