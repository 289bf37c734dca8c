import type { Kysely } from 'kysely';
import type { Database } from '../../src/storage/schema.ts';

export const BLACKPOOL = 'E06000009';
export const HASTINGS = 'E07000062';
export const DERBY = 'E06000015';

const school = (urn: number, district: string | null, schoolType = 'Academy - Converter mainstream') => ({
  urn, la_code_old: '890', estab: String(urn).slice(-4), name: `School ${String(urn)}`, street: null, locality: null, town: null,
  postcode: null, status: 'open', open_date: null, close_date: null, minor_group: null, school_type: schoolType, phase: 'secondary',
  age_low: 11, age_high: 16, gender: null, religious_character: null, admissions_policy: null, easting: null, northing: null,
  lat: null, lon: null, district_code: district, education_la_code: district, data_source_id: 501,
});

/**
 * Secondary schools for the evidence rule (docs/methodology.md §9.3), worked by hand in the tests.
 * Blackpool: four mainstream schools (three with an Attainment 8 figure: 10 pupils at 60, 90 at 40, 100 at 50;
 * 1,000 of 1,700 on roll) and a special school (10 pupils at 1.0). Hastings: one mainstream school with a
 * figure (50 pupils at 45; 400 of 1,000 on roll), one without, and a special school with one (10 at 2.0);
 * FSM withheld. One school with no district.
 */
export async function loadEvidenceSchools(db: Kysely<Database>): Promise<void> {
  await db.insertInto('data_sources').values({ id: 501, name: 'fixture', origin: 'fixture.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 4, checksum: 'f' }).execute();
  await db.insertInto('schools').values([
    school(100001, BLACKPOOL), school(100002, BLACKPOOL), school(100003, BLACKPOOL), school(100004, BLACKPOOL),
    school(100005, BLACKPOOL, 'Community special school'),
    school(200001, HASTINGS), school(200002, HASTINGS), school(200003, HASTINGS, 'Foundation special school'),
    school(300001, null),
  ]).execute();
  const census = (urn: number, pupils: number | null, fsm: number | null, ever6: number | null) => ({
    urn, period: '2018/19', pupils, fsm, fsm_ever6: null, pct_fsm_ever6: ever6, eal: null, pct_eal: null, sen_support: null,
    pct_sen_support: null, ehcp: null, pct_ehcp: null, markers: '{}', data_source_id: 501,
  });
  await db.insertInto('school_census').values([
    census(100001, 100, 30, 50), census(100002, 300, 10, 10), census(100003, 600, 60, 20), census(100004, 700, 70, 20), census(100005, 100, 50, 60),
    census(200001, 400, null, 20), census(200002, 600, null, 30), census(200003, 100, null, 40), census(300001, 999, 999, 99),
  ]).execute();
  const ks4 = (urn: number, pupils: number | null, attainment8: number | null) => ({
    urn, period: '2018/19', pupils, attainment8, progress8: null, progress8_lower: null, progress8_upper: null, pct_basics_94: null,
    pct_basics_95: null, ebacc_aps: null, markers: '{}', data_source_id: 501,
  });
  await db.insertInto('ks4_results').values([
    ks4(100001, 10, 60), ks4(100002, 90, 40), ks4(100003, 100, 50), ks4(100004, 120, null), ks4(100005, 10, 1),
    ks4(200001, 50, 45), ks4(200003, 10, 2), ks4(300001, 999, 99),
  ]).execute();
}

/**
 * The proxy recipe's indicators not built from these schools, as if imported, for Blackpool, Hastings and
 * Derby (with Derby's Attainment 8 too), so the three can be ranked.
 */
export async function loadOtherIndexInputs(db: Kysely<Database>): Promise<void> {
  await db.insertInto('data_sources').values({ id: 702, name: 'f', origin: 'f.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 13, checksum: 'f' }).execute();
  const others = ['ks2_pct_rwm_expected', 'ks4_disadvantaged_pct_sustained', 'imd2015_mean_lsoa_score', 'idaci2019_rate_approx'];
  // The key stage 2 and destinations indicators are defined by the derivation (no school has figures of them here).
  await db.insertInto('indicators').values(others.slice(2).map((code) => ({ code, name: code, unit: 'x', description: 'd', data_source_id: 702 }))).execute();
  const values: Record<string, number[]> = { [BLACKPOOL]: [55, 80, 42, 0.3], [HASTINGS]: [60, 84, 30, 0.25], [DERBY]: [70, 90, 20, 0.15] };
  await db.insertInto('area_indicators').values([
    ...Object.entries(values).flatMap(([area, v]) => others.map((code, i) => ({ area_code: area, indicator_code: code, period: '2018/19', value: v[i] ?? null, data_source_id: 702 }))),
    { area_code: DERBY, indicator_code: 'ks4_attainment8', period: '2018/19', value: 48, data_source_id: 702 },
  ]).execute();
}
