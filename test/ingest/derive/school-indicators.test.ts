import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveSchoolIndicators } from '../../../src/ingest/derive/school-indicators.ts';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { loadDemoData } from '../../../src/storage/seed/load-demo-data.ts';
import { fixedClock } from '../../support/clock.ts';
import { testEngines } from '../../support/engines.ts';
import { dumpDatabase } from '../support/dump-database.ts';

const options = { now: fixedClock(), actor: { userId: null, label: 'test' } };

const school = (urn: number, district: string | null) => ({
  urn, la_code_old: '890', estab: String(urn).slice(-4), name: `School ${String(urn)}`, street: null, locality: null, town: null,
  postcode: null, status: 'open', open_date: null, close_date: null, minor_group: null, school_type: null, phase: 'secondary',
  age_low: 11, age_high: 16, gender: null, religious_character: null, admissions_policy: null, easting: null, northing: null,
  lat: null, lon: null, district_code: district, education_la_code: district, data_source_id: 501,
});

describe.each(await testEngines())('district indicators derived from schools on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadDemoData(handle.db, fixedClock());
    const db = handle.db;
    await db.insertInto('data_sources').values({ id: 501, name: 'fixture', origin: 'fixture.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 4, checksum: 'f' }).execute();
    await db.insertInto('schools').values([school(100001, 'E06000009'), school(100002, 'E06000009'), school(100003, 'E07000062'), school(100004, null)]).execute();
    const census = (urn: number, pupils: number | null, fsm: number | null, ever6: number | null) => ({
      urn, period: '2018/19', pupils, fsm, fsm_ever6: null, pct_fsm_ever6: ever6, eal: null, pct_eal: null, sen_support: null,
      pct_sen_support: null, ehcp: null, pct_ehcp: null, markers: '{}', data_source_id: 501,
    });
    await db.insertInto('school_census').values([census(100001, 100, 30, 50), census(100002, 300, 10, 10), census(100003, 200, null, 20), census(100004, 999, 999, 99)]).execute();
    const ks4 = (urn: number, pupils: number | null, attainment8: number | null) => ({
      urn, period: '2018/19', pupils, attainment8, progress8: null, progress8_lower: null, progress8_upper: null, pct_basics_94: null,
      pct_basics_95: null, ebacc_aps: null, markers: '{}', data_source_id: 501,
    });
    await db.insertInto('ks4_results').values([ks4(100001, 10, 60), ks4(100002, 90, 40), ks4(100003, 50, null)]).execute();
  });
  afterEach(async () => {
    await handle.close();
  });

  const value = async (area: string, indicator: string) =>
    (await handle.db.selectFrom('area_indicators').select('value').where('area_code', '=', area).where('indicator_code', '=', indicator).executeTakeFirst())?.value;

  it('weights school figures by pupils, leaves out withheld figures and schools without a district', async () => {
    const result = await deriveSchoolIndicators(handle.db, options);
    expect(result.inserted).toBeGreaterThan(0);
    // Blackpool: (100 × 50 + 300 × 10) ÷ 400 = 20, not the average of rates (30).
    expect(await value('E06000009', 'pct_fsm_ever6_pupils')).toBe(20);
    // Blackpool FSM share: (30 + 10) ÷ (100 + 300) = 10%.
    expect(await value('E06000009', 'pct_fsm_pupils')).toBe(10);
    // (10 × 60 + 90 × 40) ÷ 100 = 42.
    expect(await value('E06000009', 'ks4_attainment8')).toBe(42);
    // Hastings has FSM and Attainment 8 withheld: no value rather than 0.
    expect(await value('E07000062', 'pct_fsm_pupils')).toBeUndefined();
    expect(await value('E07000062', 'ks4_attainment8')).toBeUndefined();
    expect(await value('E07000062', 'pct_fsm_ever6_pupils')).toBe(20);
  });

  it('changes nothing, not even the load log, when run again on the same data', async () => {
    await deriveSchoolIndicators(handle.db, options);
    const before = await dumpDatabase(handle.db);
    const again = await deriveSchoolIndicators(handle.db, options);
    expect(again).toMatchObject({ inserted: 0, updated: 0 });
    expect(await dumpDatabase(handle.db)).toEqual(before);
  });
});
