import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

interface SchoolList {
  items: { urn: number; name: string; opportunityArea: { id: string } | null; pupils: number | null; pctFsmEver6: number | null }[];
  total: number;
}

const school = (urn: number, name: string, district: string | null, la: string, extra: Record<string, unknown> = {}) => ({
  urn, la_code_old: la, estab: '4000', name, street: null, locality: null, town: 'Town', postcode: 'FY1 1AA', status: 'open',
  open_date: null, close_date: null, minor_group: 'Academy', school_type: 'Academy converter', phase: 'secondary', age_low: 11,
  age_high: 16, gender: 'Mixed', religious_character: null, admissions_policy: null, easting: 331000, northing: 436000,
  lat: 53.81, lon: -3.05, district_code: district, education_la_code: district, data_source_id: 101, ...extra,
});

describe.each(await testEngines())('schools API on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
    const db = t.handle.db;
    await db.insertInto('data_sources').values({ id: 101, name: 'spine', origin: 'spine.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 3, checksum: 'x' }).execute();
    await db.insertInto('data_sources').values({ id: 102, name: 'census', origin: 'census.csv', loaded_at: '2026-01-02T00:00:00.000Z', row_count: 3, checksum: 'y' }).execute();
    await db.insertInto('schools').values([
      school(141257, "St Mary's Catholic Academy", 'E06000009', '890'),
      school(138443, 'Wyndham Primary Academy', 'E06000015', '831', { phase: 'primary', postcode: 'DE24 0DG' }),
      school(100000, '100% Test_School', null, '201', { status: 'closed', postcode: 'EC3A 5DE' }),
    ]).execute();
    await db.insertInto('school_census').values([
      { urn: 141257, period: '2018/19', pupils: 1000, fsm: 250, fsm_ever6: 400, pct_fsm_ever6: 40, eal: null, pct_eal: null, sen_support: 10, pct_sen_support: 1, ehcp: 2, pct_ehcp: 0.2, markers: '{"eal":"NA","pct_eal":"NA"}', data_source_id: 102 },
    ]).execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds schools by words in their name, with their Opportunity Area and census figures', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/schools?q=mary%20catholic' })).json<SchoolList>();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ urn: 141257, opportunityArea: { id: 'blackpool' }, pupils: 1000, pctFsmEver6: 40 });
  });

  it('says on every row where its register details and census figures came from, and which figures were withheld', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/schools?q=academy' })).json<{ items: { urn: number; source: unknown; censusSource: unknown; censusMarkers: unknown }[] }>();
    expect(body.items.map((s) => [s.urn, s.source, s.censusSource, s.censusMarkers])).toEqual([
      [141257, { file: 'spine.csv', loadedAt: '2026-01-01T00:00:00.000Z' }, { file: 'census.csv', loadedAt: '2026-01-02T00:00:00.000Z' }, { eal: 'NA', pct_eal: 'NA' }],
      [138443, { file: 'spine.csv', loadedAt: '2026-01-01T00:00:00.000Z' }, null, {}],
    ]);
    const csv = (await t.app.inject({ method: 'GET', url: '/api/schools?q=mary&format=csv' })).body;
    expect(csv.split('\r\n')[0]).toContain('census_markers,register_source_file,register_loaded_at,census_source_file,census_loaded_at');
    expect(csv).toContain('eal=NA;pct_eal=NA,spine.csv,2026-01-01T00:00:00.000Z,census.csv,2026-01-02T00:00:00.000Z');
  });

  it('treats % and _ in a search as letters, not wildcards', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/schools?q=100%25' })).json<SchoolList>().total).toBe(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/schools?q=_' })).json<SchoolList>().items.map((s) => s.urn)).toEqual([100000]);
  });

  it('filters by Opportunity Area, LA number, postcode start, phase and status, and pages', async () => {
    const get = async (query: string) => (await t.app.inject({ method: 'GET', url: `/api/schools?${query}` })).json<SchoolList>().items.map((s) => s.urn);
    expect(await get('opportunityArea=derby')).toEqual([138443]);
    expect(await get('la=890')).toEqual([141257]);
    expect(await get('postcode=de24')).toEqual([138443]);
    expect(await get('phase=primary')).toEqual([138443]);
    expect(await get('status=closed')).toEqual([100000]);
    const page = (await t.app.inject({ method: 'GET', url: '/api/schools?pageSize=2&page=2' })).json<SchoolList & { page: number }>();
    expect(page).toMatchObject({ total: 3, page: 2 });
    expect(page.items).toHaveLength(1);
  });

  it('gives a profile with places, census figures, withheld codes and sources', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/schools/141257' });
    expect(response.statusCode).toBe(200);
    const body = response.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      name: "St Mary's Catholic Academy",
      district: { code: 'E06000009', name: 'Blackpool' },
      region: { code: 'E12000002', name: 'North West' },
      opportunityArea: { id: 'blackpool', name: 'Blackpool' },
      census: [{ period: '2018/19', pupils: 1000, fsm: 250, pctFsm: 25, pctEal: null, markers: { pct_eal: 'NA' }, source: { file: 'census.csv' } }],
      source: { file: 'spine.csv', loadedAt: '2026-01-01T00:00:00.000Z' },
    });
  });

  it('downloads a profile table as CSV, with the publisher’s code where a figure was withheld', async () => {
    const csv = await t.app.inject({ method: 'GET', url: '/api/schools/141257?format=csv&table=census' });
    expect(csv.headers['content-disposition']).toBe('attachment; filename="school-141257-census.csv"');
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'urn,period,pupils,fsm,fsm_ever6,pct_fsm_ever6,eal,pct_eal,sen_support,pct_sen_support,ehcp,pct_ehcp,source_file',
      '141257,2018/19,1000,250,400,40,NA,NA,10,1,2,0.2,census.csv',
      '',
    ]);
    expect((await t.app.inject({ method: 'GET', url: '/api/schools/141257?format=csv&table=ks9' })).statusCode).toBe(400);
  });

  it('answers 404 for an unknown URN and 400 for a malformed one', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/schools/999999' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/schools/12345' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/schools?la=Blackpool' })).statusCode).toBe(400);
  });

  it('downloads the whole search as CSV', async () => {
    const csv = await t.app.inject({ method: 'GET', url: '/api/schools?format=csv&pageSize=1' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n')).toHaveLength(4);
  });
});
