import type { EngagementLevel } from './engagement.ts';
import { engagementFunnels, type Funnel } from './funnel.ts';
import { computeNeedScores, DEFAULT_HIGH_NEED_SCORE, DEFAULT_NEED_WEIGHTS, type NeedInput, type NeedScore, type NeedWeights } from './need-score.ts';

/** The bodies between the programme and its schools: education authorities, and academy trusts. */
export const INTERMEDIARY_KINDS = ['local-authority', 'trust'] as const;
export type IntermediaryKind = (typeof INTERMEDIARY_KINDS)[number];

export interface IntermediaryInput extends NeedInput {
  /** The education authority's GSS code (E06, E08, E09, E10), null where not known. */
  readonly localAuthorityCode: string | null;
  /** The trust's GIAS group id, null for a school in no trust (or where trusts are not loaded). */
  readonly trustCode: string | null;
}

export interface IntermediarySchool {
  readonly urn: number;
  readonly localAuthorityCode: string | null;
  readonly trustCode: string | null;
  readonly need: NeedScore;
  readonly highNeed: boolean;
  readonly level: EngagementLevel;
  /** High-need and still at none: the schools to reach first (§14.8). */
  readonly notReached: boolean;
}

export interface IntermediarySummary {
  readonly kind: IntermediaryKind;
  readonly code: string;
  readonly schools: number;
  readonly highNeed: number;
  readonly highNeedNotReached: number;
  readonly funnel: Funnel;
}

/**
 * Every school's need (percentiles over all the schools given, as §14.1), whether it is high-need, its
 * engagement level (none where it has no records) and whether it is a high-need school not yet reached.
 * `intermediarySchools([a, b], new Map([[a.urn, 'trained']]))` → a trained, b at none.
 */
export function intermediarySchools(
  schools: readonly IntermediaryInput[],
  levels: ReadonlyMap<number, EngagementLevel>,
  options: { readonly weights?: NeedWeights; readonly highNeedScore?: number } = {},
): IntermediarySchool[] {
  const threshold = options.highNeedScore ?? DEFAULT_HIGH_NEED_SCORE;
  const needs = computeNeedScores(schools, options.weights ?? DEFAULT_NEED_WEIGHTS);
  return schools.map((s, i) => {
    const need = needs[i] ?? { urn: s.urn, phase: s.phase, score: null, parts: [] };
    const highNeed = need.score !== null && need.score >= threshold;
    const level = levels.get(s.urn) ?? 'none';
    return { urn: s.urn, localAuthorityCode: s.localAuthorityCode, trustCode: s.trustCode, need, highNeed, level, notReached: highNeed && level === 'none' };
  });
}

/** The code of the intermediary of `kind` a school belongs to, or null. */
export function intermediaryOf(kind: IntermediaryKind, school: Pick<IntermediarySchool, 'localAuthorityCode' | 'trustCode'>): string | null {
  return kind === 'trust' ? school.trustCode : school.localAuthorityCode;
}

/**
 * One row per local authority or trust: its schools, high-need schools, engagement funnel and high-need
 * schools not yet reached, most not reached first, then by code (docs/methodology.md §14.8). Schools with
 * no intermediary of that kind are left out.
 */
export function summariseIntermediaries(kind: IntermediaryKind, schools: readonly IntermediarySchool[]): IntermediarySummary[] {
  const keyed = schools.flatMap((s) => {
    const code = intermediaryOf(kind, s);
    return code === null ? [] : [{ code, school: s }];
  });
  const counts = new Map<string, { highNeed: number; notReached: number }>();
  for (const { code, school } of keyed) {
    const c = counts.get(code) ?? { highNeed: 0, notReached: 0 };
    counts.set(code, { highNeed: c.highNeed + (school.highNeed ? 1 : 0), notReached: c.notReached + (school.notReached ? 1 : 0) });
  }
  return engagementFunnels(keyed.map(({ code, school }) => ({ key: code, level: school.level })))
    .map((funnel) => {
      const c = counts.get(funnel.key) ?? { highNeed: 0, notReached: 0 };
      return { kind, code: funnel.key, schools: funnel.schools, highNeed: c.highNeed, highNeedNotReached: c.notReached, funnel };
    })
    .sort((a, b) => b.highNeedNotReached - a.highNeedNotReached || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * One intermediary's schools: high-need schools not yet reached first, then by need score (highest first,
 * unscored last), then by URN (§14.8).
 */
export function schoolsOfIntermediary(kind: IntermediaryKind, code: string, schools: readonly IntermediarySchool[]): IntermediarySchool[] {
  return schools
    .filter((s) => intermediaryOf(kind, s) === code)
    .sort((a, b) => Number(b.notReached) - Number(a.notReached) || (b.need.score ?? -1) - (a.need.score ?? -1) || a.urn - b.urn);
}
