import { assignWithinReach, DEFAULT_REACH_METRES, type HubLimits, type ReachAssignment, type ReachHub, type ReachStatus } from './assign-within-reach.ts';
import { computeNeedScores, DEFAULT_HIGH_NEED_SCORE, DEFAULT_NEED_WEIGHTS, type NeedInput, type NeedScore, type NeedWeights } from './need-score.ts';
import { computeReach, type ReachFigures } from './reach.ts';

export interface NetworkSchoolInput extends NeedInput {
  readonly lat: number | null;
  readonly lon: number | null;
  /** The district the school is in, for area reach figures. */
  readonly areaCode: string | null;
  /** The Opportunity Area whose districts hold the school: its hub serves it whatever the distance. */
  readonly opportunityAreaId: string | null;
}

export interface NetworkOptions {
  readonly weights?: NeedWeights;
  /** Schools each hub can serve; by default 200, never fewer than its own area's schools (§14.2). */
  readonly capacity?: number;
  /** A school is high-need at this need score or above (default 80: about the top fifth of its phase). */
  readonly highNeedScore?: number;
  /** A hub's reach beyond its own area, in metres (default 20 km); reach figures are measured within it too. */
  readonly withinMetres?: number;
  /** Also run the nearest-hub-with-room greedy assignment, as a reference for the optimal total. */
  readonly withGreedy?: boolean;
}

export interface NetworkSchoolView extends ReachAssignment {
  readonly need: NeedScore;
  readonly highNeed: boolean;
  readonly areaCode: string | null;
  /** Whether the school has a location: without one it has no distance. */
  readonly located: boolean;
}

export interface NetworkView {
  /** The capacity asked for, or null for the default (200, never fewer than a hub's own area's schools). */
  readonly capacity: number | null;
  readonly highNeedScore: number;
  readonly withinMetres: number;
  /** Each hub's radius and capacity as used. */
  readonly limits: ReadonlyMap<string, HubLimits>;
  /** Every school with a need score and its reach status; `hubId` is null unless assigned. */
  readonly schools: readonly NetworkSchoolView[];
  readonly totalMetres: number;
  /** The nearest-hub-with-room total over the same schools and reach, as a reference; null unless asked for. */
  readonly greedyTotalMetres: number | null;
  readonly reach: { readonly hubs: readonly ReachFigures[]; readonly areas: readonly ReachFigures[] };
  /** High-need schools outside every hub's reach, farthest first. */
  readonly farFromHubs: readonly NetworkSchoolView[];
  /** Schools by reach status. */
  readonly counts: Readonly<Record<ReachStatus, number>>;
}

/**
 * The whole network at once: need scores over every school, the optimal assignment of schools to hubs
 * within each hub's reach (and greedy's total beside it), reach, and high-need schools outside every hub's
 * reach (docs/methodology.md §14).
 */
export function describeNetwork(schools: readonly NetworkSchoolInput[], hubs: readonly ReachHub[], options: NetworkOptions = {}): NetworkView {
  const highNeedScore = options.highNeedScore ?? DEFAULT_HIGH_NEED_SCORE;
  const withinMetres = options.withinMetres ?? DEFAULT_REACH_METRES;
  const needs = computeNeedScores(schools, options.weights ?? DEFAULT_NEED_WEIGHTS);
  const reachOptions = { radiusMetres: withinMetres, ...(options.capacity === undefined ? {} : { capacity: options.capacity }) };
  const optimal = assignWithinReach(schools, hubs, reachOptions);
  const greedy = options.withGreedy === true ? assignWithinReach(schools, hubs, { ...reachOptions, method: 'greedy' }) : null;
  const counts: Record<ReachStatus, number> = { assigned: 0, 'hub-full': 0, 'outside-reach': 0, 'no-location': 0 };
  const views: NetworkSchoolView[] = schools.map((s, i) => {
    const need = needs[i] ?? { urn: s.urn, phase: s.phase, score: null, parts: [] };
    const placed = optimal.schools[i] ?? { urn: s.urn, status: 'no-location', hubId: null, metres: null, nearestHubId: null, nearestMetres: null };
    counts[placed.status] += 1;
    return { ...placed, need, highNeed: need.score !== null && need.score >= highNeedScore, areaCode: s.areaCode, located: s.lat !== null && s.lon !== null };
  });
  const farthestFirst = (a: NetworkSchoolView, b: NetworkSchoolView) => (b.nearestMetres ?? Number.MAX_VALUE) - (a.nearestMetres ?? Number.MAX_VALUE) || a.urn - b.urn;
  return {
    capacity: options.capacity ?? null,
    highNeedScore,
    withinMetres,
    limits: optimal.limits,
    schools: views,
    totalMetres: optimal.totalMetres,
    greedyTotalMetres: greedy?.totalMetres ?? null,
    reach: computeReach(views.filter((v) => v.located || v.hubId !== null), withinMetres),
    farFromHubs: hubs.length === 0 ? [] : views.filter((v) => v.highNeed && v.status === 'outside-reach').sort(farthestFirst),
    counts,
  };
}
