import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveNeighbourSet } from '../../src/storage/repositories/neighbour-sets.repository.ts';
import { testEngines } from '../support/engines.ts';
import { CONTROLS, GAPPY, INDICATOR, seedImpactStore, TREATED } from '../support/impact-store.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

interface TrendReply {
  measure: { code: string; unit: string; polarity: string | null };
  area: { code: string; name: string };
  neighbours: { code: string }[];
  neighboursNote: string;
  region: { name: string } | null;
  england: { name: string } | null;
  start: string | null;
  points: { period: string; area: number | null; neighbours: { mean: number | null; count: number }; region: number | null; england: number | null; stage: string }[];
}

/** The first three of Blackpool's neighbours: GAPPY has no value in 2012/13, so that year's average rests on two. */
const NEIGHBOURS = [CONTROLS[0] ?? '', GAPPY, CONTROLS[2] ?? '', CONTROLS[3] ?? ''];
const url = (query: string) => `/api/impact/trend?measure=${INDICATOR}&area=${TREATED}${query}`;

describe.each(await testEngines())('GET /api/impact/trend on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
    await seedImpactStore(t.handle.db);
    const source = await t.handle.db.selectFrom('data_sources').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
    // The region and England, as LAIT keeps them: England's 2013/14 is not available.
    await t.handle.db
      .insertInto('area_indicators')
      .values([
        { area_code: 'E12000002', indicator_code: INDICATOR, period: '2013/14', value: 51.5, data_source_id: source.id },
        { area_code: 'E92000001', indicator_code: INDICATOR, period: '2013/14', value: null, data_source_id: source.id },
        { area_code: 'E92000001', indicator_code: INDICATOR, period: '2017/18', value: 60.25, data_source_id: source.id },
      ])
      .execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('without saved neighbours gives the area, its region and England every period, gaps as null, and says how to get the neighbours', async () => {
    const response = await t.app.inject({ method: 'GET', url: url('') });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<TrendReply>();
    expect(body.area).toEqual({ code: TREATED, name: 'Blackpool' });
    expect(body.measure).toMatchObject({ code: INDICATOR, unit: '%', polarity: 'high' });
    expect(body.region?.name).toBe('North West');
    expect(body.england?.name).toBe('England');
    expect(body.neighbours).toEqual([]);
    expect(body.neighboursNote).toMatch(/^no saved set of upper-tier neighbours lists Blackpool: save one with oa twins save --tier upper/);
    expect(body.points.map((p) => p.period)).toEqual(['2010/11', '2011/12', '2012/13', '2013/14', '2014/15', '2015/16', '2016/17', '2017/18', '2018/19', '2019/20']);
    expect(body.start).toBe('2017/18');
    expect(body.points.map((p) => p.stage)).toEqual(['before', 'before', 'before', 'before', 'before', 'before', 'before', 'starts', 'running', 'running']);
    const at = (period: string) => body.points.find((p) => p.period === period);
    expect(at('2015/16')?.area).toBeNull();
    expect(at('2013/14')).toMatchObject({ region: 51.5, england: null });
    expect(at('2017/18')?.england).toBe(60.25);
    expect(at('2017/18')?.area).toEqual(expect.any(Number));
  });

  it('averages the first K saved neighbours of those with a value, with their count', async () => {
    await saveNeighbourSet(
      t.handle.db,
      {
        name: 'test neighbours',
        tier: 'upper',
        recipeName: 'test',
        recipe: {},
        options: { k: 4, excludeOpportunityAreas: false, sameRegion: false },
        vintage: {},
        checksum: 'x',
        lists: [{ areaCode: TREATED, neighbours: NEIGHBOURS.map((code, i) => ({ code, distance: i + 1, band: 'close', reciprocal: false })) }],
      },
      '2026-01-01T00:00:00Z',
      { userId: null, label: 'test' },
    );
    const body = (await t.app.inject({ method: 'GET', url: url('&neighbours=3') })).json<TrendReply>();
    expect(body.neighbours.map((n) => n.code)).toEqual(NEIGHBOURS.slice(0, 3).sort());
    expect(body.neighboursNote).toMatch(/^the first 3 of Blackpool’s statistical neighbours in saved set \d+ \(test neighbours\)$/);
    const stored = await t.handle.db.selectFrom('area_indicators').select(['area_code', 'period', 'value']).where('indicator_code', '=', INDICATOR).where('area_code', 'in', NEIGHBOURS.slice(0, 3)).execute();
    const valueOf = (code: string, period: string) => stored.find((r) => r.area_code === code && r.period === period)?.value ?? null;
    const [a, gappy, c] = NEIGHBOURS;
    const p = (period: string) => body.points.find((x) => x.period === period)?.neighbours;
    expect(p('2012/13')?.count).toBe(2);
    expect(p('2012/13')?.mean).toBeCloseTo(((valueOf(a ?? '', '2012/13') ?? NaN) + (valueOf(c ?? '', '2012/13') ?? NaN)) / 2, 9);
    expect(p('2011/12')?.count).toBe(3);
    expect(p('2011/12')?.mean).toBeCloseTo(((valueOf(a ?? '', '2011/12') ?? NaN) + (valueOf(gappy ?? '', '2011/12') ?? NaN) + (valueOf(c ?? '', '2011/12') ?? NaN)) / 3, 9);
    expect(p('2015/16')).toEqual({ mean: null, count: 0 });
  });

  it('downloads the same rows as CSV, gaps as empty cells, and as an Excel workbook', async () => {
    const csv = await t.app.inject({ method: 'GET', url: url('&neighbours=3&format=csv') });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="trend-${INDICATOR}-${TREATED}.csv"`);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('measure_code,measure,unit,polarity,period,programme,area_code,area_name,area_value,neighbours_average,neighbours_with_value,neighbours,region_name,region_value,england_value');
    expect(lines).toHaveLength(11);
    expect(lines.find((l) => l.includes(',2015/16,'))).toBe(`${INDICATOR},Test outcome,%,high,2015/16,before,${TREATED},Blackpool,,,0,3,North West,,`);
    expect(lines.find((l) => l.includes(',2013/14,'))).toMatch(/,North West,51\.5,$/);
    const xlsx = await t.app.inject({ method: 'GET', url: url('&format=xlsx') });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses an unknown measure or area, and an area that is not an authority, saying why', async () => {
    const measure = await t.app.inject({ method: 'GET', url: `/api/impact/trend?measure=nope&area=${TREATED}` });
    expect(measure.statusCode).toBe(404);
    expect(measure.json<{ error: { code: string } }>().error.code).toBe('unknown-measure');
    const area = await t.app.inject({ method: 'GET', url: `/api/impact/trend?measure=${INDICATOR}&area=nowhere` });
    expect(area.statusCode).toBe(404);
    expect(area.json<{ error: { message: string } }>().error.message).toMatch(/^"nowhere" is neither a GSS code nor an Opportunity Area/);
    const region = await t.app.inject({ method: 'GET', url: `/api/impact/trend?measure=${INDICATOR}&area=E12000002` });
    expect(region.statusCode).toBe(404);
    expect(region.json<{ error: { message: string } }>().error.message).toMatch(/^E12000002 is not an upper-tier authority/);
    const bad = await t.app.inject({ method: 'GET', url: url('&neighbours=0') });
    expect(bad.statusCode).toBe(400);
  });
});
