import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../../src/storage/repositories/audit.repository.ts';
import { testEngines } from '../../support/engines.ts';
import { startTestApp, type TestApp } from '../../support/server.ts';
import { addUser, signIn } from '../../support/users.ts';

interface AuditPage {
  items: { id: number; at: string; actor: string; action: string; entityType: string; entityId: string; summary: unknown }[];
  page: number;
  limit: number;
  total: number;
  more: boolean;
}

const SYSTEM = { userId: null, label: 'cli' };
const ALICE = { userId: null, label: 'alice.smith@example.gov.uk' };

describe.each(await testEngines())('GET /api/audit filters, paging and scoping on $name', (engine) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    await addUser(t.handle.db, 'admin@example.gov.uk', 'admin');
    await addUser(t.handle.db, 'analyst@example.gov.uk', 'analyst');
    await addUser(t.handle.db, 'lead@example.gov.uk', 'area_lead', ['area:blackpool']);
    await t.handle.db.deleteFrom('audit_log').execute();
    const write = (at: string, actor: typeof SYSTEM, action: string, entityType: string, entityId: string, summary: unknown) =>
      recordAudit(t.handle.db, { actor, at, action, entityType, entityId, summary });
    await write('2016-01-05T09:00:00.000Z', SYSTEM, 'data.import', 'data_source', 'schools.csv', { kind: 'schools', inserted: 12345, updated: 0, unchanged: 0 });
    await write('2016-02-10T10:00:00.000Z', ALICE, 'board.update', 'partnership_board', 'blackpool', { chair: { before: 'Ann Lee', after: 'Bob Ray' } });
    await write('2016-02-11T10:00:00.000Z', ALICE, 'plan_actual.create', 'plan_measure', 'blackpool/KS2-RWM', { period: '2018', value: { before: null, after: 61 } });
    await write('2016-02-12T10:00:00.000Z', ALICE, 'board.create', 'partnership_board', 'blackpool-north', { chair: { before: null, after: 'Cy Dee' } });
    await write('2016-03-01T23:59:00.000Z', SYSTEM, 'careers.import', 'careers_ledger', 'file.csv', { pupils: 40, encounters: 90 });
    await write('2016-03-02T08:00:00.000Z', ALICE, 'careers.pupil.transfer', 'school', '100001', { from: 100002, to: 100001, reason: 'B801200005001 joined in year 10' });
    admin = (await signIn(t.app, 'admin@example.gov.uk')).cookie;
  });
  afterAll(async () => {
    await t.close();
  });

  const get = async (query: string, cookie = admin): Promise<{ status: number; body: AuditPage }> => {
    const response = await t.app.inject({ method: 'GET', url: `/api/audit${query}`, headers: { cookie } });
    return { status: response.statusCode, body: response.json<AuditPage>() };
  };
  const actions = (page: AuditPage): string[] => page.items.map((e) => e.action);

  it('keeps the log to the national programme team: 403 for an analyst and an area lead', async () => {
    for (const email of ['analyst@example.gov.uk', 'lead@example.gov.uk']) {
      const { cookie } = await signIn(t.app, email);
      expect((await get('', cookie)).status).toBe(403);
    }
  });

  it('filters by who (part of the email, any case), by action and by a family of actions', async () => {
    const byAlice = await get('?actor=ALICE.smith&action=board.update');
    expect(actions(byAlice.body)).toEqual(['board.update']);
    expect((await get('?actor=cli')).body.items.map((e) => e.actor)).toEqual(['cli', 'cli']);
    expect(actions((await get('?action=careers.')).body)).toEqual(['careers.pupil.transfer', 'careers.import']);
    // A % in the text is matched literally, not as a wildcard.
    expect((await get('?actor=%25')).body.total).toBe(0);
  });

  it('filters by area: the area itself and things in it, not an area whose id starts the same', async () => {
    const page = await get('?area=blackpool');
    expect(page.body.items.map((e) => e.entityId)).toEqual(['blackpool/KS2-RWM', 'blackpool']);
    expect((await get('?entityType=partnership_board&entityId=blackpool-north')).body.total).toBe(1);
  });

  it('filters by dates, a "to" date taking in the whole day', async () => {
    const page = await get('?from=2016-02-11&to=2016-03-01');
    expect(actions(page.body)).toEqual(['careers.import', 'board.create', 'plan_actual.create']);
    expect((await get('?from=2016-13-01')).status).toBe(400);
  });

  it('pages newest first with the total and whether more follow; keeps the 1,000 bound', async () => {
    const first = await get('?limit=4&to=2016-06-30');
    expect(first.body).toMatchObject({ page: 1, limit: 4, total: 6, more: true });
    expect(first.body.items).toHaveLength(4);
    const second = await get('?limit=4&page=2&to=2016-06-30');
    expect(second.body).toMatchObject({ page: 2, total: 6, more: false });
    expect(actions(second.body)).toEqual(['board.update', 'data.import']);
    expect((await get('?limit=1001')).status).toBe(400);
  });

  it('never sends a value shaped like a pupil number, in JSON or the download', async () => {
    const json = JSON.stringify((await get('?action=careers.pupil.transfer')).body);
    expect(json).not.toContain('B801200005001');
    expect(json).toContain('[UPN removed] joined in year 10');
    const csv = await t.app.inject({ method: 'GET', url: '/api/audit?action=careers.pupil.transfer&format=csv', headers: { cookie: admin } });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).not.toContain('B801200005001');
    expect(csv.body).toContain('careers.pupil.transfer');
  });
});
