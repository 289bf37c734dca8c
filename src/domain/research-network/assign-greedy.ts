import { checkProblemOrThrow, summariseAssignment, type Assignment, type AssignmentProblem } from './assignment.ts';

/**
 * The reference the optimal assignment is measured against: each school in turn (in the order given)
 * goes to its nearest hub that still has room, ties to the lower hub index (docs/methodology.md §14.2).
 */
export function assignGreedy(problem: AssignmentProblem): Assignment {
  checkProblemOrThrow(problem);
  const m = problem.capacities.length;
  const room = [...problem.capacities];
  const hubOf = new Int32Array(problem.schoolCount).fill(-1);
  for (let i = 0; i < problem.schoolCount; i += 1) {
    let best = -1;
    let bestCost = Infinity;
    for (let j = 0; j < m; j += 1) {
      const cost = problem.costs[i * m + j] ?? Infinity;
      if ((room[j] ?? 0) > 0 && cost < bestCost) {
        best = j;
        bestCost = cost;
      }
    }
    if (best >= 0) {
      hubOf[i] = best;
      room[best] = (room[best] ?? 0) - 1;
    }
  }
  return summariseAssignment(problem, hubOf);
}
