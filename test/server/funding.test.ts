import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/storage/repositories/audit.repository.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

const FUND = '/api/funds/opportunity-areas-2017-2020';
const payment = { kind: 'payment', spentOn: '2018-03-31', purpose: 'Maths mastery training', evidenceStrand: 'mastery-learning', amount: '2,500.00' };

describe.each(await testEngines())('funding API on $name', (engine) => {
  let t: TestApp;
  let admin: SignedIn;
  let lead: SignedIn;
  let otherAdmin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp(engine);
    await addUser(t.handle.db, 'admin@example.gov.uk', 'admin');
    await addUser(t.handle.db, 'second@example.gov.uk', 'admin');
    await addUser(t.handle.db, 'lead@example.gov.uk', 'area_lead', ['area:blackpool']);
    admin = await signIn(t.app, 'admin@example.gov.uk');
    otherAdmin = await signIn(t.app, 'second@example.gov.uk');
    lead = await signIn(t.app, 'lead@example.gov.uk');
  });
  afterAll(async () => {
    await t.close();
  });

  it('previews an allocation of the 2020/21 pot without saving, then confirms it with an audit entry', async () => {
    const body = { formula: 'equal' };
    const preview = await t.app.inject({ method: 'POST', url: '/api/funds/opportunity-areas-2020-21/allocations/preview', headers: admin.headers, payload: body });
    expect(preview.statusCode).toBe(200);
    const previewed = preview.json<{ totalPence: number; runId: number | null; rows: { amountPence: number; working: string[] }[] }>();
    expect(previewed.totalPence).toBe(1_700_000_000);
    expect(previewed.runId).toBeNull();
    expect(previewed.rows.reduce((s, r) => s + r.amountPence, 0)).toBe(1_700_000_000);
    expect(previewed.rows[0]?.working[0]).toBe('Share of £17,000,000: equal, 1 of 12.');
    expect((await t.app.inject({ method: 'GET', url: '/api/funds/opportunity-areas-2020-21/allocations' })).json<{ source: string }>().source).toBe('pots');

    const confirm = await t.app.inject({ method: 'POST', url: '/api/funds/opportunity-areas-2020-21/allocations', headers: admin.headers, payload: body });
    expect(confirm.statusCode).toBe(201);
    const confirmed = confirm.json<{ runId: number; rows: { recipient: string; amountPence: number }[] }>();
    expect(confirmed.rows).toEqual(previewed.rows.map((r) => expect.objectContaining({ amountPence: r.amountPence }) as unknown));
    const current = (await t.app.inject({ method: 'GET', url: '/api/funds/opportunity-areas-2020-21/allocations' })).json<{ source: string; runId: number; rows: unknown[] }>();
    expect(current).toMatchObject({ source: 'saved', runId: confirmed.runId });
    expect(current.rows).toHaveLength(12);
    const csv = await t.app.inject({ method: 'GET', url: '/api/funds/opportunity-areas-2020-21/allocations?format=csv' });
    const csvLines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(csvLines[0]).toBe('recipient,amount_pence,amount_gbp');
    expect(csvLines).toHaveLength(13);
    const [entry] = await listAudit(t.handle.db, { entityType: 'fund', entityId: 'opportunity-areas-2020-21' });
    expect(entry).toMatchObject({ action: 'funding.allocation.confirm', actor: 'admin@example.gov.uk' });
    const grants = (await t.app.inject({ method: 'GET', url: '/api/funds/opportunity-areas-2020-21/360giving' })).json<{ grants: { amountAwarded: number }[] }>().grants;
    expect(grants).toHaveLength(12);
    expect(Math.round(grants.reduce((s, g) => s + g.amountAwarded * 100, 0))).toBe(1_700_000_000);
  });

  it('explains a formula that cannot be run, and an unknown fund', async () => {
    const proportional = await t.app.inject({ method: 'POST', url: '/api/funds/opportunity-areas-2020-21/allocations/preview', headers: admin.headers, payload: { formula: 'proportional' } });
    expect(proportional.statusCode).toBe(400);
    const floors = await t.app.inject({ method: 'POST', url: '/api/funds/opportunity-areas-2020-21/allocations/preview', headers: admin.headers, payload: { formula: 'equal', floorPence: 200_000_000 } });
    expect(floors.json<{ error: { message: string } }>().error.message).toBe('The floors add up to £24,000,000, more than the total of £17,000,000: lower the floors');
    expect((await t.app.inject({ method: 'POST', url: '/api/funds/nope/allocations/preview', headers: admin.headers, payload: { formula: 'equal' } })).statusCode).toBe(404);
  });

  it('lets an area lead record spend for their own area only', async () => {
    const own = await t.app.inject({ method: 'POST', url: `${FUND}/spend`, headers: lead.headers, payload: { ...payment, recipient: 'blackpool' } });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ recipient: 'blackpool', opportunityAreaId: 'blackpool', amountPence: 250_000, period: '2017/18', status: 'approved', recordedBy: 'lead@example.gov.uk' });
    const other = await t.app.inject({ method: 'POST', url: `${FUND}/spend`, headers: lead.headers, payload: { ...payment, recipient: 'derby' } });
    expect(other.statusCode).toBe(403);
  });

  it('returns every field at fault for the GOV.UK error summary', async () => {
    const response = await t.app.inject({ method: 'POST', url: `${FUND}/spend`, headers: lead.headers, payload: { recipient: 'blackpool', kind: '', spentOn: '2030-01-01', purpose: '', amount: 'lots' } });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { fields: { field: string; message: string }[] } }>().error.fields).toEqual([
      { field: 'kind', message: 'Select commitment or payment' },
      { field: 'spentOn', message: "The date must be within the fund's years (2017/18, 2018/19, 2019/20)" },
      { field: 'purpose', message: 'Enter what the money was for' },
      { field: 'amount', message: 'The amount must be in pounds and pence, like 1,250.50: commas only between groups of three digits, and no more than 2 decimal places' },
    ]);
  });

  it('holds a line above £10,000 until someone other than its recorder approves it', async () => {
    const large = await t.app.inject({ method: 'POST', url: `${FUND}/spend`, headers: admin.headers, payload: { ...payment, recipient: 'derby', amount: '10000.01' } });
    const line = large.json<{ id: number; status: string }>();
    expect(line.status).toBe('pending_approval');
    const self = await t.app.inject({ method: 'POST', url: `${FUND}/spend/${String(line.id)}/approve`, headers: admin.headers });
    expect(self.statusCode).toBe(409);
    expect(self.json<{ error: { message: string } }>().error.message).toBe('You recorded this line, so someone else must approve it');
    const byLead = await t.app.inject({ method: 'POST', url: `${FUND}/spend/${String(line.id)}/approve`, headers: lead.headers });
    expect(byLead.statusCode).toBe(403);
    const second = await t.app.inject({ method: 'POST', url: `${FUND}/spend/${String(line.id)}/approve`, headers: otherAdmin.headers });
    expect(second.json()).toMatchObject({ status: 'approved', approvedBy: 'second@example.gov.uk' });
    const audit = await listAudit(t.handle.db, { entityType: 'spend_line', entityId: String(line.id) });
    expect(audit.map((e) => e.action)).toEqual(['funding.spend.approve', 'funding.spend.create']);
  });

  it('shows an area lead the variance for their own area and refuses the whole fund', async () => {
    expect((await t.app.inject({ method: 'GET', url: `${FUND}/variance`, headers: lead.headers })).statusCode).toBe(403);
    const own = await t.app.inject({ method: 'GET', url: `${FUND}/variance?opportunityArea=blackpool&byPeriod=true`, headers: lead.headers });
    expect(own.statusCode).toBe(200);
    const rows = own.json<{ rows: { recipient: string; period: string; plannedPence: number; paidPence: number; flag: string | null }[] }>().rows;
    expect(rows.map((r) => [r.recipient, r.period, r.plannedPence, r.paidPence])).toEqual([
      ['blackpool', '2017/18', 200_000_000, 250_000],
      ['blackpool', '2018/19', 200_000_000, 0],
      ['blackpool', '2019/20', 200_000_000, 0],
    ]);
    const lines = await t.app.inject({ method: 'GET', url: `${FUND}/spend?opportunityArea=blackpool`, headers: lead.headers });
    expect(lines.json<{ items: { recipient: string }[] }>().items.map((l) => l.recipient)).toEqual(['blackpool']);
  });

  it('pages the list of spend lines (the download keeps every line)', async () => {
    const page = async (query: string) =>
      (await t.app.inject({ method: 'GET', url: `${FUND}/spend?${query}`, headers: admin.headers })).json<{ items: { id: number }[]; page: number; pageSize: number; total: number }>();
    const all = await page('pageSize=500');
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThanOrEqual(2);
    const first = await page('pageSize=1');
    const second = await page('pageSize=1&page=2');
    expect(first).toMatchObject({ page: 1, pageSize: 1, total: all.total });
    expect([...first.items, ...second.items].map((l) => l.id)).toEqual(all.items.slice(0, 2).map((l) => l.id));
    expect((await t.app.inject({ method: 'GET', url: `${FUND}/spend?pageSize=501`, headers: admin.headers })).statusCode).toBe(400);
    const csv = await t.app.inject({ method: 'GET', url: `${FUND}/spend?format=csv&pageSize=1`, headers: admin.headers });
    expect(csv.body.trimEnd().split('\r\n')).toHaveLength(all.total + 1);
  });

  it('downloads the variance as CSV and as an Excel workbook', async () => {
    const csv = await t.app.inject({ method: 'GET', url: `${FUND}/variance?format=csv`, headers: admin.headers });
    expect(csv.headers['content-disposition']).toBe('attachment; filename="variance-opportunity-areas-2017-2020.csv"');
    const lines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('recipient,period,planned_pence,committed_pence,paid_pence,used_pence,variance_pence,variance_gbp,flag,awaiting_approval_pence');
    expect(lines).toContain('derby,all,600000000,0,1000001,1000001,598999999,5989999.99,underspend,0');
    const xlsx = await t.app.inject({ method: 'GET', url: `${FUND}/variance?format=xlsx`, headers: admin.headers });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('recipient');
    expect(sheet?.rowCount).toBe(13);
  });
});
