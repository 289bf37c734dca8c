import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeUpn, seedCareersSchools } from '../support/careers-fixture.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

const HEADER = 'upn,urn,year_group,fsm,pupil_premium,route,subject,session_date,hours,group_size,provider';
const row = (n: number, urn: number, over: { hours?: string; route?: string } = {}) =>
  `${fakeUpn(n)},${String(urn)},9,N,${n % 2 === 0 ? 'Y' : 'N'},${over.route ?? 'tuition-partner'},Mathematics,2022-10-03,${over.hours ?? '10'},3,Tutor Co`;
const csv = (rows: readonly string[]) => `${HEADER}\n${rows.join('\n')}\n`;

interface Problem { row: number | null; column: string | null; reason: string }

describe.each(await testEngines())('uploading a school’s tutoring file on $name', (engine) => {
  let t: TestApp;
  const as = new Map<string, SignedIn>();
  const dir = mkdtempSync(join(tmpdir(), 'oa-catch-up-upload-'));
  beforeAll(async () => {
    t = await startTestApp(engine, { pseudonymKeyPath: join(dir, 'pseudonym-key'), clock: () => new Date('2023-07-15T09:00:00.000Z') });
    await seedCareersSchools(t.handle.db);
    for (const [role, scope] of [['school', ['school:141257']], ['area_lead', ['area:blackpool']], ['admin', []]] as const) {
      await addUser(t.handle.db, `${role}@example.gov.uk`, role, scope);
      as.set(role, await signIn(t.app, `${role}@example.gov.uk`));
    }
  });
  afterAll(async () => {
    await t.close();
  });
  const upload = (who: string, urn: number, text: string) =>
    t.app.inject({ method: 'POST', url: `/api/catch-up/schools/${String(urn)}/import`, headers: as.get(who)?.headers ?? {}, payload: { fileName: 'C:\\exports\\tutoring.csv', text } });
  const sessionsHeld = async () => Number((await t.handle.db.selectFrom('catch_up_sessions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('refuses a file with another school’s rows whole, naming each row and column, quoting no cell, writing nothing', async () => {
    const response = await upload('school', 141257, csv([row(1, 141257), row(2, 140001), row(3, 141257, { hours: '10.25' }), row(4, 140002)]));
    expect(response.statusCode).toBe(422);
    const body = response.json<{ error: { code: string; message: string }; file: string; problems: Problem[]; more: number }>();
    expect(body.error).toEqual({ code: 'file_refused', message: 'tutoring.csv: 3 problems; nothing was imported' });
    expect(body.file).toBe('tutoring.csv');
    expect(body.more).toBe(0);
    expect(body.problems.map((p) => [p.row, p.column])).toEqual([[3, 'urn'], [4, 'hours'], [5, 'urn']]);
    expect(body.problems[0]?.reason).toContain('This file is for the school with URN 141257');
    for (const problem of body.problems) expect(Object.keys(problem).sort()).toEqual(['column', 'reason', 'row']);
    for (let n = 1; n <= 4; n += 1) expect(response.body).not.toContain(fakeUpn(n));
    expect(await sessionsHeld()).toBe(0);
  });

  it('never quotes a UPN back, even one in the wrong column', async () => {
    const response = await upload('school', 141257, csv([`${fakeUpn(7)},141257,9,N,N,tuition-partner,${fakeUpn(8)},2022-10-03,10,3,${fakeUpn(9)}`, `${fakeUpn(5).slice(0, 12)}X,${fakeUpn(6)},9,N,N,x,Maths,2022-10-03,10,3,`]));
    expect(response.statusCode).toBe(422);
    for (const n of [5, 6, 7, 8, 9]) expect(response.body).not.toContain(fakeUpn(n).slice(1));
    expect(await sessionsHeld()).toBe(0);
  });

  it('imports a school user’s own school’s file, audits it as theirs, and the same file again changes nothing', async () => {
    const text = csv([row(1, 141257), row(2, 141257), row(3, 141257, { route: 'school-led' })]);
    const response = await upload('school', 141257, text);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ imported: true, file: 'tutoring.csv', counts: { rows: 3, inserted: 3, updated: 0, unchanged: 0, deleted: 0, pupilsAdded: 3 }, pastRetention: 0 });
    for (let n = 1; n <= 3; n += 1) expect(response.body).not.toContain(fakeUpn(n));
    expect(await sessionsHeld()).toBe(3);
    const audit = await t.handle.db.selectFrom('audit_log').select(['actor', 'entity_id']).where('action', '=', 'catch-up.import').execute();
    expect(audit).toEqual([{ actor: 'school@example.gov.uk', entity_id: 'upload:141257:tutoring.csv' }]);
    const again = await upload('school', 141257, text);
    expect(again.json<{ counts: { unchanged: number; inserted: number } }>().counts).toMatchObject({ inserted: 0, unchanged: 3 });
    const report = await t.app.inject({ method: 'GET', url: '/api/catch-up/schools/141257?by=route', headers: as.get('school')?.headers ?? {} });
    expect(report.json<{ total: { pupilsTutored: { value: number }; hours: { value: number } } }>().total).toMatchObject({ pupilsTutored: { value: 3 }, hours: { value: 30 } });
  });

  it('lets the national team import any school, and refuses another school’s page, an area lead and a request without the CSRF token', async () => {
    expect((await upload('admin', 140002, csv([row(20, 140002)]))).statusCode).toBe(200);
    const other = await upload('school', 140001, csv([row(21, 140001)]));
    expect(other.statusCode).toBe(403);
    expect((await upload('area_lead', 140001, csv([row(22, 140001)]))).statusCode).toBe(403);
    const forged = await t.app.inject({ method: 'POST', url: '/api/catch-up/schools/141257/import', headers: { cookie: as.get('school')?.cookie ?? '' }, payload: { fileName: 'x.csv', text: csv([row(23, 141257)]) } });
    expect(forged.statusCode).toBe(403);
    expect(forged.json<{ error: { code: string } }>().error.code).toBe('csrf_token_invalid');
    expect(await sessionsHeld()).toBe(4);
  });

  it('lists the first 100 problems of a file with many and counts the rest', async () => {
    const response = await upload('school', 141257, csv(Array.from({ length: 150 }, (_, i) => row(100 + i, 141257, { hours: '0.3' }))));
    const body = response.json<{ error: { message: string }; problems: Problem[]; more: number }>();
    expect([response.statusCode, body.problems.length, body.more]).toEqual([422, 100, 50]);
    expect(body.error.message).toBe('tutoring.csv: 150 problems; nothing was imported');
    expect(body.problems[99]).toMatchObject({ row: 101, column: 'hours' });
  });

  it('imports a census-shaped return for the current academic year, refusing another school’s pupil in it', async () => {
    const census = (rows: string[]) => t.app.inject({
      method: 'POST', url: '/api/catch-up/schools/141257/import', headers: as.get('school')?.headers ?? {},
      payload: { fileName: 'census.csv', census: true, text: `upn,urn,year_group,fsm,pupil_premium,tutored,hours\n${rows.join('\n')}\n` },
    });
    const pupils = [`${fakeUpn(30)},141257,9,Y,Y,Y,12`, `${fakeUpn(31)},141257,9,N,N,N,0`];
    const refused = await census([...pupils, `${fakeUpn(32)},140001,9,N,N,N,0`]);
    expect(refused.json<{ problems: Problem[] }>().problems.map((p) => [p.row, p.column])).toEqual([[4, 'urn']]);
    const imported = await census(pupils);
    expect(imported.statusCode).toBe(200);
    expect(imported.json<{ counts: { rows: number; inserted: number } }>().counts).toMatchObject({ rows: 2, inserted: 2 });
    const held = await t.handle.db.selectFrom('catch_up_census').select(['urn', 'academic_year']).execute();
    expect(held).toEqual([{ urn: 141257, academic_year: 2022 }, { urn: 141257, academic_year: 2022 }]);
  });

  it('refuses a body over the limit with 413 before reading it', async () => {
    const response = await upload('school', 141257, 'x'.repeat(4 * 1024 * 1024 + 1));
    expect(response.statusCode).toBe(413);
  });
});
