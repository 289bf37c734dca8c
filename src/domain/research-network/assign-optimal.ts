import { checkProblemOrThrow, summariseAssignment, type Assignment, type AssignmentProblem } from './assignment.ts';
import { CostHeap } from './cost-heap.ts';

/**
 * The min-cost assignment of schools to hubs with capacities: as many schools as the capacities allow,
 * and among those the least total cost (docs/methodology.md §14.2).
 *
 * Successive shortest paths on the transportation network, adding one school at a time. With few hubs
 * the residual network collapses onto the hubs: moving one school from hub u to hub v costs
 * c(s, v) − c(s, u), and the cheapest such school is kept in a heap per (u, v). An extra "unassigned"
 * hub with room for everyone and a cost above any reassignment chain keeps every step feasible, so the
 * count assigned is maximal first. Dijkstra over the m + 1 hubs uses potentials (the last shortest
 * distances) so reduced costs stay non-negative: O(n · m²) steps plus heap work.
 *
 * A cost of Infinity forbids a pair (the school is outside that hub's reach): no move leads there.
 *
 * Two hubs at 0 and 10 with room for one each, schools at 4 and 1 → the school at 4 goes to 10 and the
 * school at 1 to 0 (total 7), where nearest-first greedy takes 4 + 9 = 13.
 */
export function assignOptimal(problem: AssignmentProblem): Assignment {
  checkProblemOrThrow(problem);
  const n = problem.schoolCount;
  const m = problem.capacities.length;
  const hubs = m + 1;
  const unassigned = m;
  let maxCost = 0;
  for (let k = 0; k < problem.costs.length; k += 1) {
    const c = problem.costs[k] ?? 0;
    if (c !== Infinity) maxCost = Math.max(maxCost, c);
  }
  // Any chain of reassignments costs at most m × maxCost, so leaving a school out must cost more.
  const penalty = (m + 1) * maxCost + 1;
  const cost = (i: number, j: number): number => (j === unassigned ? penalty : (problem.costs[i * m + j] ?? 0));
  const room = [...problem.capacities, Infinity];

  const hubOf = new Int32Array(n).fill(-1);
  const heaps: CostHeap[] = Array.from({ length: hubs * hubs }, () => new CostHeap());
  const potential = new Float64Array(hubs);
  const dist = new Float64Array(hubs);
  const previous = new Int32Array(hubs);
  const done = new Uint8Array(hubs);

  const place = (school: number, hub: number): void => {
    hubOf[school] = hub;
    const base = cost(school, hub);
    // A hub outside the school's reach (cost Infinity) is no move at all.
    for (let k = 0; k < hubs; k += 1) if (k !== hub && cost(school, k) !== Infinity) heaps[hub * hubs + k]?.push(cost(school, k) - base, school);
  };
  // The cheapest move from u to v among schools still at u, or Infinity; drops entries gone stale.
  const edge = (u: number, v: number): number => {
    const heap = heaps[u * hubs + v];
    if (heap === undefined) return Infinity;
    while (heap.size > 0 && hubOf[heap.topId()] !== u) heap.pop();
    return heap.topKey();
  };

  for (let s = 0; s < n; s += 1) {
    // The sink's potential: the least potential of a hub with room keeps its edges' reduced costs ≥ 0.
    let sinkPotential = Infinity;
    for (let j = 0; j < hubs; j += 1) if ((room[j] ?? 0) > 0) sinkPotential = Math.min(sinkPotential, potential[j] ?? 0);
    let sinkDist = Infinity;
    let target = -1;
    const reachSink = (j: number): void => {
      if ((room[j] ?? 0) <= 0) return;
      const d = (dist[j] ?? 0) + (potential[j] ?? 0) - sinkPotential;
      if (d < sinkDist) {
        sinkDist = d;
        target = j;
      }
    };
    for (let j = 0; j < hubs; j += 1) {
      dist[j] = cost(s, j) - (potential[j] ?? 0);
      previous[j] = -1;
      done[j] = 0;
      reachSink(j);
    }
    // Dijkstra on reduced costs, stopped once nothing left can beat the best way to a hub with room.
    for (let step = 0; step < hubs; step += 1) {
      let u = -1;
      for (let j = 0; j < hubs; j += 1) if (done[j] === 0 && (u < 0 || (dist[j] ?? 0) < (dist[u] ?? 0))) u = j;
      if ((dist[u] ?? 0) >= sinkDist) break;
      done[u] = 1;
      const du = (dist[u] ?? 0) + (potential[u] ?? 0);
      for (let v = 0; v < hubs; v += 1) {
        if (done[v] === 1) continue;
        const w = edge(u, v);
        if (w === Infinity) continue;
        const candidate = du + w - (potential[v] ?? 0);
        if (candidate < (dist[v] ?? 0)) {
          dist[v] = candidate;
          previous[v] = u;
          reachSink(v);
        }
      }
    }
    // Walk back from the target, moving the cheapest school along each hop, last hop first.
    room[target] = (room[target] ?? 0) - 1;
    let v = target;
    while ((previous[v] ?? -1) >= 0) {
      const u = previous[v] ?? -1;
      edge(u, v);
      const moved = heaps[u * hubs + v]?.topId() ?? -1;
      place(moved, v);
      v = u;
    }
    place(s, v);
    // Nodes not reached before stopping move by the sink's distance: reduced costs stay ≥ 0 (§14.2).
    for (let j = 0; j < hubs; j += 1) potential[j] = (potential[j] ?? 0) + Math.min(dist[j] ?? 0, sinkDist);
  }
  for (let i = 0; i < n; i += 1) if (hubOf[i] === unassigned) hubOf[i] = -1;
  return summariseAssignment(problem, hubOf);
}
