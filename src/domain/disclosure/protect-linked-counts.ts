import type { Alternative, CellStatus } from './alternative-tables.ts';
import { NOT_AVAILABLE, suppressedCell, valueCell, type Cell, type SuppressionReason } from './cell.ts';
import { CertifiedRanges, type CertifiedRange } from './certified-ranges.ts';
import { LinkedIndex, type LinkedCounts } from './linked-counts.ts';
import { assertThreshold, DEFAULT_THRESHOLD } from './suppress-counts.ts';
import { WitnessSearch, type Protecting, type RequiredChange } from './witness-search.ts';

export type { RequiredChange } from './witness-search.ts';
export type { CertifiedRange } from './certified-ranges.ts';

export interface LinkedOptions {
  /** Counts from 1 to threshold − 1 are confidential. Default 5. */
  readonly threshold?: number;
  /** Cells decided by an earlier pass over figures this one shares: shown as they are, or hidden. */
  readonly locked?: ReadonlyMap<number, 'shown' | SuppressionReason>;
  /**
   * Cells not published on their own (a reader sees them only where shown cells add up to them): never
   * shown, known only to be 0 or more, and protected (from being worked out) only when they hold a count
   * from 1 to threshold − 1.
   */
  readonly unlisted?: ReadonlySet<number>;
  /** Cells no alternative may change (figures shared with other tables, such as pupils on roll under every rule). */
  readonly frozen?: ReadonlySet<number>;
  /** Changes to frozen cells that must fit this table too (the other tables' proofs), with the blocks they touch. */
  readonly required?: readonly RequiredChange[];
  /** Told, as the search goes, how many protected cells are proved safe of how many there are. */
  readonly onProgress?: (proved: number, total: number) => void;
}

export interface LinkedResult {
  readonly cells: readonly Cell[];
  /** For each protected cell, values it is shown to be able to take in tables a reader cannot tell apart. */
  readonly ranges: ReadonlyMap<number, CertifiedRange>;
  /** The alternative tables behind the ranges' ends, so a linked pass can require them too. */
  readonly alternatives: readonly Alternative[];
  /** Cells that could not be protected as the rule asks, and required changes that did not fit (both 0 when it succeeded). */
  readonly unprotected: readonly number[];
  readonly unrealised: number;
}

/** Hidden totals tried again, most costly first, once everything is protected. */
const SHOW_AGAIN = 16;

/**
 * Disclosure control for every table of one population at once (docs/methodology.md, 4. Disclosure
 * control): primary suppression of counts from 1 to threshold − 1; then secondary suppression until every
 * hidden cell is protected, proved by other tables a reader cannot tell from the true one. A `c` over a
 * count below the threshold must be able to take at least threshold − 1 values (as many as a `c` stands
 * for: 1 to 4); any other `c`, and a small count not published on its own, at least 2, so nothing hidden
 * can be worked out. Steps repeat until none hides anything: every line whose only unknown is protected
 * hides its cheapest shown non-zero cell (4.4); each required change is fitted; each protected cell not
 * yet proved safe gets an alternative table or, where none fits, the cheapest cells whose hiding lets one
 * fit are hidden. Last, hidden totals are shown again where everything stays protected without them.
 *
 * `protectLinkedCounts({ inner: [3, 12], cells: [[0], [1], [0, 1]], relations: [{ total: 2, parts: [0, 1] }], blocks: [[0, 1]] })`
 * → 3 is `c` (primary), 12 `c` (secondary), 15 shown: 3 + 12 could as well be 1 + 14 … 4 + 11.
 */
export function protectLinkedCounts(counts: LinkedCounts, options: LinkedOptions = {}): LinkedResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  assertThreshold(threshold);
  return new Protection(new LinkedIndex(counts), threshold, options).run();
}

