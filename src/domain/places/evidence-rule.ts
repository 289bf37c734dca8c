import { err, ok, type Result } from '../shared/result.ts';
import type { RateContribution } from './roll-up-rates.ts';
import type { SchoolKind } from './school-kind.ts';

/** How much a figure built from schools must rest on before it is published (docs/methodology.md §9.3). */
export interface EvidenceRule {
  /** Mainstream schools with a figure, at least; or every mainstream school of the phase where the area has fewer. */
  readonly minSchools: number;
  /** Share (0 to 1) of the area's pupils in the phase that are on roll at the schools with a figure, at least. */
  readonly minPupilShare: number;
}

/**
 * At least 3 mainstream schools with a figure (or all of them, in an area with fewer) and at least half of the
 * area's pupils in the phase.
 */
export const DEFAULT_EVIDENCE_RULE: EvidenceRule = { minSchools: 3, minPupilShare: 0.5 };

/**
 * A rule as given, checked: schools a whole number from 1 to 1,000, the share from 0 to 1.
 * `checkEvidenceRule({ minSchools: 0, minPupilShare: 0.5 })` → err(['Minimum schools must be a whole number from 1 to 1,000'])
 */
export function checkEvidenceRule(rule: EvidenceRule): Result<EvidenceRule, string[]> {
  const problems: string[] = [];
  if (!Number.isInteger(rule.minSchools) || rule.minSchools < 1 || rule.minSchools > 1000) problems.push('Minimum schools must be a whole number from 1 to 1,000');
  if (!Number.isFinite(rule.minPupilShare) || rule.minPupilShare < 0 || rule.minPupilShare > 1) problems.push('Minimum share of pupils must be from 0% to 100%');
  return problems.length === 0 ? ok(rule) : err(problems);
}

/** One school's figure with what the evidence rule needs to know about the school. */
export interface EvidencedSchool extends RateContribution {
  readonly kind: SchoolKind;
  /** Pupils on roll in the census the share is judged on; null when the school has no census row. */
  readonly roll: number | null;
}

/** What an area's figure rests on. */
export interface EvidenceBasis {
  /** Mainstream schools with a figure. */
  readonly schools: number;
  /** Every school with a figure, special schools and alternative provision too where the figure takes them. */
  readonly contributors: number;
  /** Pupils on roll at the schools with a figure. */
  readonly pupilsCovered: number;
  /** Pupils on roll at all the area's schools of the phase that feed the figure (§9.3). */
  readonly phasePupils: number;
  /** The area's mainstream schools of the phase, with a figure or not. */
  readonly phaseSchools: number;
}

export interface EvidencedFigure {
  readonly areaCode: string;
  /** Σ(denominator × rate) ÷ Σ denominator over the schools with a figure; null below the rule or with none. */
  readonly value: number | null;
  /** Σ denominator over the schools with a figure (0 with none), for adding areas up. */
  readonly denominator: number;
  readonly basis: EvidenceBasis;
  readonly sufficient: boolean;
}

/** Pupils covered ÷ pupils in the phase; null when the area's pupils on roll are not known. */
export function pupilShareOf(basis: EvidenceBasis): number | null {
  return basis.phasePupils > 0 ? basis.pupilsCovered / basis.phasePupils : null;
}

/**
 * Whether a basis meets a rule: enough mainstream schools, and a known, large enough share of pupils. An area
 * with fewer mainstream schools of the phase than the rule asks for (West Somerset has one secondary school)
 * meets the count when every one of them has a figure: the figure is then the whole area's, not a part of it.
 */
export function meetsEvidenceRule(basis: EvidenceBasis, rule: EvidenceRule): boolean {
  const share = pupilShareOf(basis);
  const enoughSchools = basis.schools >= rule.minSchools || (basis.schools >= 1 && basis.schools >= basis.phaseSchools);
  return enoughSchools && share !== null && share >= rule.minPupilShare;
}

const positive = (n: number | null): n is number => n !== null && Number.isFinite(n) && n > 0;

/**
 * Each area's figure from its schools, weighted by pupils as `rollUpRates` does, published only when it
 * meets `rule` (docs/methodology.md §9.3). `schools` are the area's schools of the phase, with a figure or
 * not; only those whose kind is in `feeds` count, in the figure and in the area's pupils alike. An area
 * below the rule gets `value: null` with its basis, never 0 and never an older value. Every area in
 * `areaCodes` gets a basis, with none of its schools if it has none, so its missing figure can be explained.
 *
 * ```
 * rollUpWithEvidence([
 *   { areaCode: 'A', kind: 'mainstream', roll: 900, denominator: 150, rate: 45 },
 *   { areaCode: 'A', kind: 'mainstream', roll: 1100, denominator: null, rate: null },
 *   { areaCode: 'A', kind: 'special', roll: 80, denominator: 10, rate: 5 },
 * ], DEFAULT_EVIDENCE_RULE, ['mainstream'])
 * // → [{ areaCode: 'A', value: null, denominator: 150, sufficient: false,
 * //      basis: { schools: 1, contributors: 1, pupilsCovered: 900, phasePupils: 2000, phaseSchools: 2 } }]
 * ```
 */
