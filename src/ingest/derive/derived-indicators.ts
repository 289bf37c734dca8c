import type { Kysely } from 'kysely';
import type { SchoolKind } from '../../domain/places/index.ts';
import type { Database } from '../../storage/schema.ts';
import { disadvantagedDestinations, ks2Results, ks4Results, schoolCensus } from '../../storage/repositories/derive-inputs.repository.ts';

/** One school's figure for a period: a rate (or mean) and the pupils it is a rate of. */
export interface SchoolFigure {
  readonly urn: number;
  readonly period: string;
  readonly denominator: number | null;
  readonly rate: number | null;
}

/** Which of a district's schools make up "its pupils in the phase" for an indicator (methodology §9.3). */
export type IndicatorPhase = 'all' | 'ks2' | 'ks4';

export interface DerivedIndicator {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  /** The formula; the rule it was published under is added when it is derived. */
  readonly description: string;
  readonly phase: IndicatorPhase;
  /** The kinds of school whose figures and pupils count. */
  readonly feeds: readonly SchoolKind[];
  readonly figures: (db: Kysely<Database>) => Promise<SchoolFigure[]>;
}

const METHOD = 'District figure from its schools, weighted by pupils (docs/methodology.md §9).';
const MAINSTREAM: readonly SchoolKind[] = ['mainstream'];
const WITH_SPECIAL: readonly SchoolKind[] = ['mainstream', 'special', 'alternative provision'];

const ks2Figures = async (db: Kysely<Database>): Promise<SchoolFigure[]> =>
  (await ks2Results(db)).map((r) => ({ urn: r.urn, period: r.period, denominator: r.pupils, rate: r.pct_rwm_expected }));

const attainment8Figures = async (db: Kysely<Database>): Promise<SchoolFigure[]> =>
  (await ks4Results(db)).map((r) => ({ urn: r.urn, period: r.period, denominator: r.pupils, rate: r.attainment8 }));

const destinationFigures = async (db: Kysely<Database>): Promise<SchoolFigure[]> =>
  (await disadvantagedDestinations(db)).map((r) => ({
    urn: r.urn,
    period: r.period,
    denominator: r.cohort,
    rate: r.pct_sustained,
  }));

/** Attainment proxies, from mainstream schools only; each has a `…_incl_special` twin a recipe can choose. */
const ATTAINMENT: readonly Omit<DerivedIndicator, 'feeds'>[] = [
  {
    code: 'ks2_pct_rwm_expected',
    name: 'Key stage 2: reaching the expected standard in reading, writing and maths (%)',
    unit: 'per cent',
    description: `Σ (KS2 pupils × % meeting the expected standard) ÷ Σ KS2 pupils. ${METHOD}`,
    phase: 'ks2',
    figures: ks2Figures,
  },
  {
    code: 'ks4_attainment8',
    name: 'Key stage 4: average Attainment 8 score',
    unit: 'score',
    description: `Σ (KS4 pupils × Attainment 8) ÷ Σ KS4 pupils. ${METHOD}`,
    phase: 'ks4',
    figures: attainment8Figures,
  },
  {
    code: 'ks4_disadvantaged_pct_sustained',
    name: 'Disadvantaged pupils in a sustained destination after key stage 4 (%)',
    unit: 'per cent',
    description: `Σ (disadvantaged cohort × % in a sustained education, apprenticeship or employment destination) ÷ Σ cohort. ${METHOD}`,
    phase: 'ks4',
    figures: destinationFigures,
  },
];

/** District indicators built from school-level data already loaded: what a proxy index can use. */
export const SCHOOL_DERIVED_INDICATORS: readonly DerivedIndicator[] = [
  {
    code: 'pct_fsm_pupils',
    name: 'Pupils eligible for free school meals (%)',
    unit: 'per cent',
    description: `Σ pupils eligible for FSM ÷ Σ pupils on roll × 100, January census, special schools and alternative provision included. ${METHOD}`,
    phase: 'all',
    feeds: WITH_SPECIAL,
    figures: async (db) =>
      (await schoolCensus(db)).map((r) => ({
        urn: r.urn,
        period: r.period,
        // A share from counts (rollUpShares): a school's rate is its own count over its own roll.
        denominator: r.fsm === null ? null : r.pupils,
        rate: r.fsm === null || r.pupils === null || r.pupils === 0 ? null : (r.fsm / r.pupils) * 100,
      })),
  },
  {
    code: 'pct_fsm_ever6_pupils',
    name: 'Pupils eligible for free school meals in the last six years (%)',
    unit: 'per cent',
    description: `Σ (pupils on roll × % FSM ever 6) ÷ Σ pupils on roll, January census, special schools and alternative provision included. ${METHOD}`,
    phase: 'all',
    feeds: WITH_SPECIAL,
    figures: async (db) =>
      (await schoolCensus(db)).map((r) => ({ urn: r.urn, period: r.period, denominator: r.pupils, rate: r.pct_fsm_ever6 })),
  },
  ...ATTAINMENT.map((d) => ({ ...d, description: d.description.replace(METHOD, `Mainstream schools only (${d.code}_incl_special takes special schools and alternative provision too). ${METHOD}`), feeds: MAINSTREAM })),
  ...ATTAINMENT.map((d) => ({
    ...d,
    code: `${d.code}_incl_special`,
    name: `${d.name}, special schools and alternative provision included`,
    description: d.description.replace(METHOD, `Special schools and alternative provision included. ${METHOD}`),
    feeds: WITH_SPECIAL,
  })),
];

export const DERIVED_ORIGIN = 'derived:school-indicators';
