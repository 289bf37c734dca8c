import { ENGAGEMENT_LEVELS, levelRank, type EngagementLevel } from './engagement.ts';

export interface FunnelStage {
  readonly level: EngagementLevel;
  /** Schools at exactly this level. */
  readonly at: number;
  /** Schools at this level or beyond: the funnel's width at this stage. */
  readonly atLeast: number;
}

export interface Funnel {
  readonly key: string;
  readonly schools: number;
  readonly stages: readonly FunnelStage[];
}

/**
 * The engagement funnel of each group (a hub, or an area): how many schools are at each level and at
 * each level or beyond (docs/methodology.md §14.5). Groups sorted by key; schools with no key are left out.
 */
export function engagementFunnels(schools: readonly { key: string | null; level: EngagementLevel }[]): Funnel[] {
  const groups = new Map<string, number[]>();
  for (const s of schools) {
    if (s.key === null) continue;
    const counts = groups.get(s.key) ?? ENGAGEMENT_LEVELS.map(() => 0);
    counts[levelRank(s.level)] = (counts[levelRank(s.level)] ?? 0) + 1;
    groups.set(s.key, counts);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, counts]) => {
      const total = counts.reduce((sum, c) => sum + c, 0);
      let remaining = total;
      const stages = ENGAGEMENT_LEVELS.map((level, i) => {
        const stage = { level, at: counts[i] ?? 0, atLeast: remaining };
        remaining -= counts[i] ?? 0;
        return stage;
      });
      return { key, schools: total, stages };
    });
}
