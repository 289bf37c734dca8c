import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryPlanImporter } from '../../src/ingest/importers/plans/delivery-plan.importer.ts';
import { runImport } from '../../src/ingest/run-import.ts';
import { createServices } from '../../src/storage/services/create-services.ts';
import { chromiumPdfRenderer } from '../../src/server/pdf/render-pdf.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

const EXAMPLE = new URL('../../docs/examples/delivery-plan.example.csv', import.meta.url).pathname;

interface Measure { code: string; status: string; ruleStatus: string; latest: { period: string; value: number } | null; trend: { period: string; direction: string | null }[] }
interface Plan { area: { name: string }; priorities: { title: string; theme: string; objectives: { measures: Measure[] }[] }[]; board: { members: unknown[]; meetings: { heldOn: string }[] } }
interface ErrorBody { error: { code: string; message: string; fields?: { field: string; message: string }[] } }

describe.each(await testEngines())('delivery plan routes on $name', (engine) => {
  let t: TestApp;
  let lead: SignedIn;
  let viewer: SignedIn;
  let admin: SignedIn;
  const printed: string[] = [];

  beforeAll(async () => {
    // A stand-in printer: it records the HTML it was given, so the PDF route is tested without a browser here.
    t = await startTestApp(engine, { pdf: (html) => (printed.push(html), Promise.resolve(Buffer.from('%PDF-1.4 stand-in'))) });
    const imported = await runImport(createServices(t.handle.db, t.handle.engine), deliveryPlanImporter, EXAMPLE, { now: fixedClock(), actor: { userId: null, label: 'test' } });
    expect(imported.ok).toBe(true);
    await addUser(t.handle.db, 'lead@example.gov.uk', 'area_lead', ['area:blackpool']);
    await addUser(t.handle.db, 'viewer@example.gov.uk', 'board_viewer', ['area:blackpool']);
    await addUser(t.handle.db, 'admin@example.gov.uk', 'admin');
    [lead, viewer, admin] = [await signIn(t.app, 'lead@example.gov.uk'), await signIn(t.app, 'viewer@example.gov.uk'), await signIn(t.app, 'admin@example.gov.uk')];
  });
  afterAll(async () => {
    await t.close();
  });

  const plan = async (who: SignedIn) => (await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/plan', headers: who.headers })).json<Plan>();
  const ks2 = (p: Plan) => p.priorities.flatMap((x) => x.objectives.flatMap((o) => o.measures)).find((m) => m.code === 'ks2-rwm');
  const postActual = (who: SignedIn, payload: Record<string, unknown>, code = 'ks2-rwm') =>
    t.app.inject({ method: 'POST', url: `/api/opportunity-areas/blackpool/plan/measures/${code}/actuals`, headers: who.headers, payload });

  it('shows a board viewer the plan by priority with each measure’s status', async () => {
    const p = await plan(viewer);
    expect(p.priorities.map((x) => [x.title, x.theme])).toEqual([['Better careers advice', 'careers'], ['Raise attainment in primary schools', 'maths']]);
    expect(ks2(p)).toMatchObject({ status: 'at_risk', latest: { period: '2017/18', value: 53 } });
  });

  it('lets the area lead add an actual, which changes the status, and refuses the board viewer', async () => {
    const entry = { period: '2018/19', value: 58, source: 'DfE KS2 2019 (revised)', recordedOn: '2019-12-12' };
    expect((await postActual(viewer, entry)).statusCode).toBe(403);
    const response = await postActual(lead, entry);
    expect(response.statusCode).toBe(200);
    // 58 in 2018/19 against 62 by 2019/20: progress 8/12 = 0.667 with 2/3 of the time gone: on track.
    expect(response.json<{ changed: boolean; measure: Measure }>()).toMatchObject({ changed: true, measure: { status: 'on_track', latest: { period: '2018/19', value: 58 } } });
    expect(ks2(await plan(viewer))?.trend.map((x) => [x.period, x.direction])).toEqual([['2017/18', null], ['2018/19', 'better']]);
  });

  it('names every field at fault in an actual, in words a person can act on', async () => {
    const response = await postActual(lead, { period: '2018/20', value: 'lots', source: ' ', recordedOn: '2019-02-30' });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.fields).toEqual([
      { field: 'period', message: 'Enter the period as an academic year like 2018/19, or a calendar year like 2019' },
      { field: 'value', message: 'Enter the figure as a number, like 56.2' },
      { field: 'source', message: 'Say where the figure comes from, such as the DfE statistical release' },
      { field: 'recordedOn', message: 'Enter the date the figure was recorded, like 2019-12-12' },
    ]);
    expect((await postActual(lead, { period: '2018/19', value: 1, source: 's', recordedOn: '2019-01-01' }, 'nothing')).statusCode).toBe(404);
    const calendarYear = await postActual(lead, { period: '2019', value: 1, source: 's', recordedOn: '2019-01-01' });
    expect(calendarYear.statusCode).toBe(400);
    expect(calendarYear.json<ErrorBody>().error.fields).toEqual([{ field: 'period', message: 'Enter the period in the same form as the baseline, 2016/17' }]);
  });

  it('sets a status by hand only with a reason, and shows the rule’s status beside it', async () => {
    const put = (payload: unknown) => t.app.inject({ method: 'PUT', url: '/api/opportunity-areas/blackpool/plan/measures/neet-16-17/override', headers: lead.headers, payload: payload as Record<string, unknown> });
    const refused = await put({ status: 'on_track', reason: '' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ErrorBody>().error.fields).toEqual([{ field: 'reason', message: 'Say why the status is set by hand rather than by the rule' }]);
    expect((await put({ status: 'on_track', reason: 'New provider in place' })).json<{ measure: Measure }>().measure).toMatchObject({ status: 'on_track', ruleStatus: 'at_risk' });
    expect((await put({ status: null })).json<{ measure: Measure }>().measure.status).toBe('at_risk');
  });

  it('keeps the board’s members and meetings, refusing a second meeting on the same day', async () => {
    const members = await t.app.inject({ method: 'POST', url: '/api/opportunity-areas/blackpool/board/members', headers: lead.headers, payload: { name: 'Sam Chair', organisation: 'Blackpool Sixth Form', sector: 'further education' } });
    expect(members.statusCode).toBe(201);
    const meeting = { heldOn: '2019-10-01', papers: ['Progress report'], decisions: [{ decision: 'Review KS2 maths support', owner: 'Sam Chair', dueOn: '2020-01-31' }] };
    const post = () => t.app.inject({ method: 'POST', url: '/api/opportunity-areas/blackpool/board/meetings', headers: lead.headers, payload: meeting });
    expect((await post()).statusCode).toBe(201);
    expect((await post()).statusCode).toBe(409);
    expect((await plan(viewer)).board.meetings.map((m) => m.heldOn)).toEqual(['2019-10-01']);
  });

  it('prints the board report with the new figure, what changed since the meeting, and decisions due', async () => {
    const html = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/board-report', headers: viewer.headers });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    // Its own policy: inline style and SVG only, nothing fetched, no script.
    expect(html.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(html.body).toContain('Blackpool partnership board report');
    expect(html.body).toContain('58 (2018/19)');
    // Recorded 12 December 2019, after the 1 October 2019 meeting; the 2018 figures were before it.
    expect(html.body).toContain('KS2 reading writing and maths: 58 for 2018/19');
    expect(html.body).not.toContain('7.8 for 2017/18');
    expect(html.body).toContain('Review KS2 maths support');
    expect(html.body).toContain('No statistical neighbours can be shown: the public data the comparison needs has not been loaded.');
    const pdf = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/board-report?format=pdf', headers: viewer.headers });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body).toBe('%PDF-1.4 stand-in');
    expect(printed.at(-1)).toBe(html.body);
    const xlsx = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/board-report?format=xlsx', headers: viewer.headers });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows = sheet === undefined ? [] : sheet.getSheetValues().slice(2).map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows.map((r) => [r[5], r[12], r[17]])).toEqual([['neet-16-17', 7.8, 'At risk'], ['ks2-rwm', 58, 'On track']]);
  });

  it('sets each of the area’s districts against its five nearest statistical neighbours once the indicators are loaded', async () => {
    const db = t.handle.db;
    const { id } = await db.insertInto('data_sources').values({ name: 'test', origin: 'indicators.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 0, checksum: 't' }).returning('id').executeTakeFirstOrThrow();
    const codes = ['ks2_pct_rwm_expected', 'ks4_attainment8', 'ks4_disadvantaged_pct_sustained', 'imd2015_mean_lsoa_score', 'idaci2019_rate_approx'];
    await db.insertInto('indicators').values(codes.map((code) => ({ code, name: `Indicator ${code}`, unit: 'score', description: 'test', data_source_id: id }))).execute();
    const districts = (await db.selectFrom('areas').select('code').where('kind', '=', 'district').orderBy('code').execute()).map((d) => d.code);
    expect(districts.length).toBeGreaterThanOrEqual(6);
    // Values that differ by district and by indicator, so every pair of districts is a different distance apart.
    await db.insertInto('area_indicators').values(
      districts.flatMap((area, i) => codes.map((code, j) => ({ area_code: area, indicator_code: code, period: '2019', value: 50 + ((i * (j + 3)) % 11) + i / 7, data_source_id: id }))),
    ).execute();
    const html = (await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/board-report', headers: viewer.headers })).body;
    const section = html.slice(html.indexOf('<h2>Against its statistical neighbours</h2>'), html.indexOf('<h2>What changed'));
    const rows = [...section.matchAll(/<tr data-district="(E\d{8})">/g)].map((m) => m[1]);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toBe('E06000009');
    expect(new Set(rows).size).toBe(6);
    expect(section).toContain('Indicator ks4_attainment8 (2019)');
    // Neighbours on context instead, when asked: the context recipe's indicators (idaci2019_rate_approx is in both).
    const contextCodes = ['imd2019_pop_weighted_avg_rank', 'pct_fsm_pupils', 'population_density_2015', 'pct_children_0_15_2015', 'pct_eal_pupils'];
    await db.insertInto('indicators').values(contextCodes.map((code) => ({ code, name: `Indicator ${code}`, unit: 'x', description: 'test', data_source_id: id }))).execute();
    await db.insertInto('area_indicators').values(
      districts.flatMap((area, i) => contextCodes.map((code, j) => ({ area_code: area, indicator_code: code, period: '2015', value: 20 + ((i * (j + 2)) % 13) + i / 9, data_source_id: id }))),
    ).execute();
    const context = (await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/board-report?twins=context-upper-tier-2019', headers: viewer.headers })).body;
    const contextSection = context.slice(context.indexOf('<h2>Against its statistical neighbours</h2>'), context.indexOf('<h2>What changed'));
    expect([...contextSection.matchAll(/<tr data-district="(E\d{8})">/g)].map((m) => m[1])).toHaveLength(6);
    expect(contextSection).toContain('Indicator population_density_2015 (2015)');
    expect(contextSection).not.toContain('Indicator ks4_attainment8');
    expect(contextSection).toContain('context-upper-tier-2019');
    expect((await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/board-report?twins=smc-2016', headers: viewer.headers })).statusCode).toBe(400);
  });

  it('says plainly when there is no Chromium to print with', async () => {
    const noBrowser = await startTestApp(engine, { pdf: chromiumPdfRenderer({ executablePath: '/nonexistent/chromium' }) });
    await addUser(noBrowser.handle.db, 'admin@example.gov.uk', 'admin');
    const session = await signIn(noBrowser.app, 'admin@example.gov.uk');
    const response = await noBrowser.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/board-report?format=pdf', headers: session.headers });
    await noBrowser.close();
    expect(response.statusCode).toBe(503);
    expect(response.json<ErrorBody>().error).toEqual({ code: 'pdf_unavailable', message: expect.stringContaining('there is none at /nonexistent/chromium') as unknown });
  });

  it('groups every area’s measures by priority theme for the national team', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/plans/measures', headers: admin.headers });
    const { themes } = response.json<{ themes: { theme: string; measures: { areaName: string; code: string }[] }[] }>();
    expect(themes.map((x) => [x.theme, x.measures.map((m) => `${m.areaName}/${m.code}`)])).toEqual([['careers', ['Blackpool/neet-16-17']], ['maths', ['Blackpool/ks2-rwm']]]);
    expect((await t.app.inject({ method: 'GET', url: '/api/plans/measures', headers: lead.headers })).statusCode).toBe(403);
  });

  it('shares what worked across areas: the lead adds, a viewer finds it by any words', async () => {
    const entry = { what: 'Maths mastery training for Year 5 teachers', where: '12 primary schools', forWhom: 'Pupils eligible for free school meals', costPence: 4_500_000, evidenceStrand: 'Mastery learning', result: 'KS2 maths up 4 points', contact: 'maths@example.org' };
    const added = await t.app.inject({ method: 'POST', url: '/api/opportunity-areas/blackpool/what-worked', headers: lead.headers, payload: entry });
    expect(added.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/api/opportunity-areas/blackpool/what-worked', headers: viewer.headers, payload: entry })).statusCode).toBe(403);
    const found = await t.app.inject({ method: 'GET', url: '/api/what-worked?q=mastery%20meals', headers: viewer.headers });
    expect(found.json<{ items: { areaName: string; costPence: number }[] }>().items.map((i) => [i.areaName, i.costPence])).toEqual([['Blackpool', 4_500_000]]);
    expect((await t.app.inject({ method: 'GET', url: '/api/what-worked?q=phonics', headers: viewer.headers })).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('lists at most the newest entries asked for, saying when more match', async () => {
    const entry = { what: 'Phonics catch-up', where: 'Infant schools', forWhom: 'Year 1', costPence: null, evidenceStrand: 'Phonics', result: 'More pass the check', contact: 'p@example.org' };
    for (const what of ['Phonics catch-up one', 'Phonics catch-up two']) {
      expect((await t.app.inject({ method: 'POST', url: '/api/opportunity-areas/blackpool/what-worked', headers: lead.headers, payload: { ...entry, what } })).statusCode).toBe(201);
    }
    const one = (await t.app.inject({ method: 'GET', url: '/api/what-worked?q=phonics&limit=1', headers: viewer.headers })).json<{ items: { what: string }[]; more: boolean }>();
    expect(one).toMatchObject({ more: true, items: [{ what: 'Phonics catch-up two' }] });
    expect((await t.app.inject({ method: 'GET', url: '/api/what-worked?q=phonics', headers: viewer.headers })).json<{ more: boolean }>().more).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: '/api/what-worked?limit=501', headers: viewer.headers })).statusCode).toBe(400);
  });

  it('pages the list of users for the national team (the download has every user)', async () => {
    const all = (await t.app.inject({ method: 'GET', url: '/api/users', headers: admin.headers })).json<{ items: { email: string }[]; total: number; pageSize: number }>();
    expect(all).toMatchObject({ pageSize: 500, total: all.items.length });
    expect(all.total).toBeGreaterThanOrEqual(3);
    const second = (await t.app.inject({ method: 'GET', url: '/api/users?pageSize=1&page=2', headers: admin.headers })).json<{ items: { email: string }[] }>();
    expect(second.items.map((u) => u.email)).toEqual([all.items[1]?.email]);
  });
  it('bounded work: the cross-area measures are paged (200 by default, at most 500) with the total, the download has every one', async () => {
    type Cross = { page: number; pageSize: number; total: number; themes: { theme: string; measures: { code: string; areaId: string }[] }[] };
    const all = (await t.app.inject({ method: 'GET', url: '/api/plans/measures', headers: admin.headers })).json<Cross>();
    expect(all).toMatchObject({ page: 1, pageSize: 200 });
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(all.themes.flatMap((g) => g.measures)).toHaveLength(all.total);
    const pages = await Promise.all(
      Array.from({ length: all.total }, async (_, i) => (await t.app.inject({ method: 'GET', url: `/api/plans/measures?pageSize=1&page=${String(i + 1)}`, headers: admin.headers })).json<Cross>()),
    );
    for (const one of pages) expect(one.themes.flatMap((g) => g.measures)).toHaveLength(1);
    expect(pages.map((one) => one.themes.flatMap((g) => g.measures.map((m) => `${g.theme}/${m.areaId}/${m.code}`))).flat()).toEqual(all.themes.flatMap((g) => g.measures.map((m) => `${g.theme}/${m.areaId}/${m.code}`)));
    expect((await t.app.inject({ method: 'GET', url: '/api/plans/measures?pageSize=501', headers: admin.headers })).statusCode).toBe(400);
    const csv = await t.app.inject({ method: 'GET', url: '/api/plans/measures?format=csv&pageSize=1', headers: admin.headers });
    expect(csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n')).toHaveLength(all.total + 1);
  });

  it('bounded work: an area plan lists its newest 50 board meetings (at most 500) and says when older ones are recorded', async () => {
    const heldOn = (i: number) => new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10);
    await t.handle.db
      .insertInto('board_meetings')
      .values(Array.from({ length: 51 }, (_, i) => ({ opportunity_area_id: 'blackpool', held_on: heldOn(i), papers: '[]' })))
      .execute();
    type Board = { board: { meetings: { heldOn: string }[]; moreMeetings: boolean } };
    const capped = (await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/plan', headers: viewer.headers })).json<Board>();
    expect(capped.board.moreMeetings).toBe(true);
    expect(capped.board.meetings).toHaveLength(50);
    expect(capped.board.meetings[0]?.heldOn).toBe(heldOn(50));
    const every = (await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/plan?meetings=500', headers: viewer.headers })).json<Board>();
    expect(every.board.moreMeetings).toBe(false);
    expect(every.board.meetings.length).toBeGreaterThanOrEqual(51);
  });
  it('bounded work: an area plan lists at most 200 board members and says when more are recorded', async () => {
    await t.handle.db
      .insertInto('board_members')
      .values(Array.from({ length: 201 }, (_, i) => ({ opportunity_area_id: 'blackpool', name: `Member ${String(i).padStart(3, '0')}`, organisation: 'Test', sector: 'zz-test' })))
      .execute();
    const { board } = (await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/plan', headers: viewer.headers })).json<{ board: { members: unknown[]; moreMembers: boolean } }>();
    expect(board.members).toHaveLength(200);
    expect(board.moreMembers).toBe(true);
  });
});
