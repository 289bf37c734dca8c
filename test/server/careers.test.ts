import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveLedger, type LedgerRow } from '../../src/storage/repositories/careers-ledger.repository.ts';
import { seedCareersSchools } from '../support/careers-fixture.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

interface CellJson { value: number | null; symbol?: string }
interface CoverageReply {
  disclosureControlled: boolean;
  rows: { key: string; label: string; pupils: CellJson; reached: CellJson; share: CellJson; fsmShare: CellJson; gap: CellJson }[];
  total: { pupils: CellJson };
  gaps: string[];
}

const row = (pseudonym: string, over: Partial<LedgerRow> = {}): LedgerRow => ({
  pseudonym, urn: 141257, yearGroup: 9, fsm: false, asAt: 2025, leavingDate: null, date: '2025-10-15', academicYear: 2025, type: 'talk', employerName: 'Acme Ltd', ...over,
});

describe.each(await testEngines())('careers API on $name', (engine) => {
  let t: TestApp;
  const as = new Map<string, SignedIn>();
  beforeAll(async () => {
    t = await startTestApp(engine);
    await seedCareersSchools(t.handle.db);
    // St Mary's: 12 year 9s (3 FSM, two of whose encounters were before year 7, so do not count) and 2 year 10s; Derby: 6 pupils.
    const rows: LedgerRow[] = [
      ...Array.from({ length: 9 }, (_, i) => row(`a${String(i)}`)),
      ...Array.from({ length: 3 }, (_, i) => row(`f${String(i)}`, { fsm: true, type: i === 0 ? 'talk' : 'mentoring', date: i === 0 ? '2025-10-15' : '2022-10-15', academicYear: i === 0 ? 2025 : 2022 })),
      ...Array.from({ length: 2 }, (_, i) => row(`t${String(i)}`, { yearGroup: 10 })),
      ...Array.from({ length: 6 }, (_, i) => row(`d${String(i)}`, { urn: 140002, employerName: 'Bolt plc' })),
    ];
    await saveLedger(t.handle.db, rows, { replace: false, actor: { userId: null, label: 'test' }, now: '2026-01-15T00:00:00.000Z', source: 'fixture', pupilsElsewhere: 'refuse' });
    await t.handle.db.insertInto('careers_advisers').values({ id: 1, name: 'Pat Adviser', employer_id: null }).execute();
    await t.handle.db.insertInto('careers_adviser_schools').values({ adviser_id: 1, urn: 141257 }).execute();
    for (const [role, scope] of [['school', ['school:141257']], ['area_lead', ['area:blackpool']], ['analyst', []], ['admin', []]] as const) {
      await addUser(t.handle.db, `${role}@example.gov.uk`, role, scope);
      as.set(role, await signIn(t.app, `${role}@example.gov.uk`));
    }
  });
  afterAll(async () => {
    await t.close();
  });
  const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: as.get(who)?.headers ?? {} });

  it('shows a school user their school by year group with every figure, and the FSM gap', async () => {
    const response = await get('school', '/api/careers/schools/141257?target=1&eachYear=true');
    expect(response.statusCode).toBe(200);
    const body = response.json<CoverageReply>();
    expect(body.disclosureControlled).toBe(false);
    // Year 9: the 9 others each have one in 2025/26 only, so none has one in each of three years; all fail "each year".
    expect(body.rows.map((r) => [r.key, r.pupils.value, r.reached.value])).toEqual([['9', 12, 0], ['10', 2, 0]]);
    const plain = (await get('school', '/api/careers/schools/141257?target=1')).json<CoverageReply>();
    expect(plain.rows[0]).toMatchObject({ label: 'Year 9', pupils: { value: 12 }, reached: { value: 10 }, share: { value: 83.3 }, fsmShare: { value: 33.3 }, gap: { value: -66.7 } });
    expect(plain.gaps).toEqual(['Year 9']);
  });

  it('shows an area lead the same school through disclosure control, and refuses a school outside their area', async () => {
    const body = (await get('area_lead', '/api/careers/schools/141257?target=1')).json<CoverageReply>();
    expect(body.disclosureControlled).toBe(true);
    expect(body.rows.find((r) => r.key === '10')?.pupils).toMatchObject({ value: null, symbol: 'c' });
    expect((await get('area_lead', '/api/careers/schools/140002')).statusCode).toBe(403);
  });

  it('gives an area page by school, disclosure-controlled for an analyst, whole for the national team', async () => {
    const analyst = (await get('analyst', '/api/careers/areas/blackpool?target=1')).json<CoverageReply>();
    expect(analyst.disclosureControlled).toBe(true);
    expect(analyst.rows.map((r) => r.key)).toEqual(['141257']);
    expect(analyst.rows[0]?.pupils).toEqual({ value: 14 });
    expect(analyst.rows[0]?.fsmShare).toMatchObject({ value: null, symbol: 'c' });
    const admin = (await get('admin', '/api/careers/areas/blackpool?target=1')).json<CoverageReply>();
    expect(admin.disclosureControlled).toBe(false);
    expect(admin.rows[0]?.fsmShare).toEqual({ value: 33.3 });
    expect(admin.gaps).toEqual(["St Mary's Catholic Academy"]);
    expect((await get('admin', '/api/careers/areas/nowhere')).statusCode).toBe(404);
  });

  it('downloads the area table as CSV and XLSX with the symbol c where a figure is hidden', async () => {
    const csv = await get('analyst', '/api/careers/areas/blackpool?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('urn,name,pupils,reached_target,share,fsm_pupils,fsm_share,other_pupils,other_share,gap');
    // Nobody reaches four: true zeros are shown, the 3 FSM pupils hidden (c), and the 11 others with them.
    expect(lines[1]).toBe("141257,St Mary's Catholic Academy,14,0,0,c,c,c,c,c");
    const xlsx = await get('analyst', '/api/careers/areas/blackpool?format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('lists every secondary school in the area with its advisers, the gaps, and each employer’s load', async () => {
    const body = (await get('area_lead', '/api/careers/areas/blackpool/advisers')).json<{ schools: { urn: number; advisers: string[] }[]; covered: number; gaps: { urn: number }[]; employers: { name: string; schools: number; encounters: number }[] }>();
    expect(body.schools.map((s) => [s.urn, s.advisers])).toEqual([[140001, []], [141257, ['Pat Adviser']]]);
    expect(body.covered).toBe(1);
    expect(body.gaps.map((g) => g.urn)).toEqual([140001]);
    expect(body.employers).toEqual([{ employerId: expect.any(Number) as number, name: 'Acme Ltd', cornerstone: false, sector: null, schools: 1, encounters: 14 }]);
    const csv = await get('area_lead', '/api/careers/areas/blackpool/advisers?format=csv&table=employers');
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[1]).toBe('Acme Ltd,no,,1,14');
  });
});

