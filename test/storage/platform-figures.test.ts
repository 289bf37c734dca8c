import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliveryPlanImporter } from '../../src/ingest/importers/plans/delivery-plan.importer.ts';
import { runImport } from '../../src/ingest/run-import.ts';
import { createServices } from '../../src/storage/services/create-services.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { readMeasures } from '../../src/storage/repositories/delivery-plans.repository.ts';
import { createEvent, recordAttendance } from '../../src/storage/repositories/research-network.repository.ts';
import { loadDemoData } from '../../src/storage/seed/load-demo-data.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';

const HEADER = 'area,priority,theme,objective,measure,measure_name,definition,unit,polarity,baseline,baseline_period,indicator,indicator_area,period,target,actual,source,recorded_on';
const measure = (code: string, indicator: string, baseline: number, target: number) =>
  `blackpool,Linked figures,platform,Figures the platform keeps,${code},${code},${indicator} for Blackpool,%,higher_is_better,${String(baseline)},2018/19,${indicator},E06000009,2020/21,${String(target)},,,`;
const PLAN = [HEADER, measure('four-encounters', 'platform_careers_four_encounters_pct', 20, 60), measure('spend-paid', 'platform_spend_paid_pct', 0, 50), measure('high-need-engaged', 'platform_rs_high_need_engaged_pct', 0, 80)].join('\n');
const NOW = () => new Date('2019-11-25T12:00:00Z');

