import { cheapestChange, eachUnitChange, findChange, fitsEverything, floorOf, movesOf, scalesOf, toAlternative, type Alternative, type Local, type Situation } from './alternative-tables.ts';
import type { CertifiedRanges } from './certified-ranges.ts';

/** A change other linked tables made and this one must fit too, with the blocks it touches. */
export interface RequiredChange {
  readonly changes: ReadonlyMap<number, number>;
  readonly blocks: readonly number[];
}

/** What the search needs from the protection in progress. */
export interface Protecting extends Situation {
  readonly ranges: CertifiedRanges;
  readonly required: readonly RequiredChange[];
  /** Values a hidden cell must be able to take. */
  needed(cell: number): number;
  /** A cell that must not be worked out. */
  confidential(cell: number): boolean;
  /** What hiding a cell loses. */
  cost(cell: number): number;
}

const UNIT_NODES = 1_500;
const GENERAL_NODES = 2_000;
const OWN_BLOCKS = 6;
const PARTNERS = 12;
const PARTNERS_PER_LEVEL = 4;
const GROUPED_PARTNERS = 3;
const NEIGHBOURHOOD_BLOCKS = 6;

/**
 * Finds the alternative tables that protect a hidden cell, and, where none fits, the cheapest cells whose
 * hiding would let one fit (docs/methodology.md, 4.4). Searches are local (a few groups' finest counts at a
 * time, everything else as it is), so each is small; an alternative found is a whole table, so it is a proof
 * however the search found it.
 */
export class WitnessSearch {
  constructor(private readonly p: Protecting) {}

  protectedEnough(cell: number): boolean {
    const range = this.p.ranges.range(cell);
    return range.high - range.low + 1 >= this.p.needed(cell);
  }

  /** Records an alternative for every protected cell it moves; its id (−1 when it proves nothing new, unless `always`). */
  record(moves: readonly (readonly [number, number])[], alternative: Alternative, always = false): number {
    return this.p.ranges.record(moves, alternative, (cell) => this.p.confidential(cell) && !this.p.isFrozen(cell), always);
  }

  /** Whether `cell` is protected, finding alternative tables as needed. */
  certify(cell: number): boolean {
    if (this.protectedEnough(cell)) return true;
    const candidates = this.candidates(cell);
    const found: Alternative[] = [];
    for (const free of candidates) {
      eachUnitChange(this.p, free, cell, false, (local, z) => this.recordUnit(local, z, cell, found) && this.protectedEnough(cell), UNIT_NODES);
      if (this.protectedEnough(cell)) return true;
    }
    if (this.combine(cell, found)) return true;
    for (const free of candidates) {
      for (const shift of this.missingShifts(cell)) {
        const found = findChange(this.p, free, { target: { cell, shift }, unit: false, soft: false, cap: Math.abs(shift) }, GENERAL_NODES);
        if (found !== null) this.record(movesOf(found.local, found.z), found.alternative);
      }
      if (this.protectedEnough(cell)) return true;
    }
    // Last, other tables' required changes that touch the cell, steered to move it as far as needed.
    for (const change of this.touching(cell)) {
      const free = change.blocks.flatMap((b) => this.p.index.counts.blocks[b] ?? []);
      for (const shift of this.missingShifts(cell)) {
        const cap = Math.max(Math.abs(shift), ...[...change.changes.values()].map(Math.abs));
        const found = findChange(this.p, free, { target: { cell, shift }, required: change.changes, unit: false, soft: false, cap }, GENERAL_NODES);
        if (found !== null) this.record(movesOf(found.local, found.z), found.alternative);
      }
      if (this.protectedEnough(cell)) return true;
    }
    return this.protectedEnough(cell);
  }

  /** Whether a required change fits, on its blocks or with one partner; what fits is recorded (its id), else −1. */
  realise(change: RequiredChange): number {
    const blocks = this.p.index.counts.blocks;
    const own = change.blocks.flatMap((b) => blocks[b] ?? []);
    const spec = { required: change.changes, unit: false, soft: false, cap: capOf(change) };
    const first = change.blocks[0];
    const frees = [own, ...(first === undefined ? [] : this.partnersOf(first, change.blocks).map((q) => [...own, ...(blocks[q] ?? [])]))];
    for (const free of frees) {
      const found = findChange(this.p, free, spec, GENERAL_NODES);
      // Kept even if it widens nothing: showing a cell it moves must be able to undo it (showTotalsAgain).
      if (found !== null) return this.record(movesOf(found.local, found.z), found.alternative, true);
    }
    return -1;
  }

