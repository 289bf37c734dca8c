import type { LinkedCounts, LinkedRelation } from './linked-counts.ts';

/** A group and the groups it is made of: an area of schools, a school of year groups. Leaves have no children. */
export interface GroupTree {
  readonly key: string;
  readonly children: readonly GroupTree[];
}

export interface TreeTableNode {
  readonly key: string;
  /** Keys from the root's child down to this node (the root's path is empty). */
  readonly path: readonly string[];
  readonly leaf: boolean;
  /** The parent's position in `nodes` (−1 for the root), and for a leaf its block (−1 otherwise). */
  readonly parent: number;
  readonly block: number;
  /**
   * The node's cells by row and column, the last of each being the total: `cells[r][c]`. A margin over a
   * single row or column is that row or column itself (the same cell).
   */
  readonly cells: readonly (readonly number[])[];
}

export interface TreeTable {
  readonly linked: LinkedCounts;
  /** Every node, the root first, each before its children. */
  readonly nodes: readonly TreeTableNode[];
}

/**
 * The cells every group of a tree publishes: a `rows` × `columns` table of counts with its row totals,
 * column totals and grand total, where each leaf's counts are given and every other group's are the sums
 * of its children's. Lines: each row and column with its total, in each group; each cell of a group with
 * the same cell of its children (docs/methodology.md, 4.4).
 * `buildTreeTable({ key: 'area', children: [school A, school B] }, counts, { rows: 2, columns: 2 })` → 27
 * cells (3 groups × 9) over 8 finest counts.
 */
export function buildTreeTable(root: GroupTree, leafCounts: (path: readonly string[]) => readonly (readonly (number | null)[])[], shape: { readonly rows: number; readonly columns: number }): TreeTable {
  const { rows, columns } = shape;
  if (!Number.isSafeInteger(rows) || rows < 1 || !Number.isSafeInteger(columns) || columns < 1) throw new RangeError(`Expected at least one row and one column, got ${String(rows)} × ${String(columns)}`);
  const inner: (number | null)[] = [];
  const cells: number[][] = [];
  const relations: LinkedRelation[] = [];
  const blocks: number[][] = [];
  const nodes: TreeTableNode[] = [];
  const positions: [number, number][] = [];
  for (let r = 0; r <= rows; r++) for (let c = 0; c <= columns; c++) if ((r < rows || rows > 1) && (c < columns || columns > 1)) positions.push([r, c]);

  const newGrid = (): number[][] => Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(-1));
  const alias = (grid: number[][]) => {
    // A total over one row or column is that row or column.
    for (let r = 0; r <= rows; r++) if (columns === 1) (grid[r] ?? [])[1] = grid[r]?.[0] ?? -1;
    for (let c = 0; c <= columns; c++) if (rows === 1) (grid[1] ?? [])[c] = grid[0]?.[c] ?? -1;
  };
  const lines = (grid: number[][]) => {
    const at = (r: number, c: number) => grid[r]?.[c] ?? -1;
    if (columns > 1) for (let r = 0; r <= rows; r++) if (r < rows || rows > 1) relations.push({ total: at(r, columns), parts: Array.from({ length: columns }, (_, c) => at(r, c)) });
    if (rows > 1) for (let c = 0; c <= columns; c++) if (c < columns || columns > 1) relations.push({ total: at(rows, c), parts: Array.from({ length: rows }, (_, r) => at(r, c)) });
  };

  const visit = (node: GroupTree, path: readonly string[], parent: number): number[][] => {
    const grid = newGrid();
    const position = nodes.length;
    nodes.push({ key: node.key, path, leaf: node.children.length === 0, parent, block: node.children.length === 0 ? blocks.length : -1, cells: grid });
    if (node.children.length === 0) {
      const counts = leafCounts(path);
      if (counts.length !== rows || counts.some((row) => row.length !== columns)) throw new RangeError(`Expected ${String(rows)} × ${String(columns)} counts for ${path.join(' / ') || 'the root'}`);
      const block: number[] = [];
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < columns; c++) {
          const i = inner.length;
          inner.push(counts[r]?.[c] ?? null);
          block.push(i);
        }
      }
      blocks.push(block);
      for (const [r, c] of positions) {
        const members: number[] = [];
        for (let rr = 0; rr < rows; rr++) for (let cc = 0; cc < columns; cc++) if ((r === rows || r === rr) && (c === columns || c === cc)) members.push(block[rr * columns + cc] ?? -1);
        (grid[r] ?? [])[c] = cells.length;
        cells.push(members);
      }
      alias(grid);
      lines(grid);
      return grid;
    }
    const childGrids = node.children.map((child) => visit(child, [...path, child.key], position));
    for (const [r, c] of positions) {
      (grid[r] ?? [])[c] = cells.length;
      cells.push(childGrids.flatMap((g) => cells[g[r]?.[c] ?? -1] ?? []));
    }
    alias(grid);
    lines(grid);
    for (const [r, c] of positions) relations.push({ total: grid[r]?.[c] ?? -1, parts: childGrids.map((g) => g[r]?.[c] ?? -1) });
    return grid;
  };
  visit(root, [], -1);
  return { linked: { inner, cells, relations, blocks }, nodes };
}
