import type { AssignmentProblem } from '../../src/domain/research-network/index.ts';

/**
 * The textbook method, kept independent of the solver under test: for each new school, Bellman–Ford over
 * every school and hub node of the residual network, then augment along the cheapest path to a hub with
 * room. Returns the least total cost with as many schools as fit. Slow (O(n² · m) per school at worst).
 */
export function naiveExactAssignmentCost(problem: AssignmentProblem): number {
  const n = problem.schoolCount;
  const m = problem.capacities.length;
  const cost = (i: number, j: number) => problem.costs[i * m + j] ?? 0;
  const hubOf = new Int32Array(n).fill(-1);
  const room = [...problem.capacities];
  const atHub: number[][] = Array.from({ length: m }, () => []);
  let total = 0;
  for (let s = 0; s < n; s += 1) {
    // Distances to hubs and to assigned schools; school t's node is reached from its hub at −c(t, hub).
    const hubDist = new Float64Array(m).fill(Infinity);
    const hubVia = new Int32Array(m).fill(-2);
    const schoolDist = new Float64Array(n).fill(Infinity);
    for (let j = 0; j < m; j += 1) {
      hubDist[j] = cost(s, j);
      hubVia[j] = -1;
    }
    for (let round = 0; round < 2 * m + 1; round += 1) {
      let changed = false;
      for (let j = 0; j < m; j += 1) {
        for (const t of atHub[j] ?? []) {
          const d = (hubDist[j] ?? Infinity) - cost(t, j);
          if (d < (schoolDist[t] ?? Infinity)) schoolDist[t] = d;
        }
      }
      for (let t = 0; t < s; t += 1) {
        const from = hubOf[t] ?? -1;
        if (from < 0) continue;
        const dt = schoolDist[t] ?? Infinity;
        for (let k = 0; k < m; k += 1) {
          if (k === from) continue;
          const d = dt + cost(t, k);
          if (d < (hubDist[k] ?? Infinity)) {
            hubDist[k] = d;
            hubVia[k] = t;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    let target = -1;
    for (let j = 0; j < m; j += 1) if ((room[j] ?? 0) > 0 && (target < 0 || (hubDist[j] ?? 0) < (hubDist[target] ?? 0))) target = j;
    if (target < 0) continue;
    room[target] = (room[target] ?? 0) - 1;
    total += hubDist[target] ?? 0;
    let hub = target;
    for (;;) {
      const via = hubVia[hub] ?? -1;
      if (via < 0) break;
      const from = hubOf[via] ?? -1;
      hubOf[via] = hub;
      atHub[from] = (atHub[from] ?? []).filter((x) => x !== via);
      atHub[hub]?.push(via);
      hub = from;
    }
    hubOf[s] = hub;
    atHub[hub]?.push(s);
  }
  return total;
}