  /**
   * Cells to hide so that `cell` can be protected, hiding the most specific cells first and wider ones
   * (a school's, then an area's) only when that fails; failing everything, the cheapest cell on its lines.
   */
  chooseToHide(cell: number): number[] {
    const candidates = this.candidates(cell);
    for (const softUpTo of this.levels(candidates.flat())) {
      const cells = this.chooseToHideUpTo(cell, candidates, softUpTo);
      if (cells === null) return [];
      if (cells.length > 0) return cells;
    }
    return this.nearestHideable(cell);
  }

  /** Cells to hide so a required change fits, the most specific level first. */
  chooseToHideForRealisation(change: RequiredChange): number[] {
    const blocks = this.p.index.counts.blocks;
    const own = change.blocks.flatMap((b) => blocks[b] ?? []);
    const first = change.blocks[0];
    const frees = [own, ...(first === undefined ? [] : this.partnersOf(first, change.blocks).map((q) => [...own, ...(blocks[q] ?? [])]))];
    for (const softUpTo of this.levels(own)) {
      for (const free of frees) {
        const found = cheapestChange(this.p, free, { required: change.changes, unit: false, soft: true, softUpTo, cap: capOf(change) }, (k) => this.p.cost(k), GENERAL_NODES);
        if (found !== null && found.cells.length > 0) return found.cells;
      }
    }
    const covering = new Set(own.flatMap((i) => this.p.index.cellsOfInner[i] ?? []));
    const choice = this.cheapestHideable([...covering].sort((a, b) => a - b));
    return choice === -1 ? [] : [choice];
  }

  /** The cheapest hideable cell of `cells`, or −1. */
  cheapestHideable(cells: readonly number[]): number {
    let best = -1;
    for (const k of cells) if (this.p.canHide(k) && (best === -1 || this.p.cost(k) < this.p.cost(best))) best = k;
    return best;
  }

  /**
   * Records a unit change at the largest scales it allows both ways (no further than `target` needs),
   * adding the alternatives to `found` when given.
   */
  private recordUnit(local: Local, z: readonly number[], target: number, found?: Alternative[]): boolean {
    const cap = this.p.needed(target);
    const { up, down } = scalesOf(this.p, local, z);
    const moves = movesOf(local, z);
    const upBy = Math.min(up, cap);
    const downBy = Math.min(down, cap);
    for (const by of [upBy, -downBy]) {
      if (by === 0) continue;
      const alternative = toAlternative(local, z, by);
      this.record(moves.map(([k, m]) => [k, m * by]), alternative);
      found?.push(alternative);
    }
    return up > 0 || down > 0;
  }

  /**
   * Adds up alternatives that each move `cell` the same way (three pupils from three places, where no one
   * place has three to spare), keeping each sum only if it still fits everything; whether that protects it.
   */
  private combine(cell: number, found: readonly Alternative[]): boolean {
    const members = new Set(this.p.index.counts.cells[cell] ?? []);
    const shiftOf = (a: Alternative) => a.reduce((sum, [i, d]) => sum + (members.has(i) ? d : 0), 0);
    for (const direction of [1, -1]) {
      const moving = found.filter((a) => Math.sign(shiftOf(a)) === direction).sort((a, b) => Math.abs(shiftOf(b)) - Math.abs(shiftOf(a)));
      let sum = new Map<number, number>();
      let parts = 0;
      for (const alternative of moving) {
        const next = new Map(sum);
        for (const [i, d] of alternative) next.set(i, (next.get(i) ?? 0) + d);
        if (!fitsEverything(this.p, next)) continue;
        sum = next;
        parts += 1;
        if (parts < 2) continue;
        const combined: Alternative = [...sum].filter(([, d]) => d !== 0);
        this.record(this.movesOfChanges(sum), combined);
        if (this.protectedEnough(cell)) return true;
      }
    }
    return false;
  }

  /** How a change to finest counts moves each cell it touches. */
  private movesOfChanges(changes: ReadonlyMap<number, number>): [number, number][] {
    const sums = new Map<number, number>();
    for (const [i, delta] of changes) for (const k of this.p.index.cellsOfInner[i] ?? []) sums.set(k, (sums.get(k) ?? 0) + delta);
    return [...sums].filter(([, d]) => d !== 0);
  }

