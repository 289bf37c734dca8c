/**
 * A transportation problem: n schools, m hubs, each hub taking at most `capacities[j]` schools, and the
 * cost of school i at hub j at `costs[i * m + j]` (whole metres, so sums are exact); `Infinity` where the
 * school is outside the hub's reach and may not go to it.
 */
export interface AssignmentProblem {
  readonly schoolCount: number;
  readonly capacities: readonly number[];
  readonly costs: ArrayLike<number>;
}

export interface Assignment {
  /** The hub index of each school, −1 where every hub was full. */
  readonly hubOf: Int32Array;
  /** The sum of the costs of the schools assigned. */
  readonly totalCost: number;
  readonly assigned: number;
}

/** The assignment's total cost and count, from `hubOf`. */
export function summariseAssignment(problem: AssignmentProblem, hubOf: Int32Array): Assignment {
  const m = problem.capacities.length;
  let totalCost = 0;
  let assigned = 0;
  for (let i = 0; i < problem.schoolCount; i += 1) {
    const hub = hubOf[i] ?? -1;
    if (hub < 0) continue;
    totalCost += problem.costs[i * m + hub] ?? 0;
    assigned += 1;
  }
  return { hubOf, totalCost, assigned };
}

/** Throws on a malformed problem: that is a programmer error, not bad data. */
export function checkProblemOrThrow(problem: AssignmentProblem): void {
  const m = problem.capacities.length;
  if (problem.costs.length !== problem.schoolCount * m) {
    throw new Error(`Expected ${problem.schoolCount * m} costs for ${problem.schoolCount} schools and ${m} hubs, got ${problem.costs.length}`);
  }
  for (const c of problem.capacities) if (!Number.isInteger(c) || c < 0) throw new Error(`A hub capacity must be a whole number of 0 or more, got ${c}`);
  for (let k = 0; k < problem.costs.length; k += 1) {
    const c = problem.costs[k] ?? NaN;
    if (Number.isNaN(c) || c < 0 || c === -Infinity) throw new Error(`Costs must be finite or Infinity (not allowed), and not negative, got ${c} at ${k}`);
  }
}
