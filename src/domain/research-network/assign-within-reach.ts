import { assignGreedy } from './assign-greedy.ts';
import { assignOptimal } from './assign-optimal.ts';
import type { AssignmentProblem } from './assignment.ts';
import { haversineMetres } from './haversine.ts';

/** How far from where it works a hub reaches beyond its own Opportunity Area, by default (docs/methodology.md §14.2). */
export const DEFAULT_REACH_METRES = 20_000;

/**
 * Schools a hub can serve by default: the first five Research Schools were funded to support "up to 1,000
 * schools" between them (EEF and IEE, October 2016), 200 each; a hub's own Opportunity Area is never cut
 * short, so a hub whose area has more schools may serve them all (docs/methodology.md §14.2).
 */
export const DEFAULT_HUB_CAPACITY = 200;

/**
 * Added to the cost of a school outside the hub's own Opportunity Area: more than any distance in England,
 * so the assignment fills a hub with its own area's schools first and only then with the nearest others.
 */
const OUTSIDE_OWN_AREA_METRES = 2_000_000;

/** Why a school has, or has not, a hub. */
export type ReachStatus = 'assigned' | 'hub-full' | 'outside-reach' | 'no-location';

export interface ReachSchool {
  readonly urn: number;
  readonly lat: number | null;
  readonly lon: number | null;
  /** The Opportunity Area whose districts hold the school, if any. */
  readonly opportunityAreaId: string | null;
}

export interface ReachHub {
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
  readonly opportunityAreaId: string | null;
  /** This hub's own reach beyond its area, when it differs from the network's. */
  readonly radiusMetres?: number | undefined;
  /** This hub's own capacity, when it differs from the network's. */
  readonly capacity?: number | undefined;
}

export interface ReachOptions {
  /** Reach beyond a hub's own area, in metres (default 20 km). */
  readonly radiusMetres?: number;
  /** Schools a hub can serve (default 200, never fewer than its own area's schools). */
  readonly capacity?: number;
  readonly method?: 'optimal' | 'greedy';
}

export interface ReachAssignment {
  readonly urn: number;
  readonly status: ReachStatus;
  /** Null unless assigned. */
  readonly hubId: string | null;
  /** Distance to the assigned hub in whole metres; null when unassigned or when the school has no location. */
  readonly metres: number | null;
  /** The nearest hub, in reach or not; null when the school or every hub has no location. */
  readonly nearestHubId: string | null;
  readonly nearestMetres: number | null;
}

export interface HubLimits {
  readonly radiusMetres: number;
  readonly capacity: number;
  /** Schools in the hub's own Opportunity Area. */
  readonly ownAreaSchools: number;
}

export interface SchoolsWithinReach {
  readonly schools: readonly ReachAssignment[];
  readonly limits: ReadonlyMap<string, HubLimits>;
  /** The sum of the distances of the assigned schools that have a location, in metres. */
  readonly totalMetres: number;
}

/** Whether hub `hub` may serve `school`: the school is in the hub's own area, or within its radius. */
function inReach(school: ReachSchool, hub: ReachHub, metres: number | null, radiusMetres: number): boolean {
  if (school.opportunityAreaId !== null && school.opportunityAreaId === hub.opportunityAreaId) return true;
  return metres !== null && metres <= radiusMetres;
}

/**
 * Schools assigned to hubs inside each hub's reach (docs/methodology.md §14.2): a hub may serve the schools
 * of its own Opportunity Area's districts and those within its radius of where it works, up to its capacity;
 * its own area's schools come first, then the least total distance. A school no hub may serve is
 * `outside-reach`; one whose hubs are all full is `hub-full`; one with no location and in no hub's area is
 * `no-location`. Two hubs 111 km apart with a 20 km radius: a school 5 km from the first goes to it, one
 * 50 km from both is outside every hub's reach.
 */
export function assignWithinReach(schools: readonly ReachSchool[], hubs: readonly ReachHub[], options: ReachOptions = {}): SchoolsWithinReach {
  const m = hubs.length;
  const defaultRadius = options.radiusMetres ?? DEFAULT_REACH_METRES;
  const ownAreaSchools = hubs.map((h) => (h.opportunityAreaId === null ? 0 : schools.filter((s) => s.opportunityAreaId === h.opportunityAreaId).length));
  const limits = new Map<string, HubLimits>(
    hubs.map((h, j) => [
      h.id,
      { radiusMetres: h.radiusMetres ?? defaultRadius, capacity: h.capacity ?? Math.max(options.capacity ?? DEFAULT_HUB_CAPACITY, options.capacity === undefined ? (ownAreaSchools[j] ?? 0) : 0), ownAreaSchools: ownAreaSchools[j] ?? 0 },
    ]),
  );
  const candidates: number[] = [];
  const costs: number[] = [];
  const distances: (number | null)[][] = schools.map((s) => hubs.map((h) => (s.lat === null || s.lon === null ? null : Math.round(haversineMetres({ lat: s.lat, lon: s.lon }, h)))));
  schools.forEach((s, i) => {
    const row = hubs.map((h, j) => {
      const metres = distances[i]?.[j] ?? null;
      if (!inReach(s, h, metres, limits.get(h.id)?.radiusMetres ?? defaultRadius)) return Infinity;
      const own = s.opportunityAreaId !== null && s.opportunityAreaId === h.opportunityAreaId;
      return (metres ?? 0) + (own ? 0 : OUTSIDE_OWN_AREA_METRES);
    });
    if (row.some((c) => c !== Infinity)) {
      candidates.push(i);
      costs.push(...row);
    }
  });
  const problem: AssignmentProblem = { schoolCount: candidates.length, capacities: hubs.map((h) => limits.get(h.id)?.capacity ?? 0), costs };
  const solved = (options.method ?? 'optimal') === 'optimal' ? assignOptimal(problem) : assignGreedy(problem);
  const hubOf = new Int32Array(schools.length).fill(-2);
  candidates.forEach((i, k) => (hubOf[i] = solved.hubOf[k] ?? -1));
  let totalMetres = 0;
  const assignments = schools.map((s, i): ReachAssignment => {
    let nearest = -1;
    const row = distances[i] ?? [];
    for (let j = 0; j < m; j += 1) if ((row[j] ?? null) !== null && (nearest < 0 || (row[j] ?? 0) < (row[nearest] ?? 0))) nearest = j;
    const hub = hubOf[i] ?? -2;
    const metres = hub < 0 ? null : (row[hub] ?? null);
    if (metres !== null) totalMetres += metres;
    const located = s.lat !== null && s.lon !== null;
    const status: ReachStatus = hub >= 0 ? 'assigned' : hub === -1 ? 'hub-full' : located ? 'outside-reach' : 'no-location';
    return {
      urn: s.urn,
      status,
      hubId: hub < 0 ? null : (hubs[hub]?.id ?? null),
      metres,
      nearestHubId: nearest < 0 ? null : (hubs[nearest]?.id ?? null),
      nearestMetres: nearest < 0 ? null : (row[nearest] ?? null),
    };
  });
  return { schools: assignments, limits, totalMetres };
}
