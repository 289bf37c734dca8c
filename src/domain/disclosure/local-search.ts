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
  const n = problem.low.length;
  const byPosition: number[][] = Array.from({ length: n }, () => []);
  problem.constraints.forEach((c, k) => {
    for (const p of c.positions) byPosition[p]?.push(k);
  });
  let nodes = 0;
  const low = [...problem.low];
  const high = [...problem.high];

  const step = (lo: number[], hi: number[]): boolean => {
    nodes += 1;
    if (nodes > limit) return true;
    if (!propagate(problem.constraints, byPosition, lo, hi)) return false;
    let pick = -1;
    let width = Infinity;
    for (let p = 0; p < n; p++) {
      const w = (hi[p] ?? 0) - (lo[p] ?? 0);
      if (w > 0 && w < width) {
        width = w;
        pick = p;
      }
    }
    if (pick === -1) return visit(lo);
    for (const value of byDistanceFromZero(lo[pick] ?? 0, hi[pick] ?? 0)) {
      const l = [...lo];
      const h = [...hi];
      l[pick] = value;
      h[pick] = value;
      if (step(l, h)) return true;
    }
    return false;
  };
  step(low, high);
  return nodes > limit;
}

/** The first assignment meeting every constraint, or null (none, or none found within `limit` nodes). */
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

/** Bounds consistency until nothing changes; false when a constraint cannot hold. */
function propagate(constraints: readonly LocalConstraint[], byPosition: readonly number[][], low: number[], high: number[]): boolean {
  const queue = constraints.map((_, k) => k);
  const queued = new Array<boolean>(constraints.length).fill(true);
  while (queue.length > 0) {
    const k = queue.pop() ?? 0;
    queued[k] = false;
    const c = constraints[k];
    if (c === undefined) continue;
    let minSum = 0;
    let maxSum = 0;
    for (const p of c.positions) {
      minSum += low[p] ?? 0;
      maxSum += high[p] ?? 0;
    }
    if (minSum > c.high || maxSum < c.low) return false;
    for (const p of c.positions) {
      const lo = low[p] ?? 0;
      const hi = high[p] ?? 0;
      const newHigh = Math.min(hi, c.high - (minSum - lo));
      const newLow = Math.max(lo, c.low - (maxSum - hi));
      if (newLow > newHigh) return false;
      if (newLow !== lo || newHigh !== hi) {
        low[p] = newLow;
        high[p] = newHigh;
        for (const other of byPosition[p] ?? []) {
          if (!queued[other]) {
            queued[other] = true;
            queue.push(other);
          }
        }
      }
    }
  }
  return true;
}
