import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

interface ErrorBody {
  error: { code: string; fields?: { field: string; message: string }[] };
}

describe.each(await testEngines())('recording a board chair on $name', (engine) => {
  let t: TestApp;
  let lead: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(engine);
    await addUser(t.handle.db, 'lead@example.gov.uk', 'area_lead', ['area:hastings']);
    lead = await signIn(t.app, 'lead@example.gov.uk');
  });
  afterAll(async () => {
    await t.close();
  });

  const put = (payload: unknown) => t.app.inject({ method: 'PUT', url: '/api/opportunity-areas/hastings/board', headers: lead.headers, payload: payload as Record<string, unknown> });

  it('names each missing or impossible field with a message a person can act on', async () => {
    const response = await put({ chairNamedOn: '2017-02-30', sourceNote: ' ' });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.fields).toEqual([
      { field: 'chair', message: 'Enter the chair’s name' },
      { field: 'chairNamedOn', message: 'Enter the date the chair was named, like 2017-07-14, or 2017-07 if you only know the month' },
      { field: 'sourceNote', message: 'Say where this comes from, such as the board’s minutes or a press release' },
    ]);
  });

  it('saves a chair, says nothing changed when the same is saved again, and audits only the change', async () => {
    const board = { chair: 'Jo Bloggs', chairNamedOn: '2017-09-01', sourceNote: 'Hastings OA board minutes' };
    expect((await put(board)).json()).toEqual({ changed: true });
    expect((await put(board)).json()).toEqual({ changed: false });
    expect((await put({ ...board, chair: 'Jo Bloggs CBE' })).json()).toEqual({ changed: true });
    const entries = await t.handle.db.selectFrom('audit_log').select(['action', 'summary']).where('entity_type', '=', 'partnership_board').orderBy('id').execute();
    expect(entries.map((e) => e.action)).toEqual(['board.create', 'board.update']);
    expect(JSON.parse(entries[1]?.summary ?? '{}')).toEqual({ chair: { before: 'Jo Bloggs', after: 'Jo Bloggs CBE' } });
  });

  it('answers 404 for an area that does not exist, for someone allowed to write it', async () => {
    const admin = (await addUser(t.handle.db, 'admin@example.gov.uk', 'admin'), await signIn(t.app, 'admin@example.gov.uk'));
    const response = await t.app.inject({ method: 'PUT', url: '/api/opportunity-areas/atlantis/board', headers: admin.headers, payload: { chair: 'A', chairNamedOn: '2020-01', sourceNote: 'B' } });
    expect(response.statusCode).toBe(404);
  });
});
