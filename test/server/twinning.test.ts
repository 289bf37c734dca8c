import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTwinsFixture } from '../cli/twins-fixture.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

// The shipped proxy recipe's five indicators, each equal to the district's FSM share in the fixture, so every
// z-score of a district is the same and the distance is |Δ share| ÷ sd (the weights sum to 1).
const CODES = ['ks2_pct_rwm_expected', 'ks4_attainment8', 'ks4_disadvantaged_pct_sustained', 'imd2015_mean_lsoa_score', 'idaci2019_rate_approx'];
const SHARES: Record<string, number> = { E06000009: 40, E08000004: 37, E06000015: 20, E08000001: 38, E06000018: 22, E07000117: 30, E07000122: 10 };
const values = Object.values(SHARES);
const mean = values.reduce((s, x) => s + x, 0) / values.length;
const SD = Math.sqrt(values.reduce((s, x) => s + (x - mean) ** 2, 0) / values.length);

describe.each(await testEngines())('twinning API on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
    const db = t.handle.db;
    await loadTwinsFixture(db);
    await db.insertInto('indicators').values(CODES.map((code) => ({ code, name: `Indicator ${code}`, unit: 'x', description: 'd', data_source_id: 951 }))).execute();
    await db.insertInto('area_indicators').values(
      Object.entries(SHARES).flatMap(([area, share]) => CODES.map((code) => ({ area_code: area, indicator_code: code, period: '2019', value: share, data_source_id: 951 }))),
    ).execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives an area’s neighbours nearest first, each explained to the distance shown', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/twins/areas/e06000009?k=2' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ area: { name: string }; neighbours: { code: string; distance: number; reciprocal: boolean; contributions: { part: number; share: number; areaValue: number }[] }[] }>();
    expect(body.area.name).toBe('Blackpool');
    expect(body.neighbours.map((n) => n.code)).toEqual(['E08000001', 'E08000004']);
    expect(body.neighbours[0]?.distance).toBeCloseTo(2 / SD, 4);
    for (const n of body.neighbours) {
      expect(n.contributions.reduce((s, c) => s + Math.round(c.part * 10_000), 0)).toBe(Math.round(n.distance * 10_000));
      expect(n.contributions[0]?.areaValue).toBe(40);
    }
    const regional = await t.app.inject({ method: 'GET', url: '/api/twins/areas/E06000015?k=3&sameRegion=true' });
    expect(regional.json<{ neighbours: { code: string }[] }>().neighbours.map((n) => n.code)).toEqual(['E06000018']);
    const noOas = await t.app.inject({ method: 'GET', url: '/api/twins/areas/E06000009?k=2&excludeOpportunityAreas=true' });
    expect(noOas.json<{ neighbours: { code: string }[] }>().neighbours.map((n) => n.code)).toEqual(['E08000001', 'E07000117']);
  });

  it('downloads the neighbours as CSV and as an Excel workbook with the same rows', async () => {
    const csv = await t.app.inject({ method: 'GET', url: '/api/twins/areas/E06000009?k=2&format=csv' });
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]?.startsWith('area_code,area_name,rank,neighbour_code,neighbour_name,distance,band,reciprocal,ks2_pct_rwm_expected_part,')).toBe(true);
    expect(lines).toHaveLength(3);
    const xlsx = await t.app.inject({ method: 'GET', url: '/api/twins/areas/E06000009?k=2&format=xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(3);
    expect(sheet?.getRow(2).getCell(4).value).toBe('E08000001');
  });

  it('answers 404 for an unknown area or recipe and 400 for a recipe that cannot run', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/twins/areas/E06000099' })).statusCode).toBe(404);
    const noValues = await t.app.inject({ method: 'GET', url: '/api/twins/areas/E07000191' });
    expect(noValues.statusCode).toBe(404);
    expect(noValues.json<{ error: { message: string } }>().error.message).toBe('West Somerset has no neighbours with this recipe: no value for any of these indicators');
    expect((await t.app.inject({ method: 'GET', url: '/api/twins/areas/E06000009?recipe=nope' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/twins/areas/E06000009?recipe=smc-2016' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/twins/areas/E06000009?k=0' })).statusCode).toBe(400);
  });

  it('gives a school’s similar schools with results and its quartile among them, and a CSV', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/schools/900001/similar?count=3' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ similar: { urn: number }[]; position: { ks2_pct_rwm_expected: unknown } }>();
    expect(body.similar.map((s) => s.urn)).toEqual([900004, 900002, 900006]);
    expect(body.position.ks2_pct_rwm_expected).toEqual({ rank: 3, of: 4, quartile: 3 });
    const csv = await t.app.inject({ method: 'GET', url: '/api/schools/900001/similar?count=3&format=csv' });
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[1]).toMatch(/^1,900004,School 900004,E08000001,100,38,10,0.0422,yes,60,,$/);
    expect((await t.app.inject({ method: 'GET', url: '/api/schools/123456/similar' })).statusCode).toBe(404);
  });
});
