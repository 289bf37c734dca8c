import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeUpn, seedCareersSchools } from '../support/careers-fixture.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

const CLUBS = 'club_id,club_name,provider,urn,postcode,district_code,start_date,end_date,days_offered,places_per_day\n';
const blackpoolClub = 'BPL-1,Sports and cooking,Blackpool Hub,141257,,,2026-07-27,2026-08-06,Mon-Thu,20\n';
const derbyClub = 'DER-1,Arts club,Derby Play,,DE1 1AA,E06000015,2026-07-27,2026-07-31,Mon Tue Wed,10\n';
const ATTENDANCE = 'upn,urn,fsm,club_id,date,attended\n';

interface Problem { row: number | null; column: string | null; reason: string }

describe.each(await testEngines())('uploading an area’s holiday files on $name', (engine) => {
  let t: TestApp;
  const as = new Map<string, SignedIn>();
  const dir = mkdtempSync(join(tmpdir(), 'oa-holiday-upload-'));
  beforeAll(async () => {
    t = await startTestApp(engine, { pseudonymKeyPath: join(dir, 'pseudonym-key'), clock: () => new Date('2026-09-01T09:00:00.000Z') });
    await seedCareersSchools(t.handle.db);
    for (const [role, scope] of [['area_lead', ['area:blackpool']], ['board_viewer', ['area:blackpool']], ['admin', []]] as const) {
      await addUser(t.handle.db, `${role}@example.gov.uk`, role, scope);
      as.set(role, await signIn(t.app, `${role}@example.gov.uk`));
    }
  });
  afterAll(async () => {
    await t.close();
  });
  const upload = (who: string, kind: 'clubs' | 'attendance', text: string, area = 'blackpool') =>
    t.app.inject({ method: 'POST', url: `/api/holiday/areas/${area}/import`, headers: as.get(who)?.headers ?? {}, payload: { kind, fileName: `C:\\exports\\${kind}.csv`, text } });
  const count = async (table: 'holiday_clubs' | 'holiday_attendance') => Number((await t.handle.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('refuses a clubs file with a club outside the area whole, naming its row', async () => {
    const response = await upload('area_lead', 'clubs', CLUBS + blackpoolClub + derbyClub);
    expect(response.statusCode).toBe(422);
    const body = response.json<{ error: { message: string }; problems: Problem[] }>();
    expect(body.error.message).toBe('clubs.csv: 1 problem; nothing was imported');
    expect(body.problems).toEqual([{ row: 3, column: 'district_code', reason: 'Club DER-1 is in district E06000015, outside Blackpool: only its own clubs can be imported here' }]);
    expect(await count('holiday_clubs')).toBe(0);
  });

  it('imports the area’s clubs, audited as the area lead’s upload; a board viewer may not', async () => {
    expect((await upload('board_viewer', 'clubs', CLUBS + blackpoolClub)).statusCode).toBe(403);
    const response = await upload('area_lead', 'clubs', CLUBS + blackpoolClub);
    expect(response.json()).toEqual({ imported: true, file: 'clubs.csv', kind: 'clubs', counts: { rows: 1, inserted: 1, updated: 0, unchanged: 0, pupilsAdded: 0 }, pastRetention: 0 });
    const audit = await t.handle.db.selectFrom('audit_log').select(['actor', 'entity_id']).where('action', '=', 'holiday.clubs.import').execute();
    expect(audit).toEqual([{ actor: 'area_lead@example.gov.uk', entity_id: 'upload:blackpool:clubs.csv' }]);
  });

  it('refuses an attendance file whole, listing each row, column and reason and quoting no UPN', async () => {
    const text = ATTENDANCE + [`${fakeUpn(1)},141257,Y,BPL-1,2026-07-27,Y`, `${fakeUpn(2).slice(0, 12)}Z,141257,N,BPL-1,2026-07-27,Y`, `${fakeUpn(3)},141257,N,BPL-1,2026-08-01,Y`, `${fakeUpn(4)},141257,N,NOPE,2026-07-27,Y`].join('\n');
    const response = await upload('area_lead', 'attendance', text);
    expect(response.statusCode).toBe(422);
    const body = response.json<{ problems: Problem[] }>();
    expect(body.problems.map((p) => [p.row, p.column])).toEqual([[3, 'upn'], [4, 'date'], [5, 'club_id']]);
    for (let n = 1; n <= 4; n += 1) expect(response.body).not.toContain(fakeUpn(n).slice(1));
    expect(await count('holiday_attendance')).toBe(0);
  });

  it('imports the attendance, audited; the same file again changes nothing; and the area’s report shows it', async () => {
    const text = ATTENDANCE + Array.from({ length: 6 }, (_, i) => `${fakeUpn(i + 1)},141257,${i < 2 ? 'Y' : 'N'},BPL-1,2026-07-27,Y`).join('\n');
    const response = await upload('area_lead', 'attendance', text);
    expect(response.json()).toEqual({ imported: true, file: 'attendance.csv', kind: 'attendance', counts: { rows: 6, inserted: 6, updated: 0, unchanged: 0, pupilsAdded: 6 }, pastRetention: 0 });
    expect((await upload('area_lead', 'attendance', text)).json<{ counts: { inserted: number; unchanged: number } }>().counts).toMatchObject({ inserted: 0, unchanged: 6 });
    const audit = await t.handle.db.selectFrom('audit_log').select(['actor', 'entity_id']).where('action', '=', 'holiday.attendance.import').execute();
    expect(audit).toEqual([{ actor: 'area_lead@example.gov.uk', entity_id: 'upload:blackpool:attendance.csv' }]);
    const report = await t.app.inject({ method: 'GET', url: '/api/holiday/areas/blackpool', headers: as.get('admin')?.headers ?? {} });
    expect(report.json<{ rows: { pupils: { value: number } }[] }>().rows[0]?.pupils).toEqual({ value: 6 });
  });

  it('refuses bookings at a club outside the area, even one the service holds', async () => {
    expect((await upload('admin', 'clubs', CLUBS + derbyClub, 'derby')).statusCode).toBe(200);
    const response = await upload('area_lead', 'attendance', ATTENDANCE + `${fakeUpn(9)},140002,Y,DER-1,2026-07-27,Y\n`);
    expect(response.json<{ problems: Problem[] }>().problems).toEqual([{ row: 2, column: 'club_id', reason: 'Club DER-1 is outside Blackpool: only bookings at its own clubs can be imported here' }]);
    const moved = await upload('area_lead', 'clubs', CLUBS + derbyClub.replace('DE1 1AA,E06000015', 'FY1 1AA,E06000009'));
    expect(moved.json<{ problems: Problem[] }>().problems[0]?.reason).toBe('Club DER-1 is held in district E06000015, outside Blackpool: only its own clubs can be changed here');
  });
});
