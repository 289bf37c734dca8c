import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAttendance, type AttendanceRecord } from '../../src/storage/repositories/holiday/attendance.ts';
import { saveClubs } from '../../src/storage/repositories/holiday/clubs.ts';
import { seedCareersSchools } from '../support/careers-fixture.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

interface CellJson { value: number | null; symbol?: string }
interface HolidayReply {
  disclosureControlled: boolean;
  rows: { clubId: string; name: string; placesOffered: CellJson; placesTaken: CellJson; pupils: CellJson; fsmPupils: CellJson; fsmShare: CellJson; daysPerPupil: CellJson }[];
}

const actor = { userId: null, label: 'test' };
const options = { actor, now: '2026-09-01T00:00:00.000Z', source: 'fixture' };

describe.each(await testEngines())('holiday API on $name', (engine) => {
  let t: TestApp;
  const as = new Map<string, SignedIn>();

  beforeAll(async () => {
    t = await startTestApp(engine);
    await seedCareersSchools(t.handle.db);
    const club = { provider: 'Hub', urn: null, postcode: 'FY1 1AA', startDate: '2026-07-27', endDate: '2026-08-06', days: '1234', placesPerDay: 20 };
    await saveClubs(
      t.handle.db,
      [
        { ...club, ref: 'BPL-1', name: 'Blackpool sports', districtCode: 'E06000009', laCode: 'E06000009' },
        { ...club, ref: 'DER-1', name: 'Derby arts', districtCode: 'E06000015', laCode: 'E06000015' },
      ],
      options,
    );
    const clubIds = new Map((await t.handle.db.selectFrom('holiday_clubs').select(['id', 'club_ref']).execute()).map((c) => [c.club_ref, c.id]));
    // Blackpool: 12 pupils, 3 of them FSM, 2 days each; Derby: 6 pupils, 1 day each.
    const rows: AttendanceRecord[] = [];
    for (let p = 1; p <= 12; p++) for (const day of ['2026-07-27', '2026-07-28']) rows.push({ pseudonym: `b${String(p)}`, urn: 141257, fsm: p <= 3, clubId: clubIds.get('BPL-1') ?? 0, day, academicYear: 2025, attended: true });
    for (let p = 1; p <= 6; p++) rows.push({ pseudonym: `d${String(p)}`, urn: 140002, fsm: true, clubId: clubIds.get('DER-1') ?? 0, day: '2026-07-27', academicYear: 2025, attended: true });
    await saveAttendance(t.handle.db, rows, options);
    for (const [role, scope] of [['area_lead', ['area:blackpool']], ['admin', []], ['school', ['school:141257']]] as const) {
      await addUser(t.handle.db, `${role}@example.gov.uk`, role, scope);
      as.set(role, await signIn(t.app, `${role}@example.gov.uk`));
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: as.get(who)?.headers ?? {} });

  it('gives the national team every figure for the area’s clubs only', async () => {
    const response = await get('admin', '/api/holiday/areas/blackpool');
    expect(response.statusCode).toBe(200);
    const body = response.json<HolidayReply>();
    expect(body.disclosureControlled).toBe(false);
    expect(body.rows).toEqual([
      expect.objectContaining({ clubId: 'BPL-1', name: 'Blackpool sports', placesOffered: { value: 160 }, placesTaken: { value: 24 }, pupils: { value: 12 }, fsmPupils: { value: 3 }, fsmShare: { value: 0.25 }, daysPerPupil: { value: 2 } }),
    ]);
  });

  it('gives an area lead the figures through disclosure control: 3 FSM pupils and their share are hidden', async () => {
    const body = (await get('area_lead', '/api/holiday/areas/blackpool')).json<HolidayReply>();
    expect(body.disclosureControlled).toBe(true);
    expect(body.rows[0]).toMatchObject({ placesOffered: { value: 160 }, fsmPupils: { value: null, symbol: 'c' }, fsmShare: { value: null, symbol: 'c' } });
    expect(JSON.stringify(body)).not.toContain('"value":3}');
  });

  it('sends the same rows as CSV, and 404 for an area that does not exist', async () => {
    const csv = await get('admin', '/api/holiday/areas/blackpool?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[1]).toBe('BPL-1,Blackpool sports,160,24,0.15,24,12,3,0.25,2');
    expect((await get('admin', '/api/holiday/areas/nowhere')).statusCode).toBe(404);
  });

  interface SchoolReply {
    school: { urn: number; name: string; areaId: string | null };
    disclosureControlled: boolean;
    clubsCounted: string;
    total: Record<string, CellJson>;
    rows: { clubId: string; name: string; pupils: CellJson; fsmPupils: CellJson; placesOffered: CellJson }[];
  }

  it('gives a school user every figure for its own pupils: its row and each club they went to', async () => {
    const response = await get('school', '/api/holiday/schools/141257');
    expect(response.statusCode).toBe(200);
    const body = response.json<SchoolReply>();
    expect(body).toMatchObject({ school: { urn: 141257, areaId: 'blackpool' }, disclosureControlled: false, clubsCounted: 'all' });
    expect(body.total).toMatchObject({ pupils: { value: 12 }, fsmPupils: { value: 3 }, placesTaken: { value: 24 }, placesOffered: { value: null, symbol: 'z' } });
    expect(body.rows).toEqual([expect.objectContaining({ clubId: 'BPL-1', name: 'Blackpool sports', pupils: { value: 12 }, fsmPupils: { value: 3 }, placesOffered: { value: null, symbol: 'z' } })]);
  });

  it('refuses a school user another school’s figures', async () => {
    expect((await get('school', '/api/holiday/schools/140002')).statusCode).toBe(403);
  });

  it('gives an area lead only the school’s row, cut from the area’s protection: the 3 FSM pupils hidden as in the area’s table', async () => {
    const body = (await get('area_lead', '/api/holiday/schools/141257')).json<SchoolReply>();
    expect(body).toMatchObject({ disclosureControlled: true, clubsCounted: 'opportunity-area', rows: [] });
    expect(body.total.fsmPupils).toEqual({ value: null, symbol: 'c' });
    expect(JSON.stringify(body)).not.toContain('"value":3}');
  });

  it('sends the school’s rows and its total as CSV, and 404 for a URN not in the register', async () => {
    const csv = await get('admin', '/api/holiday/schools/141257?format=csv');
    expect(csv.body.split('\r\n').slice(1, 3)).toEqual(['BPL-1,Blackpool sports,z,24,z,24,12,3,0.25,2', "total,All pupils of St Mary's Catholic Academy,z,24,z,24,12,3,0.25,2"]);
    expect((await get('admin', '/api/holiday/schools/999999')).statusCode).toBe(404);
  });
});
