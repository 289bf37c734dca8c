import { levelRank, type EngagementLevel } from './engagement.ts';

export type NeedBand = 'high' | 'other' | 'unscored';

export interface ReachByNeedRow {
  readonly band: NeedBand;
  readonly schools: number;
  /** Schools the Research School has reached at all: aware or beyond. */
  readonly engaged: number;
  /** Schools whose staff have been trained, or beyond (implementing, embedded). */
  readonly trained: number;
  /** engaged ÷ schools as a percentage to 1 decimal place; null when the band has no schools. */
  readonly shareEngaged: number | null;
}

/**
 * A Research School's reach into an area's schools by need (docs/methodology.md §14.1 for the need score,
 * §14.5 for engagement levels): high need is a score at or above `highNeedScore`, the rest is other, and
 * schools with no figure to score are counted apart rather than guessed. Bands in that order, all three
 * always present so a board sees a zero.
 * Two high-need schools, one trained → { band: 'high', schools: 2, engaged: 1, trained: 1, shareEngaged: 50 }.
 */
export function reachByNeed(schools: readonly { readonly need: number | null; readonly level: EngagementLevel }[], highNeedScore: number): ReachByNeedRow[] {
  const bandOf = (need: number | null): NeedBand => (need === null ? 'unscored' : need >= highNeedScore ? 'high' : 'other');
  return (['high', 'other', 'unscored'] as const).map((band) => {
    const members = schools.filter((s) => bandOf(s.need) === band);
    const engaged = members.filter((s) => s.level !== 'none').length;
    const trained = members.filter((s) => levelRank(s.level) >= levelRank('trained')).length;
    return { band, schools: members.length, engaged, trained, shareEngaged: members.length === 0 ? null : Math.round((engaged * 1000) / members.length) / 10 };
  });
}
