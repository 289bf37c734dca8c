import { cheapestChange, eachUnitChange, findChange, floorOf, movesOf, scalesOf, toAlternative, type Alternative, type CellStatus, type Local, type Situation } from './alternative-tables.ts';
import { NOT_AVAILABLE, suppressedCell, valueCell, type Cell, type SuppressionReason } from './cell.ts';
import { LinkedIndex, type LinkedCounts } from './linked-counts.ts';
import { assertThreshold, DEFAULT_THRESHOLD } from './suppress-counts.ts';

export interface LinkedOptions {
  /** Counts from 1 to threshold − 1 are confidential. Default 5. */
  readonly threshold?: number;
  /** Cells decided by an earlier pass over figures this one shares: shown as they are, or hidden. */
  readonly locked?: ReadonlyMap<number, 'shown' | SuppressionReason>;
  /** Cells no other table may change (figures shared with other tables, such as pupils on roll under every rule). */
  readonly frozen?: ReadonlySet<number>;
  /**
   * Cells not published on their own (a reader sees them only where shown cells add up to them): never
   * shown, known only to be 0 or more, and protected only when they hold a count from 1 to threshold − 1.
   */
  readonly unlisted?: ReadonlySet<number>;
  /** Changes to frozen cells that must fit this table too (the other tables' proofs), with the blocks they touch. */
  readonly required?: readonly RequiredChange[];
}

export interface RequiredChange {
  readonly changes: ReadonlyMap<number, number>;
  readonly blocks: readonly number[];
}

export interface CertifiedRange {
  readonly low: number;
  readonly high: number;
}

export interface LinkedResult {
  readonly cells: readonly Cell[];
  /** For each hidden cell, values it is shown to be able to take in tables a reader cannot tell apart. */
  readonly ranges: ReadonlyMap<number, CertifiedRange>;
  /** The alternative tables behind the ranges' ends, so a linked pass can require them too. */
  readonly alternatives: readonly Alternative[];
  /** Hidden cells that could not be protected as the rule asks, and required changes that did not fit. */
  readonly unprotected: readonly number[];
  readonly unrealised: number;
}

const UNIT_NODES = 1_500;
const GENERAL_NODES = 2_000;
const OWN_BLOCKS = 6;
const PARTNERS = 10;
const NEIGHBOURHOOD_BLOCKS = 6;

/**
 * Disclosure control for every table of one population at once (docs/methodology.md, 4. Disclosure
 * control): primary suppression of counts from 1 to threshold − 1; then secondary suppression until every
 * hidden cell is protected, checked by finding other tables a reader cannot tell from the true one. A
 * hidden count below the threshold must be able to take at least threshold − 1 values (as many as a `c`
 * itself allows: 1 to 4); any other hidden cell at least 2, so nothing hidden can be worked out exactly.
 * Two steps repeat until neither hides anything: every line whose only unknown is a `c` hides its
 * smallest shown non-zero cell (4.4); then each hidden cell not yet protected gets an alternative table,
 * or, where none fits, the cheapest set of cells whose hiding lets one fit is hidden.
 *
 * `protectLinkedCounts({ inner: [3, 12], cells: [[0], [1], [0, 1]], relations: [{ total: 2, parts: [0, 1] }], blocks: [[0, 1]] })`
 * → 3 is `c` (primary), 12 `c` (secondary), 15 shown: 3 + 12 could as well be 1 + 14 … 4 + 11.
 */
export function protectLinkedCounts(counts: LinkedCounts, options: LinkedOptions = {}): LinkedResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  assertThreshold(threshold);
  return new Protection(new LinkedIndex(counts), threshold, options).run();
}

class Protection implements Situation {
  private readonly state: CellStatus[];
  private readonly reason: SuppressionReason[];
  private readonly ranges = new Map<number, { low: number; high: number; lowAlt: number; highAlt: number }>();
  private readonly alternatives: Alternative[] = [];