export function rollUpWithEvidence(schools: readonly EvidencedSchool[], rule: EvidenceRule, feeds: readonly SchoolKind[], areaCodes: readonly string[] = []): EvidencedFigure[] {
  const empty = () => ({ weighted: 0, denominator: 0, schools: 0, contributors: 0, pupilsCovered: 0, phasePupils: 0, phaseSchools: 0 });
  const sums = new Map<string, ReturnType<typeof empty>>();
  for (const areaCode of areaCodes) sums.set(areaCode, empty());
  for (const school of schools) {
    if (!feeds.includes(school.kind)) continue;
    const sum = sums.get(school.areaCode) ?? empty();
    sums.set(school.areaCode, sum);
    const roll = positive(school.roll) ? school.roll : 0;
    sum.phasePupils += roll;
    if (school.kind === 'mainstream') sum.phaseSchools += 1;
    if (!positive(school.denominator) || school.rate === null || !Number.isFinite(school.rate)) continue;
    sum.weighted += school.denominator * school.rate;
    sum.denominator += school.denominator;
    sum.contributors += 1;
    if (school.kind === 'mainstream') sum.schools += 1;
    sum.pupilsCovered += roll;
  }
  return [...sums].map(([areaCode, sum]) => {
    const basis: EvidenceBasis = { schools: sum.schools, contributors: sum.contributors, pupilsCovered: sum.pupilsCovered, phasePupils: sum.phasePupils, phaseSchools: sum.phaseSchools };
    const sufficient = meetsEvidenceRule(basis, rule);
    return { areaCode, value: sufficient ? sum.weighted / sum.denominator : null, denominator: sum.denominator, basis, sufficient };
  });
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** A share as a whole per cent, rounded down, so a share just below the rule never reads as meeting it. */
export function formatPupilShare(share: number): string {
  return `${String(Math.floor(share * 100 + 1e-9))}%`;
}

/**
 * What a figure rests on, in words, and, below the rule, why there is none (docs/methodology.md §9.3).
 * `describeEvidence({ schools: 2, contributors: 2, pupilsCovered: 140, phasePupils: 1000, phaseSchools: 5 }, DEFAULT_EVIDENCE_RULE)`
 * → "2 schools, 14% of pupils: not enough for a district figure (it needs at least 3 mainstream schools, or all of them where there are fewer, and 50% of pupils)"
 */
export function describeEvidence(basis: EvidenceBasis, rule: EvidenceRule, place: 'district' | 'authority' = 'district'): string {
  const share = pupilShareOf(basis);
  const others = basis.contributors - basis.schools;
  const none = basis.contributors === 0;
  const schools = none
    ? 'no school with a figure'
    : `${plural(basis.schools, 'school', 'schools')}${others > 0 ? ` (and ${plural(others, 'special school or alternative provision', 'special schools or alternative provision')})` : ''}`;
  const pupils = share !== null ? `, ${formatPupilShare(share)} of pupils` : none ? '' : ', pupils on roll not known';
  if (meetsEvidenceRule(basis, rule)) return `${schools}${pupils}`;
  const fewer = rule.minSchools > 1 ? ', or all of them where there are fewer,' : '';
  const needs = `it needs at least ${plural(rule.minSchools, 'mainstream school', 'mainstream schools')}${fewer} and ${formatPupilShare(rule.minPupilShare)} of pupils`;
  return `${schools}${pupils}: not enough for ${place === 'district' ? 'a district' : 'an authority'} figure (${needs})`;
}

/** A figure's basis as views show it: counts, the share of pupils, whether it met the rule, and in words. */
export interface EvidenceSummary {
  readonly schools: number;
  readonly contributors: number;
  /** 0 to 1; null when the area's pupils on roll are not known. */
  readonly pupilShare: number | null;
  readonly sufficient: boolean;
  readonly rule: EvidenceRule;
  readonly note: string;
}

/**
 * `describeEvidence` with the figures behind it, for an API reply.
 * `summariseEvidence({ schools: 2, contributors: 2, pupilsCovered: 140, phasePupils: 1000, phaseSchools: 5 }, DEFAULT_EVIDENCE_RULE)`
 * → { schools: 2, contributors: 2, pupilShare: 0.14, sufficient: false, rule, note: '2 schools, 14% of pupils: not enough …' }
 */
export function summariseEvidence(basis: EvidenceBasis, rule: EvidenceRule, place: 'district' | 'authority' = 'district'): EvidenceSummary {
  const share = pupilShareOf(basis);
  return {
    schools: basis.schools,
    contributors: basis.contributors,
    pupilShare: share === null ? null : Math.round(share * 10_000) / 10_000,
    sufficient: meetsEvidenceRule(basis, rule),
    rule,
    note: describeEvidence(basis, rule, place),
  };
}
