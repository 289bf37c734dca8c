import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { addBoardMeeting, addBoardMember, listBoardMeetings, listBoardMembers } from '../../src/storage/repositories/board-meetings.repository.ts';
import { readMeasures, recordActual, setStatusOverride } from '../../src/storage/repositories/delivery-plans.repository.ts';
import { addWhatWorked, searchWhatWorked } from '../../src/storage/repositories/what-worked.repository.ts';
import { loadDemoData } from '../../src/storage/seed/load-demo-data.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';

const lead = { userId: null, label: 'lead@example.gov.uk' };

describe.each(await testEngines())('delivery plans, boards and the what-worked library on $name', (engine) => {
  let handle: DatabaseHandle;
  const clock = fixedClock();

  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadDemoData(handle.db, clock);
    const db = handle.db;
    const priority = await db.insertInto('plan_priorities').values({ opportunity_area_id: 'hastings', title: 'Maths in primary schools', theme: 'maths' }).returning('id').executeTakeFirstOrThrow();
    const objective = await db.insertInto('plan_objectives').values({ priority_id: priority.id, title: 'Raise KS2 maths' }).returning('id').executeTakeFirstOrThrow();
    const measure = (code: string, link: { indicator_code: string; indicator_area_code: string } | null) =>
      db
        .insertInto('plan_measures')
        .values({
          opportunity_area_id: 'hastings', objective_id: objective.id, code, name: code, definition: 'Share of pupils', unit: '%', polarity: 'higher_is_better',
          baseline_value: 50, baseline_period: '2016/17', indicator_code: link?.indicator_code ?? null, indicator_area_code: link?.indicator_area_code ?? null,
          override_status: null, override_reason: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const ks2 = await measure('ks2-maths', null);
    await db.insertInto('plan_targets').values({ measure_id: ks2.id, period: '2019/20', value: 62 }).execute();
    await measure('linked-fsm', { indicator_code: 'test_fsm', indicator_area_code: 'E07000062' });
  });
  afterEach(async () => {
    await handle.close();
  });

  it('records an actual, says nothing changed when the same is entered again, corrects it, and audits each change', async () => {
    const entry = { period: '2017/18', value: 53.5, source: 'DfE KS2 revised', recordedOn: '2018-12-13' };
    expect(await recordActual(handle.db, 'hastings', 'ks2-maths', entry, lead, clock)).toBe('changed');
    expect(await recordActual(handle.db, 'hastings', 'ks2-maths', entry, lead, clock)).toBe('unchanged');
    expect(await recordActual(handle.db, 'hastings', 'ks2-maths', { ...entry, value: 54 }, lead, clock)).toBe('changed');
    expect(await recordActual(handle.db, 'hastings', 'nothing', entry, lead, clock)).toBe('not_found');
    expect(await recordActual(handle.db, 'hastings', 'linked-fsm', entry, lead, clock)).toBe('linked');
    const [ks2] = await readMeasures(handle.db, { areaId: 'hastings' });
    expect(ks2?.actuals).toEqual([{ period: '2017/18', value: 54, source: 'DfE KS2 revised', recordedOn: '2018-12-13', linked: false }]);
    expect(ks2?.targets).toEqual([{ period: '2019/20', value: 62 }]);
    const audit = await handle.db.selectFrom('audit_log').select(['action', 'entity_id', 'summary']).where('entity_type', '=', 'plan_measure').orderBy('id').execute();
    expect(audit.map((a) => [a.action, a.entity_id])).toEqual([['plan_actual.create', 'hastings/ks2-maths'], ['plan_actual.update', 'hastings/ks2-maths']]);
    expect(JSON.parse(audit[1]?.summary ?? '{}')).toEqual({ period: '2017/18', value: { before: 53.5, after: 54 } });
  });

  it('reads a linked measure’s actuals from the indicator store, so a new import updates it', async () => {
    const before = (await readMeasures(handle.db, { areaId: 'hastings' })).find((m) => m.code === 'linked-fsm');
    expect(before?.actuals).toEqual([]);
    expect(before?.link).toEqual({ indicatorCode: 'test_fsm', areaCode: 'E07000062' });
    const source = await handle.db.insertInto('data_sources').values({ name: 't', origin: 'fsm.csv', loaded_at: '2020-01-02T03:04:05.000Z', row_count: 2, checksum: 'x' }).returning('id').executeTakeFirstOrThrow();
    await handle.db.insertInto('indicators').values({ code: 'test_fsm', name: 'FSM', unit: '%', description: '', data_source_id: source.id }).execute();
    await handle.db.insertInto('area_indicators').values([
      { area_code: 'E07000062', indicator_code: 'test_fsm', period: '2018/19', value: 27.5, data_source_id: source.id },
      { area_code: 'E07000062', indicator_code: 'test_fsm', period: '2019/20', value: null, data_source_id: source.id },
      { area_code: 'E06000009', indicator_code: 'test_fsm', period: '2018/19', value: 30, data_source_id: source.id },
    ]).execute();
    const after = (await readMeasures(handle.db)).find((m) => m.code === 'linked-fsm');
    expect(after?.actuals).toEqual([{ period: '2018/19', value: 27.5, source: 'fsm.csv', recordedOn: '2020-01-02', linked: true }]);
  });

  it('sets and clears a hand-chosen status, audited', async () => {
    expect(await setStatusOverride(handle.db, 'hastings', 'ks2-maths', { status: 'at_risk', reason: 'Tests disrupted' }, lead, clock)).toBe('changed');
    expect((await readMeasures(handle.db, { areaId: 'hastings' }))[0]?.override).toEqual({ status: 'at_risk', reason: 'Tests disrupted' });
    expect(await setStatusOverride(handle.db, 'hastings', 'ks2-maths', { status: 'at_risk', reason: 'Tests disrupted' }, lead, clock)).toBe('unchanged');
    expect(await setStatusOverride(handle.db, 'hastings', 'ks2-maths', null, lead, clock)).toBe('changed');
    expect((await readMeasures(handle.db, { areaId: 'hastings' }))[0]?.override).toBeNull();
    expect(await handle.db.selectFrom('audit_log').select('id').where('action', '=', 'plan_measure.override').execute()).toHaveLength(2);
  });

  it('keeps board members and meetings with their decisions, one meeting a day, audited', async () => {
    expect(await addBoardMember(handle.db, 'hastings', { name: 'A Head', organisation: 'Hastings Academy', sector: 'schools' }, lead, clock)).toBe('added');
    expect(await addBoardMember(handle.db, 'atlantis', { name: 'X', organisation: 'Y', sector: 'schools' }, lead, clock)).toBe('not_found');
    const meeting = { heldOn: '2018-03-01', papers: ['Plan refresh'], decisions: [{ decision: 'Commission a maths review', owner: 'A Head', dueOn: '2018-06-01', doneOn: null }] };
    expect(await addBoardMeeting(handle.db, 'hastings', meeting, lead, clock)).toBe('added');
    expect(await addBoardMeeting(handle.db, 'hastings', meeting, lead, clock)).toBe('duplicate');
    expect(await addBoardMeeting(handle.db, 'hastings', { heldOn: '2018-06-05', papers: [], decisions: [] }, lead, clock)).toBe('added');
    expect(await listBoardMembers(handle.db, 'hastings')).toEqual([{ name: 'A Head', organisation: 'Hastings Academy', sector: 'schools' }]);
    expect((await listBoardMeetings(handle.db, 'hastings')).map((m) => [m.heldOn, m.decisions.length])).toEqual([['2018-06-05', 0], ['2018-03-01', 1]]);
    const actions = (await handle.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'partnership_board').execute()).map((a) => a.action).sort();
    expect(actions).toEqual(['board_meeting.create', 'board_meeting.create', 'board_member.create']);
  });

  it('finds what-worked entries across areas by every word searched, case ignored, and treats % as a letter', async () => {
    const entry = { what: 'Maths mastery training', where: '12 primary schools', forWhom: 'Year 5 teachers', costPence: 4_500_000, evidenceStrand: 'Mastery learning', result: 'KS2 maths up 4 points', contact: 'maths@example.org' };
    await addWhatWorked(handle.db, 'hastings', entry, lead, clock);
    await addWhatWorked(handle.db, 'blackpool', { ...entry, what: 'Speech and language screening', evidenceStrand: 'Oral language interventions', result: '80% of children screened', costPence: null }, lead, clock);
    expect(await addWhatWorked(handle.db, 'atlantis', entry, lead, clock)).toBe('not_found');
    expect((await searchWhatWorked(handle.db, { q: 'MATHS mastery' })).map((e) => e.areaId)).toEqual(['hastings']);
    expect((await searchWhatWorked(handle.db, { q: 'language' })).map((e) => [e.areaName, e.costPence])).toEqual([['Blackpool', null]]);
    expect((await searchWhatWorked(handle.db, { q: '80%' })).map((e) => e.areaId)).toEqual(['blackpool']);
    expect(await searchWhatWorked(handle.db, { q: '4%' })).toEqual([]);
    expect((await searchWhatWorked(handle.db)).map((e) => e.costPence).sort()).toEqual([4_500_000, null]);
    expect(await handle.db.selectFrom('audit_log').select('id').where('action', '=', 'what_worked.create').execute()).toHaveLength(2);
  });
});
