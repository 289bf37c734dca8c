import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveTutoringSessions, type SessionRow } from '../../src/storage/repositories/catch-up/tutoring-ledger.ts';
import { setTutoringTarget } from '../../src/storage/repositories/catch-up/tutoring-targets.ts';
import { seedCareersSchools } from '../support/careers-fixture.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

interface CellJson { value: number | null; symbol?: string }
interface TutoringReply {
  academicYear: number | null;
  years: number[];
  disclosureControlled: boolean;
  rows: { key: string; name: string; pupilsTutored: CellJson; hours: CellJson; courses: CellJson; tuteesDisadvantagedShare: CellJson }[];
  total: { pupilsTutored: CellJson; hours: CellJson; courses: CellJson; tuteesDisadvantagedShare: CellJson };
  hoursByRoute: { academicYear: number; route: string; hours: CellJson }[];
  targets: { measure: string; target: number; actual: CellJson; status: string }[];
}

const session = (pseudonym: string, over: Partial<SessionRow> = {}): SessionRow => ({
  pseudonym, urn: 141257, academicYear: 2022, yearGroup: 9, fsm: false, pupilPremium: false, day: 20221003, route: 'tuition-partner', subject: 'Mathematics', provider: 'Tutor Co', groupSize: 3, halfHours: 20, ...over,
});

describe.each(await testEngines())('catch-up tutoring API on $name', (engine) => {
  let t: TestApp;
  const as = new Map<string, SignedIn>();
  beforeAll(async () => {
    t = await startTestApp(engine);
    await seedCareersSchools(t.handle.db);
    // St Mary's (Blackpool), 2022/23: 20 tutees (13 pupil premium), 10 h each; one also has 8 h school-led, so 18 h: two courses.
    // Blackpool Test Academy: 3 tutees (none disadvantaged), 20 h each. 2021/22: 6 tutees at St Mary's, school-led.
    const rows: SessionRow[] = [
      ...Array.from({ length: 20 }, (_, i) => session(`s${String(i)}`, { pupilPremium: i < 13 })),
      session('s0', { route: 'school-led', subject: 'English', halfHours: 16, pupilPremium: true }),
      ...Array.from({ length: 3 }, (_, i) => session(`b${String(i)}`, { urn: 140001, halfHours: 40 })),
      ...Array.from({ length: 6 }, (_, i) => session(`old${String(i)}`, { academicYear: 2021, day: 20211005, route: 'school-led' })),
    ];
    await saveTutoringSessions(t.handle.db, rows, { actor: { userId: null, label: 'test' }, now: '2023-07-01T00:00:00.000Z', source: 'fixture' });
    await setTutoringTarget(t.handle.db, { scope: { kind: 'area', key: 'blackpool' }, measure: 'disadvantaged-tutees-pct', academicYear: 2022, target: 65 }, { userId: null, label: 'test' }, '2023-07-01T00:00:00.000Z');
    for (const [role, scope] of [['school', ['school:141257']], ['area_lead', ['area:blackpool']], ['analyst', []], ['admin', []]] as const) {
      await addUser(t.handle.db, `${role}@example.gov.uk`, role, scope);
      as.set(role, await signIn(t.app, `${role}@example.gov.uk`));
    }
  });
  afterAll(async () => {
    await t.close();
  });
  const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: as.get(who)?.headers ?? {} });

  it('shows a school user their own school with every figure, by route, and hours by route in each year', async () => {
    const response = await get('school', '/api/catch-up/schools/141257?by=route');
    expect(response.statusCode).toBe(200);
    const body = response.json<TutoringReply>();
    expect(body.disclosureControlled).toBe(false);
    expect([body.academicYear, body.years]).toEqual([2022, [2021, 2022]]);
    expect(body.rows.map((r) => [r.key, r.pupilsTutored.value, r.hours.value, r.courses.value])).toEqual([['school-led', 1, 8, 1], ['tuition-partner', 20, 200, 20]]);
    // 208 hours over 20 tutees; pupil s0's 18 hours are two courses at the school.
    expect(body.total).toMatchObject({ pupilsTutored: { value: 20 }, hours: { value: 208 }, courses: { value: 21 }, tuteesDisadvantagedShare: { value: 0.65 } });
    expect(body.hoursByRoute.map((h) => [h.academicYear, h.route, h.hours.value])).toEqual([[2021, 'school-led', 60], [2022, 'school-led', 8], [2022, 'tuition-partner', 200]]);
    expect((await get('school', '/api/catch-up/schools/140001')).statusCode).toBe(403);
  });

  it('shows an area lead the area through disclosure control, with its disadvantaged share against its target', async () => {
    const body = (await get('area_lead', '/api/catch-up/areas/blackpool')).json<TutoringReply>();
    expect(body.disclosureControlled).toBe(true);
    const academy = body.rows.find((r) => r.key === '140001');
    expect(academy?.pupilsTutored).toEqual({ value: null, symbol: 'c' });
    expect(academy?.hours).toEqual({ value: null, symbol: 'c' });
    // 13 of the 23 tutees are disadvantaged: 56.5%, below the 65% target.
    expect(body.total.pupilsTutored).toEqual({ value: 23 });
    expect(body.targets).toEqual([{ measure: 'disadvantaged-tutees-pct', target: 65, actual: { value: 56.5 }, status: 'not met' }]);
    expect((await get('area_lead', '/api/catch-up/areas/derby')).statusCode).toBe(403);
  });

  it('gives the same rows as CSV, hidden figures as c', async () => {
    const response = await get('area_lead', '/api/catch-up/areas/blackpool?format=csv');
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('urn,name,pupils,pupils_tutored,hours,courses,tutees_disadvantaged_share,hours_per_tutee,tutored_share,tutored_share_gap');
    expect(lines.find((l) => l.startsWith('140001,'))).toBe('140001,Blackpool Test Academy,x,c,c,c,c,c,x,x');
  });

  it('gives the national view to the national team with every figure and to analysts through disclosure control', async () => {
    const admin = (await get('admin', '/api/catch-up/national?by=school')).json<TutoringReply>();
    expect(admin.disclosureControlled).toBe(false);
    expect(admin.rows.map((r) => [r.key, r.pupilsTutored.value])).toEqual([['140001', 3], ['141257', 20]]);
    const analyst = (await get('analyst', '/api/catch-up/national?by=school')).json<TutoringReply>();
    expect(analyst.disclosureControlled).toBe(true);
    expect(analyst.rows.find((r) => r.key === '140001')?.pupilsTutored.symbol).toBe('c');
    expect((await get('area_lead', '/api/catch-up/national')).statusCode).toBe(403);
  });
});
