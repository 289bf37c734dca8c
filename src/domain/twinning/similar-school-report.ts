import { quartilePosition } from './quartile-position.ts';
import { DEFAULT_SCHOOL_FEATURES, DEFAULT_SIMILAR_COUNT, similarSchools, type SchoolFeatureSpec } from './similar-schools.ts';

/** A school as the similar-schools report shows it: census features, place and newest results. */
export interface SchoolRecord {
  readonly urn: number;
  readonly name: string;
  readonly phase: string;
  readonly laCode: string | null;
  readonly regionCode: string | null;
  readonly censusPeriod: string;
  readonly pupils: number | null;
  readonly pctFsm: number | null;
  readonly pctSen: number | null;
  readonly ks2: { readonly pctRwmExpected: number | null } | null;
  readonly ks4: { readonly attainment8: number | null; readonly progress8: number | null } | null;
}

/** The features similar schools can be weighted on, by name. */
export const SCHOOL_FEATURES: Readonly<Record<string, (s: SchoolRecord) => number | null>> = {
  pupils: (s) => s.pupils,
  pct_fsm: (s) => s.pctFsm,
  pct_sen: (s) => s.pctSen,
};

const round = (x: number | null, places: number) => (x === null ? null : Math.round(x * 10 ** places) / 10 ** places);

/** A school's row in the report: features rounded for display, and its outcomes. */
export function describeSchool(s: SchoolRecord) {
  return {
    urn: s.urn,
    name: s.name,
    phase: s.phase,
    la_code: s.laCode,
    region_code: s.regionCode,
    pupils: s.pupils,
    pct_fsm: round(s.pctFsm, 1),
    pct_sen: round(s.pctSen, 1),
    ks2_pct_rwm_expected: s.ks2?.pctRwmExpected ?? null,
    ks4_attainment8: s.ks4?.attainment8 ?? null,
    ks4_progress8: s.ks4?.progress8 ?? null,
  };
}

export type DescribedSchool = ReturnType<typeof describeSchool>;
export type SimilarSchoolRow = DescribedSchool & { readonly rank: number; readonly distance: number; readonly same_region: boolean };

export const SIMILAR_SCHOOL_COLUMNS = ['rank', 'urn', 'name', 'la_code', 'pupils', 'pct_fsm', 'pct_sen', 'distance', 'same_region', 'ks2_pct_rwm_expected', 'ks4_attainment8', 'ks4_progress8'] as const;

/**
 * One school's similar schools (docs/methodology.md §11.8–§11.9) with their results, and where the school's
 * own results sit among them; null when the school is not among `all`.
 * @example similarSchoolReport(all, 100049)?.position.ks4_attainment8 → { rank: 7, of: 31, quartile: 1 }
 */
export function similarSchoolReport(
  all: readonly SchoolRecord[],
  urn: number,
  options: { specs?: readonly SchoolFeatureSpec[]; count?: number; preferSameRegion?: boolean } = {},
): { school: DescribedSchool; censusPeriod: string; weights: Record<string, number>; similar: SimilarSchoolRow[]; position: Record<'ks2_pct_rwm_expected' | 'ks4_attainment8' | 'ks4_progress8', ReturnType<typeof quartilePosition>> } | null {
  const school = all.find((s) => s.urn === urn);
  if (school === undefined) return null;
  const specs = options.specs ?? DEFAULT_SCHOOL_FEATURES;
  const getters = specs.map((spec) => SCHOOL_FEATURES[spec.code] ?? (() => null));
  const found =
    similarSchools(
      all.map((s) => ({ urn: s.urn, phase: s.phase, regionCode: s.regionCode, features: getters.map((get) => get(s)) })),
      specs,
      { count: options.count ?? DEFAULT_SIMILAR_COUNT, preferSameRegion: options.preferSameRegion === true, forUrns: [urn] },
    ).get(urn) ?? [];
  const byUrn = new Map(all.map((s) => [s.urn, s]));
  const similar = found.flatMap((f, i) => {
    const s = byUrn.get(f.urn);
    return s === undefined ? [] : [{ rank: i + 1, ...describeSchool(s), distance: round(f.distance, 4) ?? 0, same_region: f.sameRegion }];
  });
  const own = describeSchool(school);
  const position = {
    ks2_pct_rwm_expected: quartilePosition(own.ks2_pct_rwm_expected, similar.map((s) => s.ks2_pct_rwm_expected), 'higher_is_better'),
    ks4_attainment8: quartilePosition(own.ks4_attainment8, similar.map((s) => s.ks4_attainment8), 'higher_is_better'),
    ks4_progress8: quartilePosition(own.ks4_progress8, similar.map((s) => s.ks4_progress8), 'higher_is_better'),
  };
  return { school: own, censusPeriod: school.censusPeriod, weights: Object.fromEntries(specs.map((s) => [s.code, s.weight])), similar, position };
}
