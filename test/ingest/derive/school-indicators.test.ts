import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveSchoolIndicators } from '../../../src/ingest/derive/school-indicators.ts';
import { upperTierIndicatorValues } from '../../../src/ingest/derive/upper-tier-indicators.ts';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { createServices } from '../../../src/storage/services/create-services.ts';
import { loadDemoData } from '../../../src/storage/seed/load-demo-data.ts';
import { fixedClock } from '../../support/clock.ts';
import { testEngines } from '../../support/engines.ts';
import { dumpDatabase } from '../support/dump-database.ts';
import { BLACKPOOL, HASTINGS, loadEvidenceSchools } from '../../support/evidence-schools.ts';

const options = { now: fixedClock(), actor: { userId: null, label: 'test' } };

describe.each(await testEngines())('district indicators derived from schools on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadDemoData(handle.db, fixedClock());
    await loadEvidenceSchools(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });
  const services = () => createServices(handle.db, handle.engine);

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
    const result = await deriveSchoolIndicators(services(), options);
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
    await deriveSchoolIndicators(services(), options);
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
    await deriveSchoolIndicators(services(), { ...options, rule: { minSchools: 1, minPupilShare: 0.4 } });
    expect((await row(HASTINGS, 'ks4_attainment8'))?.value).toBe(45);
    expect(await evidence(HASTINGS, 'ks4_attainment8')).toMatchObject({ min_schools: 1, min_pupil_share: 0.4 });
    const stricter = await deriveSchoolIndicators(services(), options);
    expect(stricter.updated).toBeGreaterThan(0);
    expect(await row(HASTINGS, 'ks4_attainment8')).toEqual({ value: null });
    expect(await evidence(HASTINGS, 'ks4_attainment8')).toMatchObject({ min_schools: 3, min_pupil_share: 0.5 });
    expect(stricter.outcomes.find((o) => o.code === 'ks4_attainment8')).toEqual({ code: 'ks4_attainment8', published: 1, insufficient: 1 });
  });

  it('removes a derived value whose district has no school left, rather than keeping the old one', async () => {
    await deriveSchoolIndicators(services(), options);
    expect(await row(HASTINGS, 'pct_fsm_ever6_pupils')).toBeDefined();
    await handle.db.updateTable('schools').set({ district_code: null }).where('district_code', '=', HASTINGS).execute();
    const again = await deriveSchoolIndicators(services(), options);
    expect(again.removed).toBeGreaterThan(0);
    expect(await row(HASTINGS, 'pct_fsm_ever6_pupils')).toBeUndefined();
    expect(await evidence(HASTINGS, 'pct_fsm_ever6_pupils')).toBeUndefined();
  });

  it('leaves a value imported from a file under a derived code alone', async () => {
    await handle.db.insertInto('indicators').values({ code: 'ks4_attainment8', name: 'Attainment 8', unit: 'score', description: '', data_source_id: 501 }).onConflict((oc) => oc.column('code').doNothing()).execute();
    await handle.db.insertInto('area_indicators').values({ area_code: 'E10000011', indicator_code: 'ks4_attainment8', period: '2018/19', value: 44.4, data_source_id: 501 }).execute();
    await deriveSchoolIndicators(services(), options);
    expect(await row('E10000011', 'ks4_attainment8')).toEqual({ value: 44.4 });
  });

  it('builds an authority’s figure from all its schools, placed in a district or not, under the same rule', async () => {
    // East Sussex: Hastings' schools and two with no district; Hastings alone falls short of the rule.
    const EAST_SUSSEX = 'E10000011';
    await handle.db.updateTable('schools').set({ education_la_code: EAST_SUSSEX }).where('urn', 'in', [200001, 200002, 200003, 300001]).execute();
    await handle.db.insertInto('schools').values({ ...(await handle.db.selectFrom('schools').selectAll().where('urn', '=', 300001).executeTakeFirstOrThrow()), urn: 300002 }).execute();
    await handle.db.insertInto('school_census').values({ ...(await handle.db.selectFrom('school_census').selectAll().where('urn', '=', 300001).executeTakeFirstOrThrow()), urn: 300002, pupils: 500 }).execute();
    await handle.db.insertInto('ks4_results').values({ ...(await handle.db.selectFrom('ks4_results').selectAll().where('urn', '=', 300001).executeTakeFirstOrThrow()), urn: 300002, pupils: 101, attainment8: 30 }).execute();
    await deriveSchoolIndicators(services(), options);
    expect(await row(HASTINGS, 'ks4_attainment8')).toEqual({ value: null });
    const names = new Map([[EAST_SUSSEX, 'East Sussex'], [BLACKPOOL, 'Blackpool']]);
    const upper = await upperTierIndicatorValues(services(), ['ks4_attainment8'], new Map([[HASTINGS, EAST_SUSSEX], [BLACKPOOL, BLACKPOOL]]), names);
    const value = (code: string) => upper.values.find((v) => v.areaCode === code)?.value;
    // 3 mainstream schools with a figure, 1,899 of 2,499 pupils on roll: (50 × 45 + 999 × 99 + 101 × 30) ÷ 1,150.
    expect(value(EAST_SUSSEX)).toBeCloseTo((50 * 45 + 999 * 99 + 101 * 30) / 1150, 10);
    expect(value(BLACKPOOL)).toBeCloseTo(9200 / 200, 10);
    // A stricter rule is stored with the figures and then holds at the authority too.
    await deriveSchoolIndicators(services(), { ...options, rule: { minSchools: 4, minPupilShare: 0.5 } });
    const stricter = await upperTierIndicatorValues(services(), ['ks4_attainment8'], new Map([[HASTINGS, EAST_SUSSEX]]), names);
    expect(stricter.values.find((v) => v.areaCode === EAST_SUSSEX)?.value).toBeNull();
    expect(stricter.belowRule).toEqual([{ code: 'ks4_attainment8', authorities: ['Blackpool', 'East Sussex'] }]);
  });

  it('changes nothing, not even the load log, when run again on the same data and rule', async () => {
    await deriveSchoolIndicators(services(), options);
    const before = await dumpDatabase(handle.db);
    const again = await deriveSchoolIndicators(services(), options);
    expect(again).toMatchObject({ inserted: 0, updated: 0, removed: 0 });
    expect(await dumpDatabase(handle.db)).toEqual(before);
  });
});
