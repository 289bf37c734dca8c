import type { CoverageCount } from './summarise-coverage.ts';
import { compareKeys } from './summarise-coverage.ts';

/**
 * One population's coverage as a tree of groups: an area, its districts, their schools, their year
 * groups. Every table about the population is a set of its nodes (a school's table is the school and its
 * year groups; an area's, the area and its schools), so protecting the tree once protects them all
 * together (docs/methodology.md §15.4).
 */
export interface CoverageNode {
  readonly key: string;
  readonly children: readonly CoverageNode[];
  /** Leaves only: pupils on roll and those reaching the target, FSM and not. */
  readonly counts?: { readonly fsm: CoverageCount; readonly notFsm: CoverageCount };
}

/** A leaf of the tree: its keys from the top (district, school, year group) and its counts. */
export interface CoverageLeaf {
  readonly path: readonly string[];
  readonly fsm: CoverageCount;
  readonly notFsm: CoverageCount;
}

/**
 * The tree of `leaves` under one root, children in key order (numbers as numbers). Leaves with the same
 * path are added together. Every leaf must be at the same depth: a programmer error otherwise.
 * `coverageTree([{ path: ['100001', '9'], … }, { path: ['100001', '10'], … }])` → root → 100001 → 9, 10.
 */
export function coverageTree(leaves: readonly CoverageLeaf[], rootKey = 'total'): CoverageNode {
  const depth = leaves[0]?.path.length ?? 0;
  if (leaves.some((l) => l.path.length !== depth)) throw new RangeError('Every leaf of a coverage tree must be at the same depth');
  const build = (key: string, group: readonly CoverageLeaf[], level: number): CoverageNode => {
    if (level === depth) {
      const add = (part: 'fsm' | 'notFsm') => group.reduce((sum, l) => ({ pupils: sum.pupils + l[part].pupils, reached: sum.reached + l[part].reached }), { pupils: 0, reached: 0 });
      return { key, children: [], counts: { fsm: add('fsm'), notFsm: add('notFsm') } };
    }
    const byKey = new Map<string, CoverageLeaf[]>();
    for (const leaf of group) {
      const next = leaf.path[level] ?? '';
      const list = byKey.get(next);
      if (list === undefined) byKey.set(next, [leaf]);
      else list.push(leaf);
    }
    const children = [...byKey.keys()].sort(compareKeys).map((k) => build(k, byKey.get(k) ?? [], level + 1));
    return { key, children };
  };
  return build(rootKey, leaves, 0);
}

/** The node at `path` below `root`, or undefined: `findNode(area, ['100001', '9'])` → that school's year 9. */
export function findNode<T extends { readonly key: string; readonly children: readonly T[] }>(root: T, path: readonly string[]): T | undefined {
  let node: T | undefined = root;
  for (const key of path) node = node?.children.find((c) => c.key === key);
  return node;
}
