import type { NetworkSchoolView, NetworkView } from './describe-network.ts';
import { ENGAGEMENT_LEVELS, type EngagementLevel } from './engagement.ts';
import { engagementFunnels, type Funnel } from './funnel.ts';
import type { ReachFigures } from './reach.ts';
import type { SchoolEngagement } from './school-engagement.ts';

export interface HubSchool extends NetworkSchoolView {
  readonly level: EngagementLevel;
  readonly levelSince: string | null;
}

export interface HubReport {
  readonly hubId: string;
  /** The schools the hub serves, highest need first. */
  readonly schools: readonly HubSchool[];
  readonly reach: ReachFigures | null;
  readonly funnel: Funnel;
  /** The same funnel for each district the hub's schools are in. */
  readonly districts: readonly Funnel[];
  /** High-need schools the hub serves that are still at none, highest need first, then nearest first. */
  readonly notReached: readonly HubSchool[];
}

// Need to one decimal place, as shown, so schools of equal shown need are ordered by distance, nearest first.
const byNeedThenDistance = (a: HubSchool, b: HubSchool) =>
  Math.round(10 * (b.need.score ?? -1)) - Math.round(10 * (a.need.score ?? -1)) || (a.metres ?? Number.MAX_VALUE) - (b.metres ?? Number.MAX_VALUE) || a.urn - b.urn;

/**
 * One hub's part of the network: its schools with their engagement, reach, the funnel overall and by
 * district, and the high-need schools it has not yet reached (docs/methodology.md §14.4–11.5).
 */
export function hubReport(view: NetworkView, hubId: string, engagement: ReadonlyMap<number, SchoolEngagement>): HubReport {
  const schools: HubSchool[] = view.schools
    .filter((s) => s.hubId === hubId)
    .map((s) => ({ ...s, level: engagement.get(s.urn)?.level ?? 'none', levelSince: engagement.get(s.urn)?.since ?? null }))
    .sort((a, b) => (b.need.score ?? -1) - (a.need.score ?? -1) || a.urn - b.urn);
  const funnel = engagementFunnels(schools.map((s) => ({ key: hubId, level: s.level })))[0] ?? {
    key: hubId,
    schools: 0,
    stages: ENGAGEMENT_LEVELS.map((level) => ({ level, at: 0, atLeast: 0 })),
  };
  return {
    hubId,
    schools,
    reach: view.reach.hubs.find((r) => r.key === hubId) ?? null,
    funnel,
    districts: engagementFunnels(schools.map((s) => ({ key: s.areaCode, level: s.level }))),
    notReached: schools.filter((s) => s.highNeed && s.level === 'none').sort(byNeedThenDistance),
  };
}