describe.each(await testEngines())('recording an encounter through the API on $name', (engine) => {
  let t: TestApp;
  let school: SignedIn;
  const dir = mkdtempSync(join(tmpdir(), 'oa-careers-api-'));
  const keyPath = join(dir, 'pseudonym-key');
  const log: string[] = [];
  const upn = 'B801200005001';
  beforeAll(async () => {
    const stream = { write: (line: string) => log.push(line) };
    t = await startTestApp(engine, { pseudonymKeyPath: keyPath, logger: { level: 'trace', stream } });
    await seedCareersSchools(t.handle.db);
    await addUser(t.handle.db, 'school@example.gov.uk', 'school', ['school:141257']);
    school = await signIn(t.app, 'school@example.gov.uk');
  });
  afterAll(async () => {
    await t.close();
  });
  const post = (payload: Record<string, unknown>, urn = 141257) => t.app.inject({ method: 'POST', url: `/api/careers/schools/${String(urn)}/encounters`, headers: school.headers, payload });
  const good = { upn: upn.toLowerCase(), yearGroup: 'Y9', fsm: true, encounterDate: '2025-10-01', encounterType: 'Workplace visit', employerName: 'Acme' };

  it('records an encounter for a school user, once, keeping only the keyed hash of the UPN', async () => {
    expect((await post(good)).json()).toEqual({ recorded: true });
    expect((await post(good)).json()).toEqual({ recorded: false });
    const key = Buffer.from(readFileSync(keyPath, 'utf8').trim(), 'hex');
    const pupils = await t.handle.db.selectFrom('careers_pupils').select(['pseudonym', 'fsm', 'encounters']).execute();
    expect(pupils).toEqual([{ pseudonym: createHmac('sha256', key).update(upn).digest('hex'), fsm: 1, encounters: 1 }]);
  });

  it('says what to change in each field, GOV.UK style, without repeating the UPN', async () => {
    const response = await post({ ...good, upn: 'A801200005001', yearGroup: '14', encounterDate: '2025-02-30', encounterType: 'lunch' });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: { fields: { field: string; message: string }[] } }>();
    expect(body.error.fields.map((f) => f.field)).toEqual(['upn', 'yearGroup', 'encounterDate', 'encounterType']);
    expect(JSON.stringify(body)).not.toContain('801200005001');
    expect((await post(good, 140001)).statusCode).toBe(403);
  });

  it('writes no UPN into the server’s logs', () => {
    expect(log.length).toBeGreaterThan(0);
    expect(log.join('').toUpperCase()).not.toContain('801200005001');
  });
});
