import type { LinkedIndex } from './linked-counts.ts';
import { findAssignment, searchAssignments, type LocalConstraint, type LocalProblem } from './local-search.ts';

/**
 * Other tables that fit everything a reader is shown: the proof that a hidden cell cannot be worked out.
 * Each is a change to a few finest counts (one or two groups') that leaves every shown cell as it is,
 * keeps every hidden cell at 1 or more (zeros are always shown, so a reader knows a `c` is not 0) and every
 * count at 0 or more; the hidden cell then takes another value in a table the reader cannot tell from the
 * true one (docs/methodology.md, 4.4).
 */

/**
 * `shown`: published as a number; `hidden`: published as `c` (so not 0); `unlisted`: not published on its
 * own (a reader knows it only where shown cells add up to it, and cannot tell it is not 0); `missing`: x.
 */
export type CellStatus = 'shown' | 'hidden' | 'unlisted' | 'missing';

/** What the search needs to know about the table as protection stands. */
export interface Situation {
  readonly index: LinkedIndex;
  status(cell: number): CellStatus;
  /** A cell whose value no alternative may change (fixed by another table), unless a required change says so. */
  isFrozen(cell: number): boolean;
  /** A shown cell that secondary suppression may hide: not locked, not frozen, not zero. */
  canHide(cell: number): boolean;
}

/** A change to the finest counts, by index, that keeps everything shown as it is. */
export type Alternative = readonly (readonly [inner: number, delta: number])[];

/** A cell touched by a candidate change, with the positions (in the free set) of its counts. */
interface Touched {
  readonly cell: number;
  readonly positions: readonly number[];
  readonly kind: 'fixed' | 'hidden' | 'unlisted' | 'soft' | 'target';
}

export interface LocalSpec {
  /** The cell whose value should move, and by how much (unit searches move it by exactly 1). */
  readonly target?: { readonly cell: number; readonly shift: number };
  /** Required changes to frozen cells (all others stay as they are). */
  readonly required?: ReadonlyMap<number, number>;
  /** Changes of −1, 0 or +1 only, to be scaled afterwards. */
  readonly unit: boolean;
  /** Shown cells that may be hidden are free to change (each one changed must then be hidden). */
  readonly soft: boolean;
  /** With `soft`, only those covering at most this many blocks (hiding a year group's figure before an area's). */
  readonly softUpTo?: number;
  /** Largest change to any one count. */
  readonly cap: number;
}

export interface Local {
  readonly free: readonly number[];
  readonly problem: LocalProblem;
  readonly touched: readonly Touched[];
}

const UNLIMITED = Number.MAX_SAFE_INTEGER;

/** What a reader knows a cell is at least: 1 for a `c` (zeros are always shown), else 0. */
export function floorOf(status: CellStatus): number {
  return status === 'hidden' ? 1 : 0;
}

/** The search problem over the counts `free` (indexes of finest counts). */
export function buildLocal(s: Situation, freeCandidates: readonly number[], spec: LocalSpec): Local {
  const inner = s.index.counts.inner;
  const free = freeCandidates.filter((i) => inner[i] !== null);
  const low = free.map((i) => (spec.unit ? ((inner[i] ?? 0) >= 1 ? -1 : 0) : -Math.min(inner[i] ?? 0, spec.cap)));
  const high = free.map(() => (spec.unit ? 1 : spec.cap));
  const positionsOf = new Map<number, number[]>();
  free.forEach((i, p) => {
    for (const k of s.index.cellsOfInner[i] ?? []) {
      const list = positionsOf.get(k) ?? [];
      list.push(p);
      positionsOf.set(k, list);
    }
  });
  const hard = new Map<string, LocalConstraint>();
  const add = (positions: number[], lo: number, hi: number) => {
    const key = positions.join(',');
    const seen = hard.get(key);
    hard.set(key, seen === undefined ? { positions, low: lo, high: hi } : { positions, low: Math.max(seen.low, lo), high: Math.min(seen.high, hi) });
  };
  const touched: Touched[] = [];
  for (const [cell, positions] of positionsOf) {
    const status = s.status(cell);
    if (status === 'missing') continue;
    const value = s.index.values[cell] ?? 0;
    if (spec.target?.cell === cell) {
      const shift = spec.unit ? 1 : spec.target.shift;
      add(positions, shift, shift);
      touched.push({ cell, positions, kind: 'target' });
    } else if (s.isFrozen(cell)) {
      const delta = spec.unit ? 0 : (spec.required?.get(cell) ?? 0);
      add(positions, delta, delta);
      touched.push({ cell, positions, kind: 'fixed' });
    } else if (status === 'shown') {
      if (spec.soft && s.canHide(cell) && s.index.blocksOfCell(cell).length <= (spec.softUpTo ?? Infinity)) {
        if (!spec.unit) add(positions, 1 - value, UNLIMITED);
        touched.push({ cell, positions, kind: 'soft' });
      } else {
        add(positions, 0, 0);
        touched.push({ cell, positions, kind: 'fixed' });
      }
    } else {
      if (!spec.unit) add(positions, floorOf(status) - value, UNLIMITED);
      touched.push({ cell, positions, kind: status === 'unlisted' ? 'unlisted' : 'hidden' });
    }
  }
  return { free, problem: { low, high, constraints: [...hard.values()] }, touched };
}