  constructor(
    readonly index: LinkedIndex,
    private readonly threshold: number,
    private readonly options: LinkedOptions,
  ) {
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

  run(): LinkedResult {
    const required = this.options.required ?? [];
    const realised = new Array<boolean>(required.length).fill(false);
    let changed = true;
    while (changed) {
      changed = this.closeLines();
      // Required changes first: each one that fits is itself an alternative for the cells it moves.
      required.forEach((change, r) => {
        if (realised[r] === true) return;
        if (this.realise(change)) realised[r] = true;
        else if (this.hideAll(this.chooseToHideForRealisation(change))) changed = true;
      });
      this.state.forEach((_, k) => {
        if (!this.confidential(k) || this.isFrozen(k) || this.certify(k)) return;
        if (this.hideAll(this.chooseToHide(k))) changed = true;
      });
    }
    return this.result(realised.filter((r) => !r).length);
  }

  private hide(cell: number): void {
    this.state[cell] = 'hidden';
    this.reason[cell] = 'secondary';
  }

  private hideAll(cells: readonly number[]): boolean {
    for (const k of cells) this.hide(k);
    return cells.length > 0;
  }

  /** Values a hidden cell must be able to take (docs/methodology.md, 4.4). */
  private needed(cell: number): number {
    const value = this.index.values[cell] ?? 0;
    if (this.state[cell] === 'unlisted') return value > 0 && value < this.threshold ? Math.max(2, this.threshold - 1) : 1;
    return value < this.threshold ? Math.max(2, this.threshold - 1) : 2;
  }

  /** A cell that must not be worked out: a `c`, or an unlisted count from 1 to threshold − 1. */
  private confidential(cell: number): boolean {
    const status = this.state[cell];
    const value = this.index.values[cell] ?? 0;
    return status === 'hidden' || (status === 'unlisted' && value > 0 && value < this.threshold);
  }

  private protectedEnough(cell: number): boolean {
    const range = this.ranges.get(cell);
    return range !== undefined && range.high - range.low + 1 >= this.needed(cell);
  }

  /** Every line whose only unknown is a `c` hides its smallest shown non-zero cell (parts before the total), until none is left. */
  private closeLines(): boolean {
    let any = false;
    let changed = true;
    while (changed) {
      changed = false;
      for (const relation of this.index.counts.relations) {
        const cells = [...relation.parts, relation.total];
        const unknown = cells.filter((k) => this.state[k] !== 'shown');
        if (unknown.length !== 1 || !this.confidential(unknown[0] ?? 0)) continue;
        const choice = this.smallestHideable(cells);
        if (choice === -1) continue;
        this.hide(choice);
        changed = true;
        any = true;
      }
    }
    return any;
  }

  private smallestHideable(cells: readonly number[]): number {
    let best = -1;
    for (const k of cells) if (this.canHide(k) && (best === -1 || this.cost(k) < this.cost(best))) best = k;
    return best;
  }

  /** Whether `cell` is protected, finding alternative tables as needed. */
  private certify(cell: number): boolean {
    if (this.protectedEnough(cell)) return true;
    const candidates = this.candidates(cell);
    for (const free of candidates) {
      eachUnitChange(this, free, cell, false, (local, z) => this.recordUnit(local, z, cell) && this.protectedEnough(cell), UNIT_NODES);
      if (this.protectedEnough(cell)) return true;
    }
    const value = this.index.values[cell] ?? 0;
    for (const free of candidates) {
      const range = this.ranges.get(cell) ?? { low: value, high: value };
      const missing = this.needed(cell) - (range.high - range.low + 1);
      if (missing <= 0) return true;
      const shifts = [range.high + missing - value, range.low - missing - value].filter((shift) => value + shift >= floorOf(this.status(cell)));
      for (const shift of shifts) {
        const found = findChange(this, free, { target: { cell, shift }, unit: false, soft: false, cap: Math.abs(shift) }, GENERAL_NODES);
        if (found !== null) this.record(movesOf(found.local, found.z), found.alternative);
      }
    }
    // Last, the required changes (other tables' proofs) that touch the cell, steered to move it.
    const own = new Set(this.index.blocksOfCell(cell));
    for (const change of this.options.required ?? []) {
      if (!change.blocks.some((b) => own.has(b))) continue;
      const range = this.ranges.get(cell) ?? { low: value, high: value };
      const missing = this.needed(cell) - (range.high - range.low + 1);
      if (missing <= 0) return true;
      const free = change.blocks.flatMap((b) => this.index.counts.blocks[b] ?? []);
      const cap = Math.max(missing + Math.abs(range.high - value), ...[...change.changes.values()].map(Math.abs));
      for (let shift = range.high + missing - value; shift > range.high - value; shift--) {
        const found = findChange(this, free, { target: { cell, shift }, required: change.changes, unit: false, soft: false, cap }, GENERAL_NODES);
        if (found !== null) {
          this.record(movesOf(found.local, found.z), found.alternative);
          break;
        }
      }
      const after = this.ranges.get(cell) ?? range;
      for (let shift = after.low - (this.needed(cell) - (after.high - after.low + 1)) - value; shift < after.low - value; shift++) {
        if (value + shift < floorOf(this.status(cell))) continue;
        const found = findChange(this, free, { target: { cell, shift }, required: change.changes, unit: false, soft: false, cap }, GENERAL_NODES);
        if (found !== null) {
          this.record(movesOf(found.local, found.z), found.alternative);
          break;
        }
      }
    }
    return this.protectedEnough(cell);
  }

  /** Records a unit change at the largest scales it allows both ways; false if it cannot move at all. */
  private recordUnit(local: Local, z: readonly number[], target?: number): boolean {
    // Small changes are easier for linked tables to fit: go no further than the target needs.
    const cap = target === undefined ? this.threshold : this.needed(target);
    const { up, down } = scalesOf(this, local, z);
    const moves = movesOf(local, z);
    if (Math.min(up, cap) > 0) this.record(moves.map(([k, m]) => [k, m * Math.min(up, cap)]), toAlternative(local, z, Math.min(up, cap)));
    if (Math.min(down, cap) > 0) this.record(moves.map(([k, m]) => [k, -m * Math.min(down, cap)]), toAlternative(local, z, -Math.min(down, cap)));
    return up > 0 || down > 0;
  }

  /** Widens the known range of every hidden cell an alternative moves. */
  private record(moves: readonly (readonly [number, number])[], alternative: Alternative): void {
    const id = this.alternatives.length;
    let used = false;
    for (const [cell, delta] of moves) {
      if (!this.confidential(cell) || this.isFrozen(cell)) continue;
      const value = (this.index.values[cell] ?? 0) + delta;
      const range = this.ranges.get(cell) ?? { low: this.index.values[cell] ?? 0, high: this.index.values[cell] ?? 0, lowAlt: -1, highAlt: -1 };
      if (value < range.low) {
        range.low = value;
        range.lowAlt = id;
        used = true;
      }
      if (value > range.high) {
        range.high = value;
        range.highAlt = id;
        used = true;
      }
      this.ranges.set(cell, range);
    }
    if (used) this.alternatives.push(alternative);
    else this.alternatives.push([]);
  }

  /**
   * Sets of finest counts to search: each block of the cell's own (those with the most hidden cells over
   * them first) alone, then with a partner from the nearest groups (siblings before cousins).
   */
  private candidates(cell: number): number[][] {
    const blocks = this.index.counts.blocks;
    const score = (b: number) => this.index.cellsCoveringBlock(b).filter((k) => this.state[k] === 'hidden' || this.state[k] === 'unlisted').length;
    const mine = this.index.blocksOfCell(cell);
    const inside = new Set(mine);
    const own = [...mine].slice(0, 400).sort((a, b) => score(b) - score(a) || a - b).slice(0, OWN_BLOCKS);
    const singles = own.map((b) => [...(blocks[b] ?? [])]);
    const pairs: number[][] = [];
    for (const b of own) {
      // A partner inside the cell's own group cannot move the group's total: look outside it, nearest first.
      const partners = new Set<number>();
      for (const covering of this.index.cellsCoveringBlock(b)) {
        const near = this.index.blocksOfCell(covering).filter((p) => p !== b && !partners.has(p) && (mine.length === 1 || !inside.has(p))).slice(0, 200);
        near.sort((x, y) => score(y) - score(x) || x - y);
        for (const p of near) {
          if (partners.size >= PARTNERS) break;
          partners.add(p);
        }
        if (partners.size >= PARTNERS) break;
      }
      for (const p of partners) pairs.push([...(blocks[b] ?? []), ...(blocks[p] ?? [])]);
    }
    const linked = this.hiddenNeighbourhood(cell);
    return [...singles, ...pairs, ...(linked.length > 2 ? [linked.flatMap((b) => [...(blocks[b] ?? [])])] : [])];
  }

  /**
   * The blocks of the hidden cells joined to `cell` through lines, nearest first (at most
   * NEIGHBOURHOOD_BLOCKS): where hidden cells form a longer cycle than a rectangle, its blocks together.
   */
  private hiddenNeighbourhood(cell: number): number[] {
    const found: number[] = [];
    const seenBlocks = new Set<number>();
    const seenCells = new Set([cell]);
    let frontier = [cell];
    while (frontier.length > 0 && found.length < NEIGHBOURHOOD_BLOCKS) {
      const next: number[] = [];
      for (const k of frontier) {
        const own = this.index.blocksOfCell(k);
        if (own.length <= 2) for (const b of own) if (!seenBlocks.has(b) && found.length < NEIGHBOURHOOD_BLOCKS) {
          seenBlocks.add(b);
          found.push(b);
        }
        for (const r of this.index.relationsOfCell[k] ?? []) {
          const relation = this.index.counts.relations[r];
          if (relation === undefined) continue;
          for (const other of [...relation.parts, relation.total]) {
            if (seenCells.has(other) || !(this.state[other] === 'hidden' || this.state[other] === 'unlisted')) continue;
            seenCells.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    return found;
  }

  /**
   * Cells to hide so that `cell` can be protected: of the unit changes that would move it if some shown
   * cells were hidden, the one that protects it fully at the least total of hidden values (else the one
   * that widens it most). Failing that, the smallest hideable cell on its lines or its neighbours' lines.
   */
  private chooseToHide(cell: number): number[] {
    const value = this.index.values[cell] ?? 0;
    const range = this.ranges.get(cell) ?? { low: value, high: value };
    const pick: { best: { cells: number[]; cost: number; width: number } | null } = { best: null };
    const need = this.needed(cell);
    for (const free of this.candidates(cell)) {
      eachUnitChange(
        this,
        free,
        cell,
        true,
        (local, z) => {
          const { up, down, softChanged } = scalesOf(this, local, z);
          if (softChanged.length === 0) return this.recordUnit(local, z, cell) && this.protectedEnough(cell);
          const width = Math.max(range.high, value + up) - Math.min(range.low, value - down) + 1;
          const cost = softChanged.reduce((s, k) => s + this.cost(k), 0);
          const enough = (w: number) => w >= need;
          const best = pick.best;
          if (width <= range.high - range.low + 1) return false;
          // Enough at the least cost; failing that, the cheapest step that widens it at all.
          if (best === null || (enough(width) && !enough(best.width)) || (enough(width) === enough(best.width) && (cost < best.cost || (cost === best.cost && width > best.width)))) {
            pick.best = { cells: softChanged, cost, width };
          }
          return false;
        },
        UNIT_NODES,
      );
      if (this.protectedEnough(cell)) return [];
    }
    // Other tables' required changes that touch the cell, steered to move it, shown cells soft.
    const own = new Set(this.index.blocksOfCell(cell));
    for (const change of this.options.required ?? []) {
      if (!change.blocks.some((b) => own.has(b))) continue;
      const free = change.blocks.flatMap((b) => this.index.counts.blocks[b] ?? []);
      const missing = need - (range.high - range.low + 1);
      for (const shift of [range.high + missing - value, range.low - missing - value]) {
        if (value + shift < floorOf(this.status(cell))) continue;
        const cap = Math.max(Math.abs(shift), ...[...change.changes.values()].map(Math.abs));
        const found = cheapestChange(this, free, { target: { cell, shift }, required: change.changes, unit: false, soft: true, cap }, (k) => this.cost(k), GENERAL_NODES);
        if (found === null) continue;
        const cost = found.cells.reduce((sum, k) => sum + this.cost(k), 0);
        const best = pick.best;
        if (best === null || !(best.width >= need) || cost < best.cost) pick.best = { cells: found.cells, cost, width: need };
      }
    }
    const chosen = pick.best;
    if (chosen !== null && chosen.width > range.high - range.low + 1) return chosen.cells;
    return this.nearestHideable(cell);
  }

  /**
   * What hiding a cell loses: its count times the groups it covers, so a year group's figure goes before
   * its school's and a school's before its area's (the figures most readers come for).
   */
  private cost(cell: number): number {
    return (this.index.values[cell] ?? 0) * Math.max(1, this.index.blocksOfCell(cell).length);
  }

  /** The smallest hideable cell on the cell's lines, else on the lines of the hidden cells beside it. */
  private nearestHideable(cell: number): number[] {
    let frontier = [cell];
    const seen = new Set(frontier);
    for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
      const around = new Set<number>();
      for (const k of frontier) for (const r of this.index.relationsOfCell[k] ?? []) {
        const relation = this.index.counts.relations[r];
        if (relation !== undefined) for (const other of [...relation.parts, relation.total]) around.add(other);
      }
      const choice = this.smallestHideable([...around].sort((a, b) => a - b));
      if (choice !== -1) return [choice];
      frontier = [...around].filter((k) => !seen.has(k) && this.state[k] !== 'shown');
      for (const k of frontier) seen.add(k);
    }
    return [];
  }

  /** Whether a required change to frozen cells fits this table, on its blocks or with one partner. */
  private realise(change: RequiredChange): boolean {
    const blocks = this.index.counts.blocks;
    const own = change.blocks.flatMap((b) => blocks[b] ?? []);
    const cap = Math.max(1, ...[...change.changes.values()].map(Math.abs));
    const spec = { required: change.changes, unit: false, soft: false, cap };
    const fits = (free: readonly number[]) => {
      const found = findChange(this, free, spec, GENERAL_NODES);
      if (found !== null) this.record(movesOf(found.local, found.z), found.alternative);
      return found !== null;
    };
    if (fits(own)) return true;
    const first = change.blocks[0];
    if (first === undefined) return false;
    for (const p of this.partnersOf(first, change.blocks)) if (fits([...own, ...(blocks[p] ?? [])])) return true;
    return false;
  }

  /** Cells to hide so a required change fits: those the cheapest fitting change moves, on its blocks or with one partner. */
  private chooseToHideForRealisation(change: RequiredChange): number[] {
    const blocks = this.index.counts.blocks;
    const own = change.blocks.flatMap((b) => blocks[b] ?? []);
    const cap = Math.max(1, ...[...change.changes.values()].map(Math.abs));
    const spec = { required: change.changes, unit: false, soft: true, cap };
    const cost = (k: number) => this.cost(k);
    let best = cheapestChange(this, own, spec, cost, GENERAL_NODES);
    const first = change.blocks[0];
    if (first !== undefined && best === null) {
      for (const p of this.partnersOf(first, change.blocks)) {
        const found = cheapestChange(this, [...own, ...(blocks[p] ?? [])], spec, cost, GENERAL_NODES);
        const total = (x: { cells: number[] }) => x.cells.reduce((sum, k) => sum + cost(k), 0);
        if (found !== null && (best === null || total(found) < total(best))) best = found;
      }
    }
    if (best !== null && best.cells.length > 0) return best.cells;
    const covering = new Set(own.flatMap((i) => this.index.cellsOfInner[i] ?? []));
    const choice = this.smallestHideable([...covering].sort((a, b) => a - b));
    return choice === -1 ? [] : [choice];
  }

  /** Up to PARTNERS blocks nearest `block` (sharing its smallest covering cells), leaving out `except`. */
  private partnersOf(block: number, except: readonly number[]): number[] {
    const partners = new Set<number>();
    for (const covering of this.index.cellsCoveringBlock(block)) {
      for (const p of this.index.blocksOfCell(covering)) {
        if (partners.size >= PARTNERS) return [...partners];
        if (p !== block && !except.includes(p)) partners.add(p);
      }
    }
    return [...partners];
  }

  private result(unrealised: number): LinkedResult {
    const cells: Cell[] = this.state.map((status, k) => {
      if (status === 'missing') return NOT_AVAILABLE;
      if (status === 'hidden') return suppressedCell(this.reason[k] ?? 'secondary');
      if (status === 'unlisted') return suppressedCell(this.confidential(k) ? 'primary' : 'secondary');
      return valueCell(this.index.values[k] ?? 0);
    });
    const ranges = new Map<number, CertifiedRange>();
    const keep = new Set<number>();
    for (const [cell, range] of this.ranges) {
      if (!this.confidential(cell)) continue;
      ranges.set(cell, { low: range.low, high: range.high });
      if (range.lowAlt >= 0) keep.add(range.lowAlt);
      if (range.highAlt >= 0) keep.add(range.highAlt);
    }
    const unprotected = this.state.flatMap((_, k) => (this.confidential(k) && !this.isFrozen(k) && !this.protectedEnough(k) ? [k] : []));
    return {
      cells,
      ranges,
      alternatives: [...keep].sort((a, b) => a - b).map((id) => this.alternatives[id] ?? []),
      unprotected,
      unrealised,
    };
  }
}