class Protection implements Protecting {
  readonly ranges: CertifiedRanges;
  readonly required: readonly RequiredChange[];
  private readonly state: CellStatus[];
  private readonly reason: SuppressionReason[];
  private readonly search: WitnessSearch;
  /** For each required change, the alternative that fits it (−1 while none does). */
  private readonly realisedBy: number[];

  constructor(
    readonly index: LinkedIndex,
    private readonly threshold: number,
    private readonly options: LinkedOptions,
  ) {
    this.ranges = new CertifiedRanges(index.values);
    this.required = options.required ?? [];
    this.realisedBy = this.required.map(() => -1);
    this.state = index.values.map((value, k) => {
      const locked = options.locked?.get(k);
      if (value === null) return 'missing';
      if (options.unlisted?.has(k) === true) return 'unlisted';
      if (locked !== undefined) return locked === 'shown' ? 'shown' : 'hidden';
      return value > 0 && value < threshold ? 'hidden' : 'shown';
    });
    this.reason = index.values.map((_, k) => {
      const locked = options.locked?.get(k);
      return locked === undefined || locked === 'shown' ? 'primary' : locked;
    });
    this.search = new WitnessSearch(this);
  }

  status(cell: number): CellStatus {
    return this.state[cell] ?? 'missing';
  }

  isFrozen(cell: number): boolean {
    return this.options.frozen?.has(cell) ?? false;
  }

  canHide(cell: number): boolean {
    return this.state[cell] === 'shown' && !this.isFrozen(cell) && !this.options.locked?.has(cell) && (this.index.values[cell] ?? 0) > 0;
  }

  confidential(cell: number): boolean {
    const status = this.state[cell];
    const value = this.index.values[cell] ?? 0;
    return status === 'hidden' || (status === 'unlisted' && value > 0 && value < this.threshold);
  }

  needed(cell: number): number {
    const value = this.index.values[cell] ?? 0;
    if (this.state[cell] === 'unlisted') return this.confidential(cell) ? 2 : 1;
    return value < this.threshold ? Math.max(2, this.threshold - 1) : 2;
  }

  /**
   * What hiding a cell loses: its count times the groups it covers, so a year group's figure goes before
   * its school's and a school's before its area's (the figures most readers come for).
   */
  cost(cell: number): number {
    return (this.index.values[cell] ?? 0) * Math.max(1, this.index.blocksOfCell(cell).length);
  }

  run(): LinkedResult {
    let changed = true;
    while (changed) {
      changed = this.closeLines();
      // Required changes first: each one that fits is itself an alternative for the cells it moves.
      this.required.forEach((change, r) => {
        if (this.ranges.counts(this.realisedBy[r] ?? -1)) return;
        this.realisedBy[r] = this.search.realise(change);
        if (this.realisedBy[r] === -1 && this.hideAll(this.search.chooseToHideForRealisation(change))) changed = true;
      });
      const protecting = this.state.flatMap((_, k) => (this.confidential(k) && !this.isFrozen(k) ? [k] : []));
      protecting.forEach((k, i) => {
        if (i % 200 === 0) this.options.onProgress?.(i, protecting.length);
        if (this.search.certify(k)) return;
        if (this.hideAll(this.search.chooseToHide(k))) changed = true;
      });
      this.options.onProgress?.(protecting.length, protecting.length);
    }
    this.showTotalsAgain();
    return this.result();
  }

  private hideAll(cells: readonly number[]): boolean {
    for (const k of cells) {
      this.state[k] = 'hidden';
      this.reason[k] = 'secondary';
    }
    return cells.length > 0;
  }

  /** Every line whose only unknown is protected hides its cheapest shown non-zero cell, until none is left. */
  private closeLines(): boolean {
    let any = false;
    let changed = true;
    while (changed) {
      changed = false;
      for (const relation of this.index.counts.relations) {
        if (this.loneUnknown(relation) === -1) continue;
        const choice = this.search.cheapestHideable([...relation.parts, relation.total]);
        if (choice === -1) continue;
        this.hideAll([choice]);
        changed = true;
        any = true;
      }
    }
    return any;
  }