  /** Shifts from the truth that would widen the cell's range enough, up first (staying at or above what a reader knows). */
  private missingShifts(cell: number): number[] {
    const value = this.p.index.values[cell] ?? 0;
    const range = this.p.ranges.range(cell);
    const missing = this.p.needed(cell) - (range.high - range.low + 1);
    if (missing <= 0) return [];
    return [range.high + missing - value, range.low - missing - value].filter((shift) => value + shift >= floorOf(this.p.status(cell)));
  }

  private touching(cell: number): RequiredChange[] {
    const own = new Set(this.p.index.blocksOfCell(cell));
    return this.p.required.filter((change) => change.blocks.some((b) => own.has(b)));
  }

  /**
   * Cells (each covering at most `softUpTo` blocks) to hide so that `cell` can be protected: of the
   * changes that would move it if they were hidden, the one that protects it fully at the least cost, else
   * the cheapest that widens its range at all. Empty when none; null when a change needing no hiding
   * turned up and protected it.
   */
  private chooseToHideUpTo(cell: number, candidates: readonly number[][], softUpTo: number): number[] | null {
    const value = this.p.index.values[cell] ?? 0;
    const range = this.p.ranges.range(cell);
    const need = this.p.needed(cell);
    const pick: { best: { cells: number[]; cost: number; width: number } | null } = { best: null };
    const consider = (cells: number[], width: number) => {
      const cost = cells.reduce((sum, k) => sum + this.p.cost(k), 0);
      const best = pick.best;
      if (width <= range.high - range.low + 1) return;
      const enough = (w: number) => w >= need;
      if (best === null || (enough(width) && !enough(best.width)) || (enough(width) === enough(best.width) && (cost < best.cost || (cost === best.cost && width > best.width)))) {
        pick.best = { cells, cost, width };
      }
    };
    for (const free of candidates) {
      eachUnitChange(
        this.p,
        free,
        cell,
        true,
        (local, z) => {
          const { up, down, softChanged } = scalesOf(this.p, local, z);
          if (softChanged.length === 0) return this.recordUnit(local, z, cell) && this.protectedEnough(cell);
          consider(softChanged, Math.max(range.high, value + up) - Math.min(range.low, value - down) + 1);
          return false;
        },
        UNIT_NODES,
        softUpTo,
      );
      if (this.protectedEnough(cell)) return null;
    }
    // Changes larger than one step (two pupils moving at once), for the extent still missing; then other
    // tables' required changes that touch the cell, steered to move it.
    const steered = this.touching(cell).map((change) => ({ change, free: change.blocks.flatMap((b) => this.p.index.counts.blocks[b] ?? []) }));
    const searches = [...candidates.map((free) => ({ change: null, free })), ...steered];
    for (const { change, free } of searches) {
      for (const shift of this.missingShifts(cell)) {
        const cap = Math.max(Math.abs(shift), ...(change === null ? [] : [...change.changes.values()].map(Math.abs)));
        const spec = { target: { cell, shift }, unit: false, soft: true, softUpTo, cap, ...(change === null ? {} : { required: change.changes }) };
        const found = cheapestChange(this.p, free, spec, (k) => this.p.cost(k), GENERAL_NODES);
        if (found === null) continue;
        if (found.cells.length > 0) consider(found.cells, need);
        else {
          this.record(movesOf(found.local, found.z), toAlternative(found.local, found.z, 1));
          if (this.protectedEnough(cell)) return null;
        }
      }
    }
    return pick.best?.cells ?? [];
  }

