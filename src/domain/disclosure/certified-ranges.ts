import type { Alternative } from './alternative-tables.ts';

/** The values a hidden cell is proved able to take (its true value always among them). */
export interface CertifiedRange {
  readonly low: number;
  readonly high: number;
}

/**
 * The alternative tables found so far and, for each protected cell, the values they give it: the proof
 * behind each hidden cell's protection. An alternative stops counting once a cell it moves is shown
 * (`withdrawMoversOf`), so showing a cell again can be checked and undone (docs/methodology.md, 4.4).
 */
export class CertifiedRanges {
  private readonly alternatives: Alternative[] = [];
  private readonly moved: (readonly number[])[] = [];
  private readonly byCell = new Map<number, Map<number, number>>();
  private readonly movers = new Map<number, Set<number>>();
  private readonly withdrawn = new Set<number>();
  private readonly cache = new Map<number, CertifiedRange>();

  constructor(private readonly values: readonly (number | null)[]) {}

  /**
   * Records an alternative and the values it gives the cells it moves (only those `keep` accepts); its id,
   * or −1 when it widens no range (it proves nothing new, so it is not kept) unless `always`.
   */
  record(moves: readonly (readonly [number, number])[], alternative: Alternative, keep: (cell: number) => boolean, always = false): number {
    const widens = always || moves.some(([cell, delta]) => {
      if (delta === 0 || !keep(cell)) return false;
      const value = (this.values[cell] ?? 0) + delta;
      const range = this.range(cell);
      return value < range.low || value > range.high;
    });
    if (!widens) return -1;
    const id = this.alternatives.length;
    this.alternatives.push(alternative);
    const cells: number[] = [];
    for (const [cell, delta] of moves) {
      if (delta === 0 || !keep(cell)) continue;
      const values = this.byCell.get(cell) ?? new Map<number, number>();
      const value = (this.values[cell] ?? 0) + delta;
      values.set(id, value);
      const known = this.cache.get(cell);
      if (known !== undefined) this.cache.set(cell, { low: Math.min(known.low, value), high: Math.max(known.high, value) });
      this.byCell.set(cell, values);
      const set = this.movers.get(cell) ?? new Set<number>();
      set.add(id);
      this.movers.set(cell, set);
      cells.push(cell);
    }
    this.moved.push(cells);
    return id;
  }

  /** The values `cell` is proved able to take: its truth, widened by every alternative still counting. */
  range(cell: number): CertifiedRange {
    const known = this.cache.get(cell);
    if (known !== undefined) return known;
    const truth = this.values[cell] ?? 0;
    let low = truth;
    let high = truth;
    for (const [id, value] of this.byCell.get(cell) ?? []) {
      if (this.withdrawn.has(id)) continue;
      if (value < low) low = value;
      if (value > high) high = value;
    }
    const range = { low, high };
    this.cache.set(cell, range);
    return range;
  }

  /** Whether the alternative `id` still counts. */
  counts(id: number): boolean {
    return id >= 0 && id < this.alternatives.length && !this.withdrawn.has(id);
  }

  /**
   * Stops counting every alternative that moves `cell` (about to be shown); returns the cells whose range
   * may have narrowed, and an undo.
   */
  withdrawMoversOf(cell: number): { affected: number[]; undo: () => void } {
    const ids = [...(this.movers.get(cell) ?? [])].filter((id) => !this.withdrawn.has(id));
    for (const id of ids) this.withdrawn.add(id);
    const affected = [...new Set(ids.flatMap((id) => this.moved[id] ?? []))];
    for (const k of affected) this.cache.delete(k);
    return {
      affected,
      undo: () => {
        for (const id of ids) this.withdrawn.delete(id);
        for (const k of affected) this.cache.delete(k);
      },
    };
  }

  /** For each cell, its range; and the alternatives giving the ends of those ranges (the proof to pass on). */
  summary(cells: readonly number[]): { ranges: Map<number, CertifiedRange>; alternatives: Alternative[] } {
    const ranges = new Map<number, CertifiedRange>();
    const keep = new Set<number>();
    for (const cell of cells) {
      const range = this.range(cell);
      ranges.set(cell, range);
      const truth = this.values[cell] ?? 0;
      const counting = [...(this.byCell.get(cell) ?? [])].filter(([id]) => !this.withdrawn.has(id));
      const lowEnd = counting.find(([, value]) => value === range.low && value !== truth);
      const highEnd = counting.find(([, value]) => value === range.high && value !== truth);
      if (lowEnd !== undefined) keep.add(lowEnd[0]);
      if (highEnd !== undefined) keep.add(highEnd[0]);
    }
    return { ranges, alternatives: [...keep].sort((a, b) => a - b).map((id) => this.alternatives[id] ?? []) };
  }
}
