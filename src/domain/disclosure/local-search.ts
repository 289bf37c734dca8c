/**
 * A small whole-number search used by disclosure control to find other tables that fit everything shown:
 * changes Δ to a handful of finest counts (a few dozen at most), each in a range, under constraints
 * `low ≤ Σ Δ over some of them ≤ high`. Depth first, smallest changes first, with bounds propagation, and a
 * node limit: when it gives up, the caller treats the table as not yet protected and hides more, so giving
 * up never makes a table less safe (docs/methodology.md, 4.4).
 */

export interface LocalConstraint {
  /** Positions of the changes the constraint adds up (coefficient 1 each). */
  readonly positions: readonly number[];
  readonly low: number;
  readonly high: number;
}

export interface LocalProblem {
  readonly low: readonly number[];
  readonly high: readonly number[];
  readonly constraints: readonly LocalConstraint[];
}

/**
 * Calls `visit` with each whole-number assignment that meets every constraint, smallest changes first,
 * until `visit` returns true (stop) or `limit` search nodes have been used. Returns whether it stopped.
 * With `low: [-1, -1], high: [1, 1]` and one constraint `positions [0, 1], low 0, high 0` it visits
 * [0, 0], [1, −1] and [−1, 1].
 */
export function searchAssignments(problem: LocalProblem, visit: (assignment: readonly number[]) => boolean, limit: number): boolean {
  return new Search(problem, visit, limit).run();
}

/**
 * The first assignment meeting every constraint, smallest changes first, or null (none, or none found
 * within `limit` nodes): with the problem above but the constraint at `low 1, high 1`, [0, 1].
 */
export function findAssignment(problem: LocalProblem, limit: number): number[] | null {
  let found: number[] | null = null;
  searchAssignments(
    problem,
    (assignment) => {
      found = [...assignment];
      return true;
    },
    limit,
  );
  return found;
}

/** Depth-first search with bounds kept in place and undone from a trail on backtracking. */
class Search {
  private readonly low: number[];
  private readonly high: number[];
  private readonly byPosition: number[][];
  private readonly trail: number[] = [];
  private readonly queue: number[] = [];
  private readonly queued: Uint8Array;
  private nodes = 0;
  private stopped = false;

  constructor(
    private readonly problem: LocalProblem,
    private readonly visit: (assignment: readonly number[]) => boolean,
    private readonly limit: number,
  ) {
    this.low = [...problem.low];
    this.high = [...problem.high];
    this.byPosition = problem.low.map(() => []);
    problem.constraints.forEach((c, k) => {
      for (const p of c.positions) this.byPosition[p]?.push(k);
    });
    this.queued = new Uint8Array(problem.constraints.length);
  }

  run(): boolean {
    this.step(this.problem.constraints.map((_, k) => k));
    return this.stopped || this.nodes > this.limit;
  }

  /** Propagates from `dirty`, then branches; true when the search is to stop. */
  private step(dirty: readonly number[]): boolean {
    this.nodes += 1;
    if (this.nodes > this.limit) return true;
    const mark = this.trail.length;
    if (!this.propagate(dirty)) {
      this.undo(mark);
      return false;
    }
    let pick = -1;
    let width = Infinity;
    for (let p = 0; p < this.low.length; p++) {
      const w = (this.high[p] ?? 0) - (this.low[p] ?? 0);
      if (w > 0 && w < width) {
        width = w;
        pick = p;
      }
    }
    if (pick === -1) {
      this.stopped = this.visit(this.low);
      this.undo(mark);
      return this.stopped;
    }
    for (const value of byDistanceFromZero(this.low[pick] ?? 0, this.high[pick] ?? 0)) {
      const inner = this.trail.length;
      this.set(pick, value, value);
      if (this.step(this.byPosition[pick] ?? [])) {
        this.undo(mark);
        return true;
      }
      this.undo(inner);
    }
    this.undo(mark);
    return false;
  }

  private set(p: number, low: number, high: number): void {
    this.trail.push(p, this.low[p] ?? 0, this.high[p] ?? 0);
    this.low[p] = low;
    this.high[p] = high;
  }

  private undo(mark: number): void {
    while (this.trail.length > mark) {
      const high = this.trail.pop() ?? 0;
      const low = this.trail.pop() ?? 0;
      const p = this.trail.pop() ?? 0;
      this.low[p] = low;
      this.high[p] = high;
    }
  }

  /** Bounds consistency from the constraints in `dirty` until nothing changes; false when one cannot hold. */
  private propagate(dirty: readonly number[]): boolean {
    const { constraints } = this.problem;
    const queue = this.queue;
    queue.length = 0;
    for (const k of dirty) {
      if (this.queued[k] === 0) {
        this.queued[k] = 1;
        queue.push(k);
      }
    }
    let ok = true;
    while (queue.length > 0) {
      const k = queue.pop() ?? 0;
      this.queued[k] = 0;
      if (!ok) continue;
      const c = constraints[k];
      if (c === undefined) continue;
      let minSum = 0;
      let maxSum = 0;
      for (const p of c.positions) {
        minSum += this.low[p] ?? 0;
        maxSum += this.high[p] ?? 0;
      }
      if (minSum > c.high || maxSum < c.low) {
        ok = false;
        continue;
      }
      for (const p of c.positions) {
        const lo = this.low[p] ?? 0;
        const hi = this.high[p] ?? 0;
        const newHigh = Math.min(hi, c.high - (minSum - lo));
        const newLow = Math.max(lo, c.low - (maxSum - hi));
        if (newLow > newHigh) {
          ok = false;
          break;
        }
        if (newLow !== lo || newHigh !== hi) {
          this.set(p, newLow, newHigh);
          for (const other of this.byPosition[p] ?? []) {
            if (this.queued[other] === 0) {
              this.queued[other] = 1;
              queue.push(other);
            }
          }
        }
      }
    }
    return ok;
  }
}

function byDistanceFromZero(low: number, high: number): number[] {
  const values: number[] = [];
  const start = Math.min(Math.max(0, low), high);
  values.push(start);
  for (let d = 1; values.length < high - low + 1; d++) {
    if (start + d <= high) values.push(start + d);
    if (start - d >= low) values.push(start - d);
  }
  return values;
}
