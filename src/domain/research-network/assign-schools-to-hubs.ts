import { assignGreedy } from './assign-greedy.ts';
import { assignOptimal } from './assign-optimal.ts';
import type { AssignmentProblem } from './assignment.ts';
import { haversineMetres, type LatLon } from './haversine.ts';

export interface PlacedSchool extends LatLon {
  readonly urn: number;
}

export interface Hub extends LatLon {
  readonly id: string;
  readonly capacity: number;
}

export interface HubAssignment {
  readonly urn: number;
  /** Null where every hub was full. */
  readonly hubId: string | null;
  /** Distance to the assigned hub in whole metres; null when unassigned. */
  readonly metres: number | null;
  /** Distance to the nearest hub, full or not, in whole metres; null when there are no hubs. */
  readonly nearestHubId: string | null;
  readonly nearestMetres: number | null;
}

export interface SchoolsToHubs {
  readonly method: 'optimal' | 'greedy';
  readonly schools: readonly HubAssignment[];
  readonly totalMetres: number;
  readonly assigned: number;
}

/** The cost matrix of a set of schools and hubs: great-circle distance in whole metres. */
export function distanceProblem(schools: readonly PlacedSchool[], hubs: readonly Hub[]): AssignmentProblem {
  const m = hubs.length;
  const costs = new Float64Array(schools.length * m);
  schools.forEach((s, i) => {
    hubs.forEach((h, j) => {
      costs[i * m + j] = Math.round(haversineMetres(s, h));
    });
  });
  return { schoolCount: schools.length, capacities: hubs.map((h) => h.capacity), costs };
}

/**
 * Schools assigned to hubs by distance within each hub's capacity: optimally (least total distance) or,
 * as a reference, nearest-hub-with-room in the order given (docs/methodology.md §14.2).
 */
export function assignSchoolsToHubs(schools: readonly PlacedSchool[], hubs: readonly Hub[], method: 'optimal' | 'greedy' = 'optimal'): SchoolsToHubs {
  const problem = distanceProblem(schools, hubs);
  const solved = method === 'optimal' ? assignOptimal(problem) : assignGreedy(problem);
  const m = hubs.length;
  return {
    method,
    totalMetres: solved.totalCost,
    assigned: solved.assigned,
    schools: schools.map((s, i) => {
      let nearest = -1;
      for (let j = 0; j < m; j += 1) if (nearest < 0 || (problem.costs[i * m + j] ?? 0) < (problem.costs[i * m + nearest] ?? 0)) nearest = j;
      const hub = solved.hubOf[i] ?? -1;
      return {
        urn: s.urn,
        hubId: hub < 0 ? null : (hubs[hub]?.id ?? null),
        metres: hub < 0 ? null : (problem.costs[i * m + hub] ?? null),
        nearestHubId: nearest < 0 ? null : (hubs[nearest]?.id ?? null),
        nearestMetres: nearest < 0 ? null : (problem.costs[i * m + nearest] ?? null),
      };
    }),
  };
}
