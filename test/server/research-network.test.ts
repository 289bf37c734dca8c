import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvent } from '../../src/storage/repositories/research-network.repository.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';
import { loadNetworkSchoolsFixture } from '../support/network-fixtures.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}
interface HubBody {
  capacity: number;
  reach: { schools: number; highNeed: number; highNeedWithin: number; shareHighNeedWithin: number | null } | null;
  funnel: { stages: { level: string; at: number; atLeast: number }[] };
  pageSize: number;
  schools: { page: number; total: number; items: { urn: number; level: string; distanceKm: number; needScore: number }[] };
  notReached: { page: number; total: number; items: { urn: number; address: { street: string; postcode: string } }[] };
  events: { id: string; schools: number; people: number }[];
}

const HUB = '/api/hubs/blackpool-research-school';

describe.each(await testEngines())('Research School network API on $name', (engine) => {
  let t: TestApp;
  let lead: SignedIn;
  let derbyLead: SignedIn;
  let areaLead: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(engine);
    await loadNetworkSchoolsFixture(t.handle.db);
    const actor = { userId: null, label: 'test' };
    await createEvent(t.handle.db, { id: 'launch', hubId: 'blackpool-research-school', programmeId: null, kind: 'training', title: 'Launch training', heldOn: '2018-01-10' }, actor, fixedClock());
    await createEvent(t.handle.db, { id: 'derby-day', hubId: 'derby-research-school', programmeId: null, kind: 'briefing', title: 'Derby briefing', heldOn: '2018-01-11' }, actor, fixedClock());
    await addUser(t.handle.db, 'hub@example.gov.uk', 'hub_lead', ['hub:blackpool-research-school']);
    await addUser(t.handle.db, 'derby@example.gov.uk', 'hub_lead', ['hub:derby-research-school']);
    await addUser(t.handle.db, 'area@example.gov.uk', 'area_lead', ['area:blackpool']);
    lead = await signIn(t.app, 'hub@example.gov.uk');
    derbyLead = await signIn(t.app, 'derby@example.gov.uk');
    areaLead = await signIn(t.app, 'area@example.gov.uk');
  });
  afterAll(async () => {
    await t.close();
  });

  const hub = async (who: SignedIn, query = '?capacity=2&highNeed=90') => t.app.inject({ method: 'GET', url: `${HUB}${query}`, headers: { cookie: who.cookie } });
  const attend = (who: SignedIn, payload: Record<string, unknown>, event = 'launch', hubId = 'blackpool-research-school') =>
    t.app.inject({ method: 'POST', url: `/api/hubs/${hubId}/events/${event}/attendance`, headers: who.headers, payload });

  it('shows a hub its schools by the optimal assignment, its reach, funnel and high-need schools not yet reached', async () => {
    const response = await hub(lead);
    expect(response.statusCode).toBe(200);
    const body = response.json<HubBody>();
    expect(body.capacity).toBe(2);
    expect(body.schools.items.map((s) => s.urn)).toEqual([100002, 141257]);
    expect(body.schools.items[0]?.distanceKm).toBeCloseTo(11.12, 2);
    expect(body.reach).toEqual({ schools: 2, highNeed: 1, highNeedWithin: 1, shareHighNeedWithin: 1 });
    expect(body.notReached.items).toEqual([expect.objectContaining({ urn: 100002, address: { street: '100002 High Street', town: 'Testtown', postcode: 'FY1 1AA' } })]);
    expect(body.events).toEqual([expect.objectContaining({ id: 'launch', schools: 0, people: 0 })]);
  });

  it('lets a hub lead record attendance and returns the school’s new level, which the hub page then shows', async () => {
    const response = await attend(lead, { urn: '100002', role: 'teacher', people: '2' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ urn: 100002, level: 'trained' });
    const body = (await hub(lead)).json<HubBody>();
    expect(body.schools.items.find((s) => s.urn === 100002)?.level).toBe('trained');
    expect(body.notReached.items).toEqual([]);
    expect(body.funnel.stages.find((s) => s.level === 'trained')).toEqual({ level: 'trained', at: 1, atLeast: 1 });
    const audit = await t.handle.db.selectFrom('audit_log').select(['action', 'actor']).where('action', '=', 'attendance.record').execute();
    expect(audit).toEqual([{ action: 'attendance.record', actor: 'hub@example.gov.uk' }]);
    const event = await t.app.inject({ method: 'GET', url: `${HUB}/events/launch`, headers: { cookie: lead.cookie } });
    expect(event.json<{ attendance: unknown[] }>().attendance).toEqual([{ urn: 100002, schoolName: 'Tenth Primary', role: 'teacher', people: 2, level: 'trained' }]);
  });

  it('names each field at fault, and an unknown school against its URN', async () => {
    const bad = await attend(lead, { urn: '12', role: 'head', people: '0' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.fields).toEqual([
      { field: 'urn', message: 'Enter the school’s URN, 6 digits like 141257' },
      { field: 'role', message: 'Select the role of the people who came' },
      { field: 'people', message: 'Enter how many people came, from 1 to 500' },
    ]);
    const unknown = await attend(lead, { urn: '999999', role: 'leader', people: 1 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ErrorBody>().error.fields).toEqual([{ field: 'urn', message: 'There is no school with the URN 999999 in the register: check the URN' }]);
    expect((await attend(lead, { urn: '100002', role: 'leader', people: 1 }, 'derby-day')).statusCode).toBe(404);
  });

  it('keeps hub leads to their own hub, and area leads to reading', async () => {
    expect((await hub(derbyLead)).statusCode).toBe(403);
    expect((await attend(derbyLead, { urn: '100002', role: 'teacher', people: 1 })).statusCode).toBe(403);
    expect((await hub(areaLead)).statusCode).toBe(200);
    expect((await attend(areaLead, { urn: '100002', role: 'teacher', people: 1 })).statusCode).toBe(403);
  });

  it('shows a school’s engagement to its area’s hub and area, with the history, but not to another hub', async () => {
    const url = '/api/schools/100002/engagement';
    const mine = await t.app.inject({ method: 'GET', url, headers: { cookie: lead.cookie } });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toEqual({ urn: 100002, level: 'trained', since: '2018-01-10', changes: [{ date: '2018-01-10', from: 'none', to: 'trained', because: 'training attended (teacher)' }], plans: [] });
    expect((await t.app.inject({ method: 'GET', url, headers: { cookie: areaLead.cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url, headers: { cookie: derbyLead.cookie } })).statusCode).toBe(403);
  });

  it('downloads the hub’s tables as CSV and XLSX', async () => {
    const csv = await hub(lead, '?capacity=2&highNeed=90&format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('urn,name,phase,district_code,distance_km,need_score,fsm_percentile,fsm_ever6_percentile,attainment_percentile,area_deprivation_percentile,high_need,engagement,engagement_since,street,town,postcode');
    expect(lines[1]).toBe('100002,Tenth Primary,primary,E06000009,11.12,100,100,100,100,,yes,trained,2018-01-10,100002 High Street,Testtown,FY1 1AA');
    const xlsx = await hub(lead, '?capacity=2&table=events&format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, 'event_id', 'kind', 'title', 'held_on', 'programme_id', 'schools', 'people']);
    expect(sheet?.getRow(2).getCell(1).value).toBe('launch');
  });

  it('lets the hub lead set a level by hand with a reason and record an evidence plan, refusing schools not linked to the hub', async () => {
    const url = (urn: string, what: string, hubId = 'blackpool-research-school') => `/api/hubs/${hubId}/schools/${urn}/${what}`;
    const manual = await t.app.inject({ method: 'POST', url: url('100001', 'engagement'), headers: lead.headers, payload: { level: 'aware', reason: 'Head came to the launch', effectiveOn: '2017-09-01' } });
    expect(manual.statusCode).toBe(200);
    expect(manual.json()).toEqual({ urn: 100001, level: 'aware' });
    const missing = await t.app.inject({ method: 'POST', url: url('100001', 'engagement'), headers: lead.headers, payload: { level: 'aware', reason: ' ', effectiveOn: '2017-02-30' } });
    expect(missing.json<ErrorBody>().error.fields).toEqual([
      { field: 'reason', message: 'Say why the level changes' },
      { field: 'effectiveOn', message: 'must be a date that exists' },
    ]);
    // 100001 is in Blackpool and has come to no Derby event: the Derby hub cannot write for it.
    expect((await t.app.inject({ method: 'POST', url: url('100001', 'engagement', 'derby-research-school'), headers: derbyLead.headers, payload: { level: 'aware', reason: 'x', effectiveOn: '2018-01-01' } })).statusCode).toBe(404);
    const plan = { strands: ['feedback', 'phonics'], targetPupils: 30, costPerPupilPence: 3_333, expectedMonths: 6, startsOn: '2018-02-01' };
    const recorded = await t.app.inject({ method: 'POST', url: url('100002', 'evidence-plans'), headers: lead.headers, payload: plan });
    expect(recorded.statusCode).toBe(200);
    // 100002 was trained on 2018-01-10 (above); a plan after that makes it implementing.
    expect(recorded.json()).toEqual({ urn: 100002, level: 'implementing' });
    const investment = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/strand-investment', headers: { cookie: areaLead.cookie } });
    // 30 × 3,333p = 99,990p shared by two strands.
    expect(investment.json()).toEqual({ items: [
      { strand: 'feedback', schools: 1, plans: 1, targetPupils: 30, costPence: 49_995 },
      { strand: 'phonics', schools: 1, plans: 1, targetPupils: 30, costPence: 49_995 },
    ] });
    const csv = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/strand-investment?format=csv', headers: { cookie: areaLead.cookie } });
    expect(csv.body.replace(/^\uFEFF/, '').split(/\r?\n/).slice(0, 2)).toEqual(['strand,schools,plans,target_pupils,cost_gbp', 'feedback,1,1,30,499.95']);
    const audit = await t.handle.db.selectFrom('audit_log').select('action').where('action', 'in', ['engagement.update', 'evidence_plan.record']).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['engagement.update', 'evidence_plan.record']);
  });

  it('adds a programme and an event to the hub, naming refused fields, and lists Guidance Reports by strand', async () => {
    await t.handle.db.insertInto('guidance_reports').values({ id: 'improving-literacy-in-key-stage-1', title: 'Improving Literacy in Key Stage 1', year: 2017, strands: JSON.stringify(['phonics']) }).execute();
    const programme = { id: 'literacy-2018', title: 'Literacy in KS1', strands: ['phonics'], guidanceReportId: 'improving-literacy-in-key-stage-1', format: 'blended', startsOn: '2018-01-01', endsOn: '2018-07-20' };
    const post = (what: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `${HUB}/${what}`, headers: lead.headers, payload });
    expect((await post('programmes', programme)).statusCode).toBe(201);
    expect((await post('programmes', programme)).statusCode).toBe(409);
    const backwards = await post('programmes', { ...programme, id: 'other', endsOn: '2017-12-31' });
    expect(backwards.json<ErrorBody>().error.fields).toEqual([{ field: 'endsOn', message: 'must not be before the start' }]);
    const unknownReport = await post('programmes', { ...programme, id: 'other', guidanceReportId: 'nothing' });
    expect(unknownReport.json<ErrorBody>().error.fields).toEqual([{ field: 'guidanceReportId', message: 'There is no Guidance Report with the id nothing' }]);
    expect((await post('events', { id: 'literacy-day-2', title: 'Day two', kind: 'training', heldOn: '2018-02-01', programmeId: 'literacy-2018' })).statusCode).toBe(201);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/hubs/derby-research-school/events', headers: derbyLead.headers, payload: { id: 'x', title: 'X', kind: 'training', heldOn: '2018-02-01', programmeId: 'literacy-2018' } });
    expect(wrong.json<ErrorBody>().error.fields).toEqual([{ field: 'programmeId', message: 'Programme literacy-2018 belongs to blackpool-research-school, not derby-research-school' }]);
    const body = (await hub(lead)).json<HubBody & { programmes: unknown[] }>();
    expect(body.programmes).toEqual([
      { id: 'literacy-2018', title: 'Literacy in KS1', strands: ['phonics'], guidanceReportId: 'improving-literacy-in-key-stage-1', guidanceReportTitle: 'Improving Literacy in Key Stage 1', format: 'blended', startsOn: '2018-01-01', endsOn: '2018-07-20', events: 1 },
    ]);
    expect(body.events.map((e) => e.id)).toEqual(['literacy-day-2', 'launch']);
    const reports = await t.app.inject({ method: 'GET', url: '/api/guidance-reports?strand=phonics' });
    expect(reports.json()).toEqual({ items: [{ id: 'improving-literacy-in-key-stage-1', title: 'Improving Literacy in Key Stage 1', year: 2017, strands: ['phonics'] }] });
    expect((await t.app.inject({ method: 'GET', url: '/api/guidance-reports?strand=feedback' })).json()).toEqual({ items: [] });
  });

  it('names every programme field at fault (a strand the Toolkit does not have, one chosen twice, an end before the start) and every missing event field', async () => {
    const post = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `${HUB}/programmes`, headers: lead.headers, payload });
    const empty = await post({ id: 'blank' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<ErrorBody>().error.fields).toEqual([
      { field: 'title', message: 'Enter the programme’s title' },
      { field: 'strands', message: 'Choose at least one Toolkit strand' },
      { field: 'format', message: 'Select face_to_face, online or blended' },
      { field: 'startsOn', message: 'must be a date like 2018-09-01' },
    ]);
    const malformed = await post({ id: 'bad', title: ' ', strands: ['Not A Slug'], guidanceReportId: 'Bad Id', format: 'video', startsOn: '2018-02-30', endsOn: 'soon' });
    expect(malformed.json<ErrorBody>().error.fields).toEqual([
      { field: 'title', message: 'Enter the programme’s title' },
      { field: 'strands', message: 'There is no Toolkit strand Not A Slug: use a strand’s slug, like feedback' },
      { field: 'guidanceReportId', message: 'must be lower-case letters, digits and hyphens, like north-yorkshire-coast' },
      { field: 'format', message: 'Select face_to_face, online or blended' },
      { field: 'startsOn', message: 'must be a date that exists' },
      { field: 'endsOn', message: 'must be a date like 2018-09-01' },
    ]);
    const source = await t.handle.db.insertInto('data_sources').values({ name: 't', origin: 't.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 1, checksum: 't' }).returning('id').executeTakeFirstOrThrow();
    await t.handle.db.insertInto('toolkit_strands').values({ id: 'eef-tl-phonics', slug: 'phonics', name: 'Phonics', impact_months: 5, cost_rating: 1, evidence_rating: 5, headline: 'h', gap_summary: null, tags: '', url: 'u', data_source_id: source.id }).execute();
    const good = { id: 'phonics-2019', title: 'Phonics 2019', strands: ['phonics'], format: 'online', startsOn: '2019-01-07' };
    const unknown = await post({ ...good, strands: ['phonics', 'homework'], guidanceReportId: 'no-such-report' });
    expect(unknown.json<ErrorBody>().error.fields).toEqual([
      { field: 'strands', message: 'There is no Toolkit strand homework: use a strand’s slug, like feedback' },
      { field: 'guidanceReportId', message: 'There is no Guidance Report with the id no-such-report' },
    ]);
    const twice = await post({ ...good, strands: ['phonics', 'phonics'] });
    expect(twice.json<ErrorBody>().error.fields).toEqual([{ field: 'strands', message: 'Choose each strand once: phonics is there twice' }]);
    const backwards = await post({ ...good, endsOn: '2019-01-06' });
    expect(backwards.json<ErrorBody>().error.fields).toEqual([{ field: 'endsOn', message: 'must not be before the start' }]);
    expect((await post({ ...good, endsOn: null, guidanceReportId: null })).statusCode).toBe(201);
    const blankEvent = await t.app.inject({ method: 'POST', url: `${HUB}/events`, headers: lead.headers, payload: { id: 'blank-event' } });
    expect(blankEvent.json<ErrorBody>().error.fields).toEqual([
      { field: 'title', message: 'Enter the event’s title' },
      { field: 'kind', message: 'Select briefing, training or follow_up' },
      { field: 'heldOn', message: 'must be a date like 2018-09-01' },
    ]);
    const again = await post(good);
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error).toEqual({ code: 'conflict', message: 'There is already a programme with the id phonics-2019', fields: [{ field: 'id', message: 'There is already a programme with the id phonics-2019' }] });
  });

  it('gives an Opportunity Area’s funnel overall, by district and by local authority', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/engagement', headers: { cookie: areaLead.cookie } });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ funnel: { schools: number; stages: { level: string; at: number }[] }; districts: { key: string }[]; localAuthorities: { key: string }[] }>();
    // Four Blackpool schools: 100002 implementing (trained, then a plan), 100001 aware (by hand), two at none.
    expect(body.funnel.schools).toBe(4);
    expect(body.funnel.stages.map((s) => [s.level, s.at])).toEqual([['none', 2], ['aware', 1], ['trained', 0], ['implementing', 1], ['embedded', 0]]);
    expect(body.districts.map((d) => d.key)).toEqual(['E06000009']);
    expect(body.localAuthorities.map((d) => d.key)).toEqual(['E06000009']);
    expect((await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/engagement', headers: { cookie: derbyLead.cookie } })).statusCode).toBe(403);
  });

  it('pages a hub’s schools, at most 100 a page, and says how many there are in all', async () => {
    const first = (await hub(lead, '?pageSize=1')).json<HubBody>();
    // Every fixture school is in Blackpool's district, so the Blackpool hub serves all four: its own area comes first.
    expect([first.pageSize, first.schools.page, first.schools.total, first.schools.items.length]).toEqual([1, 1, 4, 1]);
    const second = (await hub(lead, '?pageSize=1&page=2')).json<HubBody>();
    expect(second.schools.items.map((s) => s.urn)).not.toEqual(first.schools.items.map((s) => s.urn));
    expect((await hub(lead, '?pageSize=2&page=9')).json<HubBody>().schools.items).toEqual([]);
    expect((await hub(lead, '?pageSize=101')).statusCode).toBe(400);
  });

  it('lists nationally the schools outside any hub’s reach, and a wider distance brings them in', async () => {
    const source = await t.handle.db.selectFrom('data_sources').select('id').where('name', '=', 'network fixture').executeTakeFirstOrThrow();
    // Halfway between the hubs (55.6 km from each) and in no Opportunity Area.
    await t.handle.db
      .insertInto('schools')
      .values({
        urn: 100009, la_code_old: '999', estab: '0009', name: 'Midway Primary', street: null, locality: null, town: null, postcode: null, status: 'open', open_date: null, close_date: null,
        minor_group: null, school_type: null, phase: 'primary', age_low: 4, age_high: 11, gender: null, religious_character: null, admissions_policy: null, easting: null, northing: null,
        lat: 0, lon: 0.5, district_code: null, education_la_code: null, data_source_id: source.id,
      })
      .execute();
    const outside = await t.app.inject({ method: 'GET', url: '/api/network/outside-reach' });
    expect(outside.statusCode).toBe(200);
    const body = outside.json<{ counts: { outsideReach: number }; total: number; items: { urn: number; nearestKm: number }[] }>();
    expect(body.counts.outsideReach).toBe(1);
    expect(body.total).toBe(1);
    expect(body.items).toEqual([expect.objectContaining({ urn: 100009, name: 'Midway Primary', nearestKm: 55.6 })]);
    const wider = (await t.app.inject({ method: 'GET', url: '/api/network/outside-reach?withinKm=60' })).json<{ total: number }>();
    expect(wider.total).toBe(0);
    const csv = await t.app.inject({ method: 'GET', url: '/api/network/outside-reach?format=csv' });
    expect(csv.body.replace(/^\uFEFF/, '').split(/\r?\n/).slice(0, 2)).toEqual(['urn,name,district_code,need_score,high_need,nearest_hub_id,nearest_km', expect.stringMatching(/^100009,Midway Primary,,/)]);
    await t.handle.db.deleteFrom('schools').where('urn', '=', 100009).execute();
  });
  it('bounded work: a hub page lists its newest 100 events (at most 500) with how many it has held; the events download has every one', async () => {
    const heldOn = (i: number) => new Date(Date.UTC(2031, 0, 1 + i)).toISOString().slice(0, 10);
    await t.handle.db
      .insertInto('research_events')
      .values(Array.from({ length: 101 }, (_, i) => ({ id: `bounded-event-${String(i).padStart(3, '0')}`, hub_id: 'blackpool-research-school', programme_id: 'literacy-2018', kind: 'training', title: `Bounded ${String(i)}`, held_on: heldOn(i) })))
      .execute();
    type Events = { events: { id: string }[]; eventsTotal: number; programmes: { id: string; events: number }[] };
    const body = (await hub(lead)).json<Events>();
    const before = body.eventsTotal - 101;
    expect(before).toBeGreaterThan(0);
    expect(body.events).toHaveLength(100);
    expect(body.events[0]?.id).toBe('bounded-event-100');
    expect(body.programmes.find((p) => p.id === 'literacy-2018')?.events).toBe(102);
    expect((await hub(lead, `?events=500`)).json<Events>().events).toHaveLength(101 + before);
    expect((await hub(lead, '?events=501')).statusCode).toBe(400);
    const csv = await hub(lead, '?table=events&format=csv');
    expect(csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n')).toHaveLength(101 + before + 1);
    await t.handle.db.deleteFrom('research_events').where('id', 'like', 'bounded-event-%').execute();
  });
  it('bounded work: a hub page lists at most 200 training programmes, those that start latest, and says when there are others', async () => {
    const startsOn = (i: number) => new Date(Date.UTC(2032, 0, 1 + i)).toISOString().slice(0, 10);
    await t.handle.db
      .insertInto('research_programmes')
      .values(Array.from({ length: 201 }, (_, i) => ({ id: `bounded-programme-${String(i).padStart(3, '0')}`, hub_id: 'blackpool-research-school', title: `Bounded ${String(i)}`, strands: '[]', guidance_report_id: null, format: 'blended', starts_on: startsOn(i), ends_on: null, recorded_at: '2032-01-01T00:00:00.000Z', recorded_by: 'test' })))
      .execute();
    const body = (await hub(lead)).json<{ programmes: { id: string }[]; moreProgrammes: boolean }>();
    expect(body.moreProgrammes).toBe(true);
    expect(body.programmes).toHaveLength(200);
    expect([body.programmes[0]?.id, body.programmes.at(-1)?.id]).toEqual(['bounded-programme-001', 'bounded-programme-200']);
    await t.handle.db.deleteFrom('research_programmes').where('id', 'like', 'bounded-programme-%').execute();
  });
});
