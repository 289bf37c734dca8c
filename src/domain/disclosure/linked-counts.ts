import { assertCount } from './suppress-counts.ts';

/**
 * Every published count of one population, as sums of its finest counts. Tables that share figures (a
 * school's table by year group and an area's table by school; totals, "other pupils" columns) are one
 * `LinkedCounts`, so disclosure control sees every way a reader can combine them
 * (docs/methodology.md, 4. Disclosure control, 4.4).
 */
export interface LinkedCounts {
  /** The finest counts, such as one year group's FSM pupils reaching the target; `null` where not held. */
  readonly inner: readonly (number | null)[];
  /** Each published count: the indexes of the finest counts it adds up. */
  readonly cells: readonly (readonly number[])[];
  /** Additive lines a reader can subtract along: a total cell and the cells that add up to it. */
  readonly relations: readonly LinkedRelation[];
  /** Finest counts that belong together (one group's), searched together for other tables that fit. */
  readonly blocks: readonly (readonly number[])[];
}

export interface LinkedRelation {
  readonly total: number;
  readonly parts: readonly number[];
}

/**
 * Lookups over a `LinkedCounts`, checked once: every index in range, every relation a true sum (its total
 * covers exactly its parts' finest counts). Throws a RangeError otherwise: a programmer error.
 */
export class LinkedIndex {
  readonly values: readonly (number | null)[];
  readonly cellsOfInner: readonly (readonly number[])[];
  readonly relationsOfCell: readonly (readonly number[])[];
  readonly blockOfInner: Int32Array;
  private readonly blocksOfCellCache = new Map<number, readonly number[]>();
  private readonly coveringCache = new Map<number, readonly number[]>();

  constructor(readonly counts: LinkedCounts) {
    const { inner, cells, relations, blocks } = counts;
    for (const value of inner) if (value !== null) assertCount(value);
    const cellsOfInner: number[][] = inner.map(() => []);
    cells.forEach((members, k) => {
      if (new Set(members).size !== members.length) throw new RangeError(`Cell ${String(k)} names a count twice`);
      for (const i of members) {
        const list = cellsOfInner[i];
        if (list === undefined) throw new RangeError(`Cell ${String(k)} names count ${String(i)}, which does not exist`);
        list.push(k);
      }
    });
    this.cellsOfInner = cellsOfInner;
    this.values = cells.map((members) => {
      let sum = 0;
      for (const i of members) {
        const value = inner[i] ?? null;
        if (value === null) return null;
        sum += value;
      }
      return sum;
    });
    const relationsOfCell: number[][] = cells.map(() => []);
    // stamp[i] = r + 1 marks count i as in relation r's total and not yet covered by a part.
    const stamp = new Int32Array(inner.length);
    relations.forEach((relation, r) => {
      const total = cells[relation.total];
      if (total === undefined || relation.parts.some((p) => cells[p] === undefined)) throw new RangeError(`Relation ${String(r)} names a cell that does not exist`);
      for (const i of total) stamp[i] = r + 1;
      let covered = 0;
      for (const p of relation.parts) {
        for (const i of cells[p] ?? []) {
          if (stamp[i] !== r + 1) throw new RangeError(`Relation ${String(r)} is not a sum: a part counts something its total does not, or two parts overlap`);
          stamp[i] = 0;
          covered += 1;
        }
      }
      if (covered !== total.length) throw new RangeError(`Relation ${String(r)} is not a sum: its parts do not cover all of its total's counts`);
      for (const k of [relation.total, ...relation.parts]) relationsOfCell[k]?.push(r);
    });
    this.relationsOfCell = relationsOfCell;
    this.blockOfInner = new Int32Array(inner.length).fill(-1);
    blocks.forEach((members, b) => {
      for (const i of members) {
        if (i < 0 || i >= inner.length) throw new RangeError(`Block ${String(b)} names count ${String(i)}, which does not exist`);
        if (this.blockOfInner[i] !== -1) throw new RangeError(`Count ${String(i)} is in two blocks`);
        this.blockOfInner[i] = b;
      }
    });
  }

  /** The blocks a cell's counts fall in, in block order. */
  blocksOfCell(cell: number): readonly number[] {
    const cached = this.blocksOfCellCache.get(cell);
    if (cached !== undefined) return cached;
    const blocks = new Set<number>();
    for (const i of this.counts.cells[cell] ?? []) {
      const b = this.blockOfInner[i] ?? -1;
      if (b >= 0) blocks.add(b);
    }
    const list = [...blocks].sort((a, b) => a - b);
    this.blocksOfCellCache.set(cell, list);
    return list;
  }

  /** The cells that add up any count of the block, each once, smallest (most specific) first. */
  cellsCoveringBlock(block: number): readonly number[] {
    const cached = this.coveringCache.get(block);
    if (cached !== undefined) return cached;
    const cells = new Set<number>();
    for (const i of this.counts.blocks[block] ?? []) for (const k of this.cellsOfInner[i] ?? []) cells.add(k);
    const list = [...cells].sort((a, b) => (this.counts.cells[a]?.length ?? 0) - (this.counts.cells[b]?.length ?? 0) || a - b);
    this.coveringCache.set(block, list);
    return list;
  }
}