/** How far a unit change `z` can be scaled up and down before a count goes below 0 or a hidden (or softened) cell below 1. */
export function scalesOf(s: Situation, local: Local, z: readonly number[]): { up: number; down: number; softChanged: number[] } {
  let up = UNLIMITED;
  let down = UNLIMITED;
  const softChanged: number[] = [];
  for (const t of local.touched) {
    if (t.kind === 'fixed') continue;
    let m = 0;
    for (const p of t.positions) m += z[p] ?? 0;
    if (m === 0) continue;
    if (t.kind === 'soft') softChanged.push(t.cell);
    const room = (s.index.values[t.cell] ?? 0) - (t.kind === 'unlisted' ? 0 : t.kind === 'target' ? floorOf(s.status(t.cell)) : 1);
    if (m < 0) up = Math.min(up, Math.floor(room / -m));
    else down = Math.min(down, Math.floor(room / m));
  }
  local.free.forEach((i, p) => {
    const y = s.index.counts.inner[i] ?? 0;
    if ((z[p] ?? 0) < 0) up = Math.min(up, Math.floor(y / -(z[p] ?? 1)));
    if ((z[p] ?? 0) > 0) down = Math.min(down, Math.floor(y / (z[p] ?? 1)));
  });
  return { up: Math.max(0, up), down: Math.max(0, down), softChanged };
}

/** Enumerates unit changes on `free` that move `target` by +1, calling `visit` until it returns true. */
export function eachUnitChange(s: Situation, free: readonly number[], target: number, soft: boolean, visit: (local: Local, z: readonly number[]) => boolean, limit: number, softUpTo = Infinity): void {
  const local = buildLocal(s, free, { target: { cell: target, shift: 1 }, unit: true, soft, softUpTo, cap: 1 });
  if (local.free.length === 0) return;
  searchAssignments(local.problem, (z) => visit(local, z), limit);
}

/** Any change on `free` meeting `spec` (general, not only unit changes), as an alternative, or null. */
export function findChange(s: Situation, free: readonly number[], spec: LocalSpec, limit: number): { alternative: Alternative; local: Local; z: number[] } | null {
  const local = buildLocal(s, free, spec);
  if (local.free.length === 0) return null;
  const z = findAssignment(local.problem, limit);
  if (z === null) return null;
  return { alternative: toAlternative(local, z, 1), local, z };
}

/**
 * Of the changes on `free` meeting `spec` (with shown cells soft), the one whose moved soft cells cost
 * least to hide, searching at most `limit` nodes; null if none is found.
 */
export function cheapestChange(s: Situation, free: readonly number[], spec: LocalSpec, cost: (cell: number) => number, limit: number): { cells: number[]; local: Local; z: number[] } | null {
  const local = buildLocal(s, free, { ...spec, soft: true });
  if (local.free.length === 0) return null;
  const soft = local.touched.filter((t) => t.kind === 'soft');
  const pick: { best: { cells: number[]; total: number; z: number[] } | null } = { best: null };
  searchAssignments(
    local.problem,
    (z) => {
      const cells = soft.filter((t) => t.positions.reduce((sum, p) => sum + (z[p] ?? 0), 0) !== 0).map((t) => t.cell);
      const total = cells.reduce((sum, k) => sum + cost(k), 0);
      if (pick.best === null || total < pick.best.total) pick.best = { cells, total, z: [...z] };
      return total === 0;
    },
    limit,
  );
  return pick.best === null ? null : { cells: pick.best.cells, local, z: pick.best.z };
}

/** The change `z` scaled by `scale`, as (finest count, delta) pairs. */
export function toAlternative(local: Local, z: readonly number[], scale: number): Alternative {
  const changes: [number, number][] = [];
  local.free.forEach((i, p) => {
    const d = (z[p] ?? 0) * scale;
    if (d !== 0) changes.push([i, d]);
  });
  return changes;
}

/** How a change moves each touched cell that is not fixed: (cell, change per unit of scale). */
export function movesOf(local: Local, z: readonly number[]): [number, number][] {
  const moves: [number, number][] = [];
  for (const t of local.touched) {
    if (t.kind === 'fixed') continue;
    let m = 0;
    for (const p of t.positions) m += z[p] ?? 0;
    if (m !== 0) moves.push([t.cell, m]);
  }
  return moves;
}

/**
 * Whether `changes` (finest count → delta) leaves every shown and frozen cell as it is (frozen ones as
 * `required` says), every hidden cell at 1 or more, every other count at 0 or more: a direct check, so
 * alternatives found apart can be added together and trusted.
 */
export function fitsEverything(s: Situation, changes: ReadonlyMap<number, number>, required?: ReadonlyMap<number, number>): boolean {
  const inner = s.index.counts.inner;
  const sums = new Map<number, number>();
  for (const [i, delta] of changes) {
    if (delta === 0) continue;
    const value = inner[i];
    if (value === null || value === undefined || value + delta < 0) return false;
    for (const k of s.index.cellsOfInner[i] ?? []) sums.set(k, (sums.get(k) ?? 0) + delta);
  }
  for (const [k, delta] of sums) {
    const status = s.status(k);
    if (status === 'missing') continue;
    if (s.isFrozen(k)) {
      if (delta !== (required?.get(k) ?? 0)) return false;
    } else if (status === 'shown') {
      if (delta !== 0) return false;
    } else if ((s.index.values[k] ?? 0) + delta < floorOf(status)) return false;
  }
  return true;
}