  /**
   * Sets of finest counts to search: each of the cell's own blocks (those under the most hidden cells
   * first) alone; with a partner from outside the cell's group, a few at each level (siblings, then
   * cousins); with several partners at once; and the blocks of the hidden cells joined to it through lines.
   */
  private candidates(cell: number): number[][] {
    const blocks = this.p.index.counts.blocks;
    const score = (b: number) => this.p.index.cellsCoveringBlock(b).filter((k) => this.p.status(k) === 'hidden' || this.p.status(k) === 'unlisted').length;
    const mine = this.p.index.blocksOfCell(cell);
    const inside = new Set(mine);
    const own = [...mine].slice(0, 60).sort((a, b) => score(b) - score(a) || a - b).slice(0, OWN_BLOCKS);
    const singles = own.map((b) => [...(blocks[b] ?? [])]);
    const pairs: number[][] = [];
    const groups: number[][] = [];
    for (const b of own) {
      const partners = new Set<number>();
      let level = -1;
      for (const covering of this.p.index.cellsCoveringBlock(b)) {
        const near = this.p.index.blocksOfCell(covering);
        // The cells of one group all cover the same blocks: look at each group once.
        if (near.length === level) continue;
        level = near.length;
        let taken = 0;
        // A partner inside the cell's own group cannot move the group's total.
        const fresh = near.filter((q) => q !== b && !partners.has(q) && (mine.length === 1 || !inside.has(q))).slice(0, 40);
        fresh.sort((x, y) => score(y) - score(x) || x - y);
        for (const q of fresh) {
          if (taken >= PARTNERS_PER_LEVEL || partners.size >= PARTNERS) break;
          partners.add(q);
          taken += 1;
        }
        if (partners.size >= PARTNERS) break;
      }
      for (const q of partners) pairs.push([...(blocks[b] ?? []), ...(blocks[q] ?? [])]);
      const group = [...partners].slice(0, GROUPED_PARTNERS);
      if (group.length > 1) groups.push([b, ...group].flatMap((x) => [...(blocks[x] ?? [])]));
    }
    const linked = this.hiddenNeighbourhood(cell);
    return [...singles, ...pairs, ...groups, ...(linked.length > 2 ? [linked.flatMap((b) => [...(blocks[b] ?? [])])] : [])];
  }

  /** The blocks of the hidden cells joined to `cell` through lines, nearest first: a cycle longer than a rectangle. */
  private hiddenNeighbourhood(cell: number): number[] {
    const found: number[] = [];
    const seenBlocks = new Set<number>();
    const seenCells = new Set([cell]);
    let frontier = [cell];
    while (frontier.length > 0 && found.length < NEIGHBOURHOOD_BLOCKS) {
      const next: number[] = [];
      for (const k of frontier) {
        const own = this.p.index.blocksOfCell(k);
        if (own.length <= 2) {
          for (const b of own) {
            if (seenBlocks.has(b) || found.length >= NEIGHBOURHOOD_BLOCKS) continue;
            seenBlocks.add(b);
            found.push(b);
          }
        }
        for (const other of this.lineNeighbours(k)) {
          if (seenCells.has(other) || this.p.status(other) === 'shown' || this.p.status(other) === 'missing') continue;
          seenCells.add(other);
          next.push(other);
        }
      }
      frontier = next;
    }
    return found;
  }

  private lineNeighbours(cell: number): number[] {
    return (this.p.index.relationsOfCell[cell] ?? []).flatMap((r) => {
      const relation = this.p.index.counts.relations[r];
      return relation === undefined ? [] : [...relation.parts, relation.total];
    });
  }

  /** The cheapest hideable cell on the cell's lines, else on the lines of the hidden cells beside it. */
  private nearestHideable(cell: number): number[] {
    let frontier = [cell];
    const seen = new Set(frontier);
    for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
      const around = [...new Set(frontier.flatMap((k) => this.lineNeighbours(k)))].sort((a, b) => a - b);
      const choice = this.cheapestHideable(around);
      if (choice !== -1) return [choice];
      frontier = around.filter((k) => !seen.has(k) && this.p.status(k) !== 'shown');
      for (const k of frontier) seen.add(k);
    }
    return [];
  }

  /** The sizes (in blocks) of the hideable cells over some counts, smallest first: the levels hiding widens by. */
  private levels(inner: readonly number[]): number[] {
    const sizes = new Set<number>();
    for (const i of inner) for (const k of this.p.index.cellsOfInner[i] ?? []) if (this.p.canHide(k)) sizes.add(this.p.index.blocksOfCell(k).length);
    return [...sizes].sort((a, b) => a - b);
  }

  /** Up to PARTNERS blocks nearest `block` (sharing its smallest covering cells), leaving out `except`. */
  private partnersOf(block: number, except: readonly number[]): number[] {
    const partners = new Set<number>();
    for (const covering of this.p.index.cellsCoveringBlock(block)) {
      for (const q of this.p.index.blocksOfCell(covering)) {
        if (partners.size >= PARTNERS) return [...partners];
        if (q !== block && !except.includes(q)) partners.add(q);
      }
    }
    return [...partners];
  }
}

function capOf(change: RequiredChange): number {
  return Math.max(1, ...[...change.changes.values()].map(Math.abs));
}
