import type { Kysely } from 'kysely';
import type { Database } from '../../src/storage/schema.ts';

/**
 * A small synthetic geography for twinning, on top of the demo register: four districts outside the
 * programme (Bolton, Nottingham, and Burnley and Pendle in Lancashire), and one primary school in each of
 * seven districts (`fsm` is a count) whose FSM shares are worked through by hand in the tests:
 * Blackpool 40%, Oldham 37%, Derby 20%, Bolton 38%, Nottingham 22%, Burnley 30% (100 pupils), Pendle 10% (300).
 */
export const FIXTURE_SCHOOLS = [
  { urn: 900001, district: 'E06000009', la: 'E06000009', pupils: 100, fsm: 40, ks2: 50 },
  { urn: 900002, district: 'E08000004', la: 'E08000004', pupils: 100, fsm: 37, ks2: 40 },
  { urn: 900003, district: 'E06000015', la: 'E06000015', pupils: 100, fsm: 20, ks2: null },
  { urn: 900004, district: 'E08000001', la: 'E08000001', pupils: 100, fsm: 38, ks2: 60 },
  { urn: 900005, district: 'E06000018', la: 'E06000018', pupils: 100, fsm: 22, ks2: null },
  { urn: 900006, district: 'E07000117', la: 'E10000017', pupils: 100, fsm: 30, ks2: 70 },
  { urn: 900007, district: 'E07000122', la: 'E10000017', pupils: 300, fsm: 30, ks2: null },
] as const;

export async function loadTwinsFixture(db: Kysely<Database>): Promise<void> {
  const note = 'test fixture';
  await db.insertInto('areas').values([
    { code: 'E10000017', name: 'Lancashire', kind: 'education_la', parent_code: 'E12000002', source_note: note },
    { code: 'E07000117', name: 'Burnley', kind: 'district', parent_code: 'E10000017', source_note: note },
    { code: 'E07000122', name: 'Pendle', kind: 'district', parent_code: 'E10000017', source_note: note },
    { code: 'E08000001', name: 'Bolton', kind: 'district', parent_code: 'E12000002', source_note: note },
    { code: 'E06000018', name: 'Nottingham', kind: 'district', parent_code: 'E12000004', source_note: note },
  ]).execute();
  await db.insertInto('data_sources').values({ id: 951, name: 'fixture', origin: 'fixture.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 7, checksum: 'f' }).execute();
  await db.insertInto('schools').values(
    FIXTURE_SCHOOLS.map((s) => ({
      urn: s.urn, la_code_old: '999', estab: String(s.urn).slice(-4), name: `School ${String(s.urn)}`, street: null, locality: null, town: null,
      postcode: null, status: 'open', open_date: null, close_date: null, minor_group: null, school_type: null, phase: 'primary',
      age_low: 4, age_high: 11, gender: null, religious_character: null, admissions_policy: null, easting: null, northing: null,
      lat: null, lon: null, district_code: s.district, education_la_code: s.la, data_source_id: 951,
    })),
  ).execute();
  await db.insertInto('school_census').values(
    FIXTURE_SCHOOLS.map((s) => ({
      urn: s.urn, period: '2018/19', pupils: s.pupils, fsm: s.fsm, fsm_ever6: null, pct_fsm_ever6: null,
      eal: null, pct_eal: null, sen_support: 10, pct_sen_support: null, ehcp: 0, pct_ehcp: null, markers: '{}', data_source_id: 951,
    })),
  ).execute();
  await db.insertInto('ks2_results').values(
    FIXTURE_SCHOOLS.filter((s) => s.ks2 !== null).map((s) => ({
      urn: s.urn, period: '2017/18', pupils: 30, pct_rwm_expected: s.ks2, pct_rwm_higher: null, reading_progress: null, writing_progress: null,
      maths_progress: null, reading_score: null, maths_score: null, markers: '{}', data_source_id: 951,
    })),
  ).execute();
}