describe.each(await testEngines())('measures linked to platform figures on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadDemoData(handle.db, fixedClock());
    const file = join(mkdtempSync(join(tmpdir(), 'oa-platform-')), 'plan.csv');
    writeFileSync(file, `${PLAN}\n`);
    const imported = await runImport(createServices(handle.db, handle.engine), deliveryPlanImporter, file, { now: fixedClock(), actor: { userId: null, label: 'test' } });
    expect(imported.ok).toBe(true);
  });
  afterEach(async () => {
    await handle.close();
  });

  const actualsOf = async (code: string) => (await readMeasures(handle.db, { areaId: 'blackpool', now: NOW })).find((m) => m.code === code)?.actuals ?? [];

  it('follows the spend recorded against the area’s allocations: none paid is 0%, then £600,000 of its £7,970,000 is 7.5%', async () => {
    expect((await actualsOf('spend-paid')).map((a) => a.value)).toEqual([0]);
    const db = handle.db;
    // Blackpool's allocations: £6,000,000 (2017–2020) and £1,970,000 (2020/21); £600,000 paid and approved is 7.53%.
    await db.insertInto('spend_lines').values({
      fund_id: 'opportunity-areas-2017-2020', recipient: 'blackpool', opportunity_area_id: 'blackpool', kind: 'payment', spent_on: '2018-10-01',
      period: '2018/19', amount_pence: 60_000_000, purpose: 'test', evidence_strand: null, status: 'approved', recorded_at: '2018-10-02T00:00:00.000Z',
      recorded_by: 'a', recorded_by_user_id: null, approved_at: '2018-10-03T00:00:00.000Z', approved_by: 'b',
    }).execute();
    expect(await actualsOf('spend-paid')).toEqual([{ period: '2019/20', value: 7.5, source: 'Spend recorded against allocations', recordedOn: '2019-11-25', linked: true }]);
  });

  it('takes the share of pupils with four encounters from the careers tallies, and shows none when a count is under five', async () => {
    const db = handle.db;
    await db.insertInto('data_sources').values({ id: 990, name: 's', origin: 's.csv', loaded_at: '2019-01-01T00:00:00.000Z', row_count: 1, checksum: 's' }).execute();
    const school = { urn: 119250, la_code_old: '890', estab: '4000', name: 'Test School', street: null, locality: null, town: 'Blackpool', postcode: 'FY1 1AA', status: 'open', open_date: null, close_date: null, minor_group: null, school_type: null, phase: 'secondary', age_low: 11, age_high: 16, gender: null, religious_character: null, admissions_policy: null, easting: null, northing: null, lat: null, lon: null, district_code: 'E06000009', education_la_code: 'E06000009', data_source_id: 990 };
    await db.insertInto('schools').values(school).execute();
    const tally = (fsm: number, pupils: number, reached: number) => ({ target: 4, urn: 119250, year_group: 10, fsm, pupils, reached, reached_each_year: 0 });
    await db.insertInto('careers_coverage_tallies').values([tally(0, 30, 12), tally(1, 10, 3)]).execute();
    // 15 of 40 pupils: 37.5%.
    expect((await actualsOf('four-encounters')).map((a) => [a.period, a.value])).toEqual([['2019/20', 37.5]]);
    await db.updateTable('careers_coverage_tallies').set({ reached: 1 }).execute();
    expect(await actualsOf('four-encounters')).toEqual([]);
  });

  it('hides a district’s careers share where it would give away what its area’s careers tables hide (issue 23, finding 1)', async () => {
    const db = handle.db;
    // Fenland and East Cambridgeshire: two Fenland schools, one in East Cambridgeshire, where 1 pupil of 22
    // reaches four. The area's table shows 12 of 61 reaching four; Fenland's 11 of 39 (28.2%, at least 5 either
    // way, so shown by the old rule) would leave 12 − 11 = 1 for East Cambridgeshire.
    const file = join(mkdtempSync(join(tmpdir(), 'oa-platform-')), 'fenland.csv');
    writeFileSync(file, `${HEADER}\n${measure('four-encounters', 'platform_careers_four_encounters_pct', 20, 60).replace('blackpool,', 'fenland-and-east-cambridgeshire,').replace(',E06000009,', ',E07000010,')}\n`);
    expect((await runImport(createServices(handle.db, handle.engine), deliveryPlanImporter, file, { now: fixedClock(), actor: { userId: null, label: 'test' } })).ok).toBe(true);
    await db.insertInto('data_sources').values({ id: 992, name: 's', origin: 's.csv', loaded_at: '2019-01-01T00:00:00.000Z', row_count: 3, checksum: 's' }).execute();
    const schools: [number, string][] = [[110001, 'E07000010'], [110002, 'E07000010'], [110003, 'E07000009']];
    await db.insertInto('schools').values(schools.map(([urn, district], i) => ({
      urn, la_code_old: '873', estab: String(4100 + i), name: `School ${String(urn)}`, street: null, locality: null, town: 'March', postcode: 'PE15 8AA', status: 'open', open_date: null, close_date: null,
      minor_group: null, school_type: null, phase: 'secondary', age_low: 11, age_high: 16, gender: null, religious_character: null, admissions_policy: null, easting: null, northing: null,
      lat: null, lon: null, district_code: district, education_la_code: 'E10000003', data_source_id: 992,
    }))).execute();
    const tally = (urn: number, fsm: number, pupils: number, reached: number) => ({ target: 4, urn, year_group: 10, fsm, pupils, reached, reached_each_year: 0 });
    await db.insertInto('careers_coverage_tallies').values([tally(110001, 1, 9, 4), tally(110001, 0, 4, 0), tally(110002, 1, 10, 5), tally(110002, 0, 16, 2), tally(110003, 1, 4, 0), tally(110003, 0, 18, 1)]).execute();
    const actuals = (await readMeasures(db, { areaId: 'fenland-and-east-cambridgeshire', now: NOW })).find((m) => m.code === 'four-encounters')?.actuals;
    expect(actuals).toEqual([]);
  });

  it('takes the share of the district’s high-need schools trained or beyond from the Research School network’s records', async () => {
    const db = handle.db;
    await db.insertInto('data_sources').values({ id: 991, name: 's', origin: 's.csv', loaded_at: '2019-01-01T00:00:00.000Z', row_count: 1, checksum: 's' }).execute();
    // Ten Blackpool primaries, FSM from 5% to 50%: the two with the most FSM pupils score 80 or more on need.
    const urns = Array.from({ length: 10 }, (_, i) => 119_300 + i);
    await db.insertInto('schools').values(urns.map((urn, i) => ({
      urn, la_code_old: '890', estab: String(2000 + i), name: `School ${String(i)}`, street: null, locality: null, town: 'Blackpool', postcode: 'FY1 1AA', status: 'open',
      open_date: null, close_date: null, minor_group: null, school_type: null, phase: 'primary', age_low: 4, age_high: 11, gender: null, religious_character: null,
      admissions_policy: null, easting: null, northing: null, lat: null, lon: null, district_code: 'E06000009', education_la_code: 'E06000009', data_source_id: 991,
    }))).execute();
    await db.insertInto('school_census').values(urns.map((urn, i) => ({
      urn, period: '2018/19', pupils: 200, fsm: 10 * (i + 1), fsm_ever6: null, pct_fsm_ever6: null, eal: null, pct_eal: null, sen_support: null, pct_sen_support: null, ehcp: null, pct_ehcp: null, markers: '{}', data_source_id: 991,
    }))).execute();
    expect((await actualsOf('high-need-engaged')).map((a) => a.value)).toEqual([0]);
    const actor = { userId: null, label: 'test' };
    await createEvent(db, { id: 'training-day', hubId: 'blackpool-research-school', programmeId: null, kind: 'training', title: 'Training day', heldOn: '2019-10-01' }, actor, fixedClock());
    await recordAttendance(db, { eventId: 'training-day', urn: urns[9] ?? 0, role: 'teacher', people: 2 }, actor, fixedClock());
    expect((await actualsOf('high-need-engaged')).map((a) => [a.period, a.value])).toEqual([['2019/20', 50]]);
  });
});