  /** The line's one unknown cell if it is protected (it could be worked out by subtraction), else −1. */
  private loneUnknown(relation: { readonly total: number; readonly parts: readonly number[] }): number {
    let unknown = -1;
    for (const k of [...relation.parts, relation.total]) {
      if (this.state[k] === 'shown') continue;
      if (unknown !== -1) return -1;
      unknown = k;
    }
    return unknown !== -1 && this.confidential(unknown) ? unknown : -1;
  }

  /**
   * Greedy hiding can hide a total that turns out not to be needed once everything around it is hidden.
   * Hidden totals are tried again, most costly first, a group's together (its pupils, FSM pupils and
   * others; one alone would be the only unknown on its line), then one by one: each is shown again if every
   * protected cell, and every required change, can still be proved without it; otherwise it stays hidden.
   */
  private showTotalsAgain(): void {
    const hidden = this.state
      .flatMap((status, k) => (status === 'hidden' && this.reason[k] === 'secondary' && !this.options.locked?.has(k) && !this.isFrozen(k) && this.index.blocksOfCell(k).length > 1 ? [k] : []))
      .sort((a, b) => this.cost(b) - this.cost(a) || a - b)
      .slice(0, SHOW_AGAIN);
    const groups = new Map<string, number[]>();
    for (const k of hidden) {
      const key = this.index.blocksOfCell(k).join(',');
      groups.set(key, [...(groups.get(key) ?? []), k]);
    }
    for (const group of groups.values()) {
      if (this.tryToShow(group) || group.length === 1) continue;
      for (const cell of group) this.tryToShow([cell]);
    }
  }

  /** Shows `cells` again if everything stays protected without them; whether it did. */
  private tryToShow(cells: readonly number[]): boolean {
    for (const k of cells) this.state[k] = 'shown';
    const withdrawn = cells.map((k) => this.ranges.withdrawMoversOf(k));
    const affected = [...new Set(withdrawn.flatMap((w) => w.affected))];
    const realisedBefore = [...this.realisedBy];
    const relationsHold = cells.every((cell) =>
      (this.index.relationsOfCell[cell] ?? []).every((r) => {
        const relation = this.index.counts.relations[r];
        return relation === undefined || this.loneUnknown(relation) === -1;
      }),
    );
    const safe =
      relationsHold &&
      affected.every((k) => !this.confidential(k) || this.isFrozen(k) || this.search.certify(k)) &&
      this.required.every((change, r) => {
        if (this.ranges.counts(this.realisedBy[r] ?? -1)) return true;
        this.realisedBy[r] = this.search.realise(change);
        return this.realisedBy[r] !== -1;
      });
    if (safe) return true;
    for (const k of cells) this.state[k] = 'hidden';
    for (const w of withdrawn) w.undo();
    realisedBefore.forEach((id, r) => {
      if (this.ranges.counts(id)) this.realisedBy[r] = id;
    });
    return false;
  }

  private result(): LinkedResult {
    const cells: Cell[] = this.state.map((status, k) => {
      if (status === 'missing') return NOT_AVAILABLE;
      if (status === 'hidden') return suppressedCell(this.reason[k] ?? 'secondary');
      if (status === 'unlisted') return suppressedCell(this.confidential(k) ? 'primary' : 'secondary');
      return valueCell(this.index.values[k] ?? 0);
    });
    const protectedCells = this.state.flatMap((_, k) => (this.confidential(k) && !this.isFrozen(k) ? [k] : []));
    const { ranges, alternatives } = this.ranges.summary(protectedCells);
    return {
      cells,
      ranges,
      alternatives,
      unprotected: protectedCells.filter((k) => !this.search.protectedEnough(k)),
      unrealised: this.realisedBy.filter((id) => !this.ranges.counts(id)).length,
    };
  }
}
