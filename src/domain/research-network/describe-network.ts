import { assignSchoolsToHubs, type Hub, type HubAssignment } from './assign-schools-to-hubs.ts';
import { computeNeedScores, DEFAULT_HIGH_NEED_SCORE, DEFAULT_NEED_WEIGHTS, type NeedInput, type NeedScore, type NeedWeights } from './need-score.ts';
import { computeReach, farFromAnyHub, type ReachFigures } from './reach.ts';

export interface NetworkSchoolInput extends NeedInput {
  readonly lat: number | null;
  readonly lon: number | null;
  /** The district the school is in, for area reach figures. */
  readonly areaCode: string | null;
}

export interface NetworkOptions {
  readonly weights?: NeedWeights;
  /** Schools each hub can serve; by default an even share, ⌈schools ÷ hubs⌉, so every school is served. */
  readonly capacity?: number;
  /** A school is high-need at this need score or above (default 80: about the top fifth of its phase). */
  readonly highNeedScore?: number;
  /** The distance reach is measured within, in metres (default 20 km). */
  readonly withinMetres?: number;
}

export interface NetworkSchoolView extends HubAssignment {
  readonly need: NeedScore;
  readonly highNeed: boolean;
  readonly areaCode: string | null;
  /** Whether the school has a location: without one it has no distance, so is left out of the assignment and reach. */
  readonly located: boolean;
}

export interface NetworkView {
  readonly capacity: number;
  readonly highNeedScore: number;
  readonly withinMetres: number;
  /** Every school with a need score; `hubId` and distances are null for schools without a location. */
  readonly schools: readonly NetworkSchoolView[];
  readonly totalMetres: number;
  /** The nearest-hub-with-room total over the same schools, as a reference. */
  readonly greedyTotalMetres: number;
  readonly reach: { readonly hubs: readonly ReachFigures[]; readonly areas: readonly ReachFigures[] };
  /** High-need schools farther than `withinMetres` from every hub, farthest first. */
  readonly farFromHubs: readonly NetworkSchoolView[];
}

/**
 * The whole network at once: need scores over every school, the optimal assignment of located schools to
 * hubs (and greedy's total beside it), reach, and high-need schools far from any hub
 * (docs/methodology.md §14).
 */
export function describeNetwork(schools: readonly NetworkSchoolInput[], hubs: readonly Omit<Hub, 'capacity'>[], options: NetworkOptions = {}): NetworkView {
  const highNeedScore = options.highNeedScore ?? DEFAULT_HIGH_NEED_SCORE;
  const withinMetres = options.withinMetres ?? 20_000;
  const needs = computeNeedScores(schools, options.weights ?? DEFAULT_NEED_WEIGHTS);
  const located = schools.flatMap((s) => (s.lat === null || s.lon === null ? [] : [{ urn: s.urn, lat: s.lat, lon: s.lon }]));
  const capacity = options.capacity ?? (hubs.length === 0 ? 0 : Math.ceil(located.length / hubs.length));
  const withCapacity = hubs.map((h) => ({ ...h, capacity }));
  const optimal = assignSchoolsToHubs(located, withCapacity, 'optimal');
  const greedy = assignSchoolsToHubs(located, withCapacity, 'greedy');
  const byUrn = new Map(optimal.schools.map((a) => [a.urn, a]));
  const views: NetworkSchoolView[] = schools.map((s, i) => {
    const need = needs[i] ?? { urn: s.urn, phase: s.phase, score: null, parts: [] };
    const placed = byUrn.get(s.urn) ?? { urn: s.urn, hubId: null, metres: null, nearestHubId: null, nearestMetres: null };
    return { ...placed, need, highNeed: need.score !== null && need.score >= highNeedScore, areaCode: s.areaCode, located: byUrn.has(s.urn) };
  });
  const reachable = views.filter((v) => byUrn.has(v.urn));
  return {
    capacity,
    highNeedScore,
    withinMetres,
    schools: views,
    totalMetres: optimal.totalMetres,
    greedyTotalMetres: greedy.totalMetres,
    reach: computeReach(reachable, withinMetres),
    farFromHubs: hubs.length === 0 ? [] : farFromAnyHub(reachable, withinMetres),
  };
}
