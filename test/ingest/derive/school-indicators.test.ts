import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveSchoolIndicators } from '../../../src/ingest/derive/school-indicators.ts';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { loadDemoData } from '../../../src/storage/seed/load-demo-data.ts';
import { fixedClock } from '../../support/clock.ts';
import { testEngines } from '../../support/engines.ts';
import { dumpDatabase } from '../support/dump-database.ts';

const options = { now: fixedClock(), actor: { userId: null, label: 'test' } };

const BLACKPOOL = 'E06000009';
const HASTINGS = 'E07000062';

const school = (urn: number, district: string | null, schoolType = 'Academy - Converter mainstream') => ({
  urn, la_code_old: '890', estab: String(urn).slice(-4), name: `School ${String(urn)}`, street: null, locality: null, town: null,
  postcode: null, status: 'open', open_date: null, close_date: null, minor_group: null, school_type: schoolType, phase: 'secondary',
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
    // Blackpool: four mainstream secondaries (one with no KS4 figure) and a special school; Hastings: one
    // mainstream secondary with a figure, one without, and a special school with a figure.
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
  });
  afterEach(async () => {
    await handle.close();
  });

  const row = async (area: string, indicator: string) =>
    handle.db.selectFrom('area_indicators').select('value').where('area_code', '=', area).where('indicator_code', '=', indicator).executeTakeFirst();
  const evidence = async (area: string, indicator: string) =>
    handle.db
      .selectFrom('area_indicator_evidence')
      .select(['schools', 'contributors', 'pupils_covered', 'phase_pupils', 'min_schools', 'min_pupil_share'])
      .where('area_code', '=', area)
      .where('indicator_code', '=', indicator)
      .executeTakeFirst();

  it('weights school figures by pupils from mainstream schools only, when 3 of them hold at least half the pupils', async () => {
    const result = await deriveSchoolIndicators(handle.db, options);
    expect(result.rule).toEqual({ minSchools: 3, minPupilShare: 0.5 });
    // (10 × 60 + 90 × 40 + 100 × 50) ÷ 200 = 46: the special school's 1.0 is not in it.
    expect((await row(BLACKPOOL, 'ks4_attainment8'))?.value).toBe(46);
    // Three of four mainstream secondaries, 1,000 of 1,700 pupils on roll (the special school is not counted).
    expect(await evidence(BLACKPOOL, 'ks4_attainment8')).toEqual({ schools: 3, contributors: 3, pupils_covered: 1000, phase_pupils: 1700, min_schools: 3, min_pupil_share: 0.5 });
    // With special schools: (10 × 60 + 90 × 40 + 100 × 50 + 10 × 1) ÷ 210.
    expect((await row(BLACKPOOL, 'ks4_attainment8_incl_special'))?.value).toBe(Math.round((9210 / 210) * 1000) / 1000);
    // Free school meals count every pupil, special schools' too: (30 + 10 + 60 + 70 + 50) ÷ 1,800.
    expect((await row(BLACKPOOL, 'pct_fsm_pupils'))?.value).toBe(Math.round((220 / 1800) * 100 * 1000) / 1000);
  });

  it('stores a district below the rule as no value with its basis, never 0, and explains the rule in the definition', async () => {
    await deriveSchoolIndicators(handle.db, options);
    // Hastings: one mainstream school with a figure, 400 of 1,000 pupils. Its special school does not make up the number.
    expect(await row(HASTINGS, 'ks4_attainment8')).toEqual({ value: null });
    expect(await evidence(HASTINGS, 'ks4_attainment8')).toMatchObject({ schools: 1, contributors: 1, pupils_covered: 400, phase_pupils: 1000 });
    expect(await row(HASTINGS, 'ks4_attainment8_incl_special')).toEqual({ value: null });
    expect(await evidence(HASTINGS, 'ks4_attainment8_incl_special')).toMatchObject({ schools: 1, contributors: 2, pupils_covered: 500, phase_pupils: 1100 });
    // FSM withheld everywhere in Hastings: no school has a figure.
    expect(await row(HASTINGS, 'pct_fsm_pupils')).toEqual({ value: null });
    const definition = await handle.db.selectFrom('indicators').select('description').where('code', '=', 'ks4_attainment8').executeTakeFirstOrThrow();
    expect(definition.description).toContain('at least 3 mainstream schools have a figure and the schools with a figure hold at least 50%');
  });

  it('clears a figure that falls below a stricter rule, and publishes one a laxer rule allows, keeping the rule with them', async () => {
    await deriveSchoolIndicators(handle.db, { ...options, rule: { minSchools: 1, minPupilShare: 0.4 } });
    expect((await row(HASTINGS, 'ks4_attainment8'))?.value).toBe(45);
    expect(await evidence(HASTINGS, 'ks4_attainment8')).toMatchObject({ min_schools: 1, min_pupil_share: 0.4 });
    const stricter = await deriveSchoolIndicators(handle.db, options);
    expect(stricter.updated).toBeGreaterThan(0);
    expect(await row(HASTINGS, 'ks4_attainment8')).toEqual({ value: null });
    expect(await evidence(HASTINGS, 'ks4_attainment8')).toMatchObject({ min_schools: 3, min_pupil_share: 0.5 });
    expect(stricter.outcomes.find((o) => o.code === 'ks4_attainment8')).toEqual({ code: 'ks4_attainment8', published: 1, insufficient: 1 });
  });

  it('removes a derived value whose district has no school left, rather than keeping the old one', async () => {
    await deriveSchoolIndicators(handle.db, options);
    expect(await row(HASTINGS, 'pct_fsm_ever6_pupils')).toBeDefined();
    await handle.db.updateTable('schools').set({ district_code: null }).where('district_code', '=', HASTINGS).execute();
    const again = await deriveSchoolIndicators(handle.db, options);
    expect(again.removed).toBeGreaterThan(0);
    expect(await row(HASTINGS, 'pct_fsm_ever6_pupils')).toBeUndefined();
    expect(await evidence(HASTINGS, 'pct_fsm_ever6_pupils')).toBeUndefined();
  });

  it('leaves a value imported from a file under a derived code alone', async () => {
    await handle.db.insertInto('indicators').values({ code: 'ks4_attainment8', name: 'Attainment 8', unit: 'score', description: '', data_source_id: 501 }).onConflict((oc) => oc.column('code').doNothing()).execute();
    await handle.db.insertInto('area_indicators').values({ area_code: 'E10000011', indicator_code: 'ks4_attainment8', period: '2018/19', value: 44.4, data_source_id: 501 }).execute();
    await deriveSchoolIndicators(handle.db, options);
    expect(await row('E10000011', 'ks4_attainment8')).toEqual({ value: 44.4 });
  });

  it('changes nothing, not even the load log, when run again on the same data and rule', async () => {
    await deriveSchoolIndicators(handle.db, options);
    const before = await dumpDatabase(handle.db);
    const again = await deriveSchoolIndicators(handle.db, options);
    expect(again).toMatchObject({ inserted: 0, updated: 0, removed: 0 });
    expect(await dumpDatabase(handle.db)).toEqual(before);
  });
});
