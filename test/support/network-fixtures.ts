import type { Kysely } from 'kysely';
import type { Database } from '../../src/storage/schema.ts';

/**
 * A tiny network on the equator: the Blackpool (141257) and Derby (138443) Research School hosts a degree
 * apart, and two primaries between them at 0.4° and 0.1°. With room for two a hub, the optimal assignment
 * sends the school at 0.4° to Derby and the one at 0.1° to Blackpool (0.6° + 0.1°); greedy, taking schools
 * by URN, fills Blackpool with both and pushes its own host to Derby (0.4° + 0.1° + 1°).
 */
export const NETWORK_SCHOOLS = [
  { urn: 100001, name: 'Forty Primary', lon: 0.4, pupils: 200, fsm: 20, ever6: 15, ks2: 70 },
  { urn: 100002, name: 'Tenth Primary', lon: 0.1, pupils: 100, fsm: 40, ever6: 45, ks2: 50 },
  { urn: 138443, name: 'Wyndham Primary Academy', lon: 1, pupils: 300, fsm: 30, ever6: 30, ks2: 60 },
  { urn: 141257, name: 'St Mary’s Catholic Academy', lon: 0, pupils: 400, fsm: 4, ever6: 5, ks2: 80 },
] as const;

/** One degree of a great circle of the mean Earth radius, in metres. */
export const DEGREE_METRES = 111_195.08;

/** Loads the network schools (needs the demo programme for the research schools). */
export async function loadNetworkSchoolsFixture(db: Kysely<Database>): Promise<void> {
  const source = await db
    .insertInto('data_sources')
    .values({ name: 'network fixture', origin: 'network.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 4, checksum: 'n' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('schools')
    .values(
      NETWORK_SCHOOLS.map((s) => ({
        urn: s.urn, la_code_old: '890', estab: String(s.urn).slice(-4), name: s.name, street: `${String(s.urn)} High Street`, locality: null, town: 'Testtown',
        postcode: 'FY1 1AA', status: 'open', open_date: null, close_date: null, minor_group: null, school_type: null, phase: 'primary', age_low: 4, age_high: 11,
        gender: null, religious_character: null, admissions_policy: null, easting: null, northing: null, lat: 0, lon: s.lon, district_code: 'E06000009',
        education_la_code: 'E06000009', data_source_id: source.id,
      })),
    )
    .execute();
  await db
    .insertInto('school_census')
    .values(NETWORK_SCHOOLS.map((s) => ({ urn: s.urn, period: '2018/19', pupils: s.pupils, fsm: s.fsm, fsm_ever6: null, pct_fsm_ever6: s.ever6, eal: null, pct_eal: null, sen_support: null, pct_sen_support: null, ehcp: null, pct_ehcp: null, markers: '{}', data_source_id: source.id })))
    .execute();
  await db
    .insertInto('ks2_results')
    .values(NETWORK_SCHOOLS.map((s) => ({ urn: s.urn, period: '2017/18', pupils: 30, pct_rwm_expected: s.ks2, pct_rwm_higher: null, reading_progress: null, writing_progress: null, maths_progress: null, reading_score: null, maths_score: null, markers: '{}', data_source_id: source.id })))
    .execute();
}
