import type { Kysely } from 'kysely';
import { rollUpWithEvidence, schoolKindOf, type EvidencedFigure, type EvidencedSchool, type EvidenceRule, type SchoolKind } from '../../domain/places/index.ts';
import { registerInPages, schoolCensus } from '../../storage/repositories/derive-inputs.repository.ts';
import type { Database } from '../../storage/schema.ts';
import type { DerivedIndicator, IndicatorPhase, SchoolFigure } from './derived-indicators.ts';

interface RegisterSchool {
  readonly district: string | null;
  readonly authority: string | null;
  readonly kind: SchoolKind;
  readonly teaches: Readonly<Record<IndicatorPhase, boolean>>;
}

/** The register and the census as the evidence rule needs them, read once for every indicator. */
export interface SchoolData {
  readonly schools: ReadonlyMap<number, RegisterSchool>;
  /** Pupils on roll by census period, then URN (null where the census withholds the count). */
  readonly rolls: ReadonlyMap<string, ReadonlyMap<number, number | null>>;
}

/** Whether a school teaches pupils at the end of a key stage: Year 6 (ages 10–11) or Year 11 (15–16). */
function teaches(phase: string, ageLow: number | null, ageHigh: number | null, from: number, to: number, phases: readonly string[]): boolean {
  // 0–0 means the register has no range; then the phase decides.
  if (ageLow !== null && ageHigh !== null && ageHigh > 0) return ageLow <= from && ageHigh >= to;
  return phases.includes(phase);
}

export async function loadSchoolData(db: Kysely<Database>): Promise<SchoolData> {
  const census = await schoolCensus(db);
  const schools = new Map<number, RegisterSchool>();
  for await (const s of registerInPages(db)) {
    schools.set(s.urn, {
      district: s.district_code,
      authority: s.education_la_code,
      kind: schoolKindOf({ schoolType: s.school_type, minorGroup: s.minor_group }),
      teaches: {
        all: true,
        ks2: teaches(s.phase, s.age_low, s.age_high, 10, 11, ['primary', 'middle', 'all-through']),
        ks4: teaches(s.phase, s.age_low, s.age_high, 15, 16, ['secondary', 'all-through']),
      },
    });
  }
  const rolls = new Map<string, Map<number, number | null>>();
  for (const c of census) {
    const period = rolls.get(c.period) ?? new Map<number, number | null>();
    rolls.set(c.period, period.set(c.urn, c.pupils));
  }
  return { schools, rolls };
}

/** The census a period's share is judged on: the same academic year's when loaded, else the newest (§9.3). */
export function censusPeriodFor(data: SchoolData, period: string): string | null {
  if (data.rolls.has(period)) return period;
  return [...data.rolls.keys()].sort().at(-1) ?? null;
}

export interface PeriodFigures {
  readonly period: string;
  /** The census whose pupils on roll the share was judged on; null when no census is loaded. */
  readonly censusPeriod: string | null;
  readonly figures: EvidencedFigure[];
}

/**
 * Each area's figure of one indicator in every period it has school figures for, under the evidence rule
 * (docs/methodology.md §9.3). An area's schools of the phase are those of a kind the indicator takes, in the
 * register with the area, that teach the key stage and are in the period's census, or that have a figure.
 * Every area with a school of any kind in the register gets a figure or the basis of its missing one.
 * `tier` says whether an area is the school's district or its education authority (§11.6).
 */
export function evidencedFigures(data: SchoolData, indicator: DerivedIndicator, figures: readonly SchoolFigure[], rule: EvidenceRule, tier: 'district' | 'authority'): PeriodFigures[] {
  const byPeriod = new Map<string, Map<number, SchoolFigure>>();
  for (const f of figures) byPeriod.set(f.period, (byPeriod.get(f.period) ?? new Map<number, SchoolFigure>()).set(f.urn, f));
  return [...byPeriod.keys()].sort().map((period) => {
    const withFigure = byPeriod.get(period) ?? new Map<number, SchoolFigure>();
    const censusPeriod = censusPeriodFor(data, period);
    const rolls = censusPeriod === null ? new Map<number, number | null>() : (data.rolls.get(censusPeriod) ?? new Map<number, number | null>());
    const schools: EvidencedSchool[] = [];
    const areaCodes = new Set<string>();
    for (const [urn, school] of data.schools) {
      const areaCode = tier === 'district' ? school.district : school.authority;
      if (areaCode === null) continue;
      areaCodes.add(areaCode);
      const figure = withFigure.get(urn);
      if (figure === undefined && !(school.teaches[indicator.phase] && rolls.has(urn))) continue;
      schools.push({ areaCode, kind: school.kind, roll: rolls.get(urn) ?? null, denominator: figure?.denominator ?? null, rate: figure?.rate ?? null });
    }
    return { period, censusPeriod, figures: rollUpWithEvidence(schools, rule, indicator.feeds, [...areaCodes].sort()) };
  });
}
