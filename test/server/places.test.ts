import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

const square = (lon: number, lat: number) =>
  JSON.stringify({ type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.1, lat], [lon + 0.1, lat + 0.1], [lon, lat + 0.1], [lon, lat]]] });

describe.each(await testEngines())('places API on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
    const db = t.handle.db;
    await db.insertInto('data_sources').values({ id: 201, name: 'imd', origin: 'imd.csv', loaded_at: '2026-01-03T00:00:00.000Z', row_count: 2, checksum: 'z' }).execute();
    await db.insertInto('indicators').values({ code: 'imd_score', name: 'IMD score', unit: 'score', description: 'Mean LSOA IMD score', data_source_id: 201 }).execute();
    await db.insertInto('area_indicators').values([
      { area_code: 'E06000009', indicator_code: 'imd_score', period: '2015', value: 42.653, data_source_id: 201 },
      { area_code: 'E06000015', indicator_code: 'imd_score', period: '2015', value: 26.5, data_source_id: 201 },
      { area_code: 'E07000010', indicator_code: 'imd_score', period: '2015', value: null, data_source_id: 201 },
      { area_code: 'E06000009', indicator_code: 'imd_score', period: '2010', value: 40, data_source_id: 201 },
    ]).execute();
    await db.insertInto('boundaries').values([
      { area_code: 'E06000009', vintage: '2013-2018', geojson: square(-3.05, 53.8), data_source_id: 201 },
      { area_code: 'E10000003', vintage: '2013-2018', geojson: square(0.1, 52.3), data_source_id: 201 },
    ]).execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives each indicator’s newest period alone in JSON, and every period when asked and in CSV', async () => {
    const periods = async (query: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/areas/E06000009${query}` })).json<{ indicators: { period: string; value: number | null }[] }>().indicators.map((i) => i.period);
    expect(await periods('')).toEqual(['2015']);
    expect(await periods('?periods=all')).toEqual(['2015', '2010']);
    const csv = (await t.app.inject({ method: 'GET', url: '/api/areas/E06000009?format=csv' })).body;
    expect(csv.split('\r\n').filter((line) => line.includes('imd_score'))).toHaveLength(2);
  });

  it('lists areas of a kind', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/areas?kind=region' })).json<{ items: { code: string }[] }>();
    expect(body.items.map((a) => a.code)).toContain('E12000002');
    expect(body.items).toHaveLength(7);
  });

  it('describes a district: its county, region and country, its Opportunity Area and indicators with sources', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/areas/e07000010' })).json<Record<string, unknown>>();
    expect(body).toMatchObject({
      code: 'E07000010',
      name: 'Fenland',
      ancestors: [{ code: 'E10000003' }, { code: 'E12000006' }, { code: 'E92000001' }],
      opportunityArea: { id: 'fenland-and-east-cambridgeshire' },
      indicators: [{ code: 'imd_score', period: '2015', value: null, source: { file: 'imd.csv' } }],
    });
  });

  it('gives one indicator for every district in the newest period, keeping missing values as null', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/indicators/imd_score' })).json<{ period: string; values: { areaCode: string; value: number | null }[] }>();
    expect(body.period).toBe('2015');
    expect(body.values).toEqual([
      { areaCode: 'E06000009', areaName: 'Blackpool', areaKind: 'district', value: 42.653, evidence: null },
      { areaCode: 'E06000015', areaName: 'Derby', areaKind: 'district', value: 26.5, evidence: null },
      { areaCode: 'E07000010', areaName: 'Fenland', areaKind: 'district', value: null, evidence: null },
    ]);
    const older = (await t.app.inject({ method: 'GET', url: '/api/indicators/imd_score?period=2010' })).json<{ values: unknown[] }>();
    expect(older.values).toHaveLength(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/indicators/nothing_here' })).statusCode).toBe(404);
  });

  it('serves district boundaries as a GeoJSON FeatureCollection, only of the kind asked for', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/boundaries?kind=district' });
    expect(response.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    const collection = response.json<{ type: string; features: { id: string; properties: { name: string }; geometry: { type: string } }[] }>();
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => [f.id, f.properties, f.geometry.type])).toEqual([['E06000009', { code: 'E06000009', name: 'Blackpool' }, 'Polygon']]);
  });

  it('builds the boundaries once and again after the next import, not on every request', async () => {
    const codes = async () => (await t.app.inject({ method: 'GET', url: '/api/boundaries?kind=district' })).json<{ features: { id: string }[] }>().features.map((f) => f.id);
    expect(await codes()).toEqual(['E06000009']);
    // An import writes its data source with the rows; the next request sees both.
    await t.handle.db.insertInto('data_sources').values({ id: 202, name: 'boundaries', origin: 'b.geojson', loaded_at: '2026-01-04T00:00:00.000Z', row_count: 1, checksum: 'y' }).execute();
    await t.handle.db.insertInto('boundaries').values({ area_code: 'E06000015', vintage: '2013-2018', geojson: square(-1.5, 52.9), data_source_id: 202 }).execute();
    expect(await codes()).toEqual(['E06000009', 'E06000015']);
    await t.handle.db.deleteFrom('boundaries').where('area_code', '=', 'E06000015').execute();
    await t.handle.db.deleteFrom('data_sources').where('id', '=', 202).execute();
  });

  it('serves boundaries simplified for a map, in full when asked, and as TopoJSON when asked', async () => {
    // Derby's eastern edge bends 0.7 m at one point: nothing a map could show.
    const wiggly = JSON.stringify({ type: 'Polygon', coordinates: [[[-1.5, 52.9], [-1.4, 52.9], [-1.4, 52.94], [-1.40001, 52.95], [-1.4, 52.96], [-1.4, 53.0], [-1.5, 53.0], [-1.5, 52.9]]] });
    await t.handle.db.insertInto('data_sources').values({ id: 203, name: 'boundaries', origin: 'c.geojson', loaded_at: '2026-01-05T00:00:00.000Z', row_count: 1, checksum: 'w' }).execute();
    await t.handle.db.insertInto('boundaries').values({ area_code: 'E06000015', vintage: '2013-2018', geojson: wiggly, data_source_id: 203 }).execute();
    try {
      type Collection = { features: { id: string; geometry: { coordinates: number[][][] } }[] };
      const derby = async (query: string) =>
        (await t.app.inject({ method: 'GET', url: `/api/boundaries?kind=district${query}` })).json<Collection>().features.find((f) => f.id === 'E06000015')?.geometry.coordinates[0];
      expect(await derby('&detail=full')).toEqual((JSON.parse(wiggly) as { coordinates: number[][][] }).coordinates[0]);
      const simplified = await derby('');
      expect(simplified).toEqual([[-1.5, 52.9], [-1.4, 52.9], [-1.4, 53.0], [-1.5, 53.0], [-1.5, 52.9]]);
      expect(await derby('&detail=district')).toEqual(simplified);

      const topo = await t.app.inject({ method: 'GET', url: '/api/boundaries?kind=district&format=topojson' });
      expect(topo.headers['content-type']).toBe('application/json; charset=utf-8');
      const topology = topo.json<{ type: string; transform: { scale: number[] }; objects: { boundaries: { geometries: { id: string; properties: { name: string } }[] } } }>();
      expect(topology.type).toBe('Topology');
      expect(topology.transform.scale).toEqual([0.001, 0.001]);
      expect(topology.objects.boundaries.geometries.map((g) => [g.id, g.properties.name])).toEqual([['E06000009', 'Blackpool'], ['E06000015', 'Derby']]);
      expect((await t.app.inject({ method: 'GET', url: '/api/boundaries?detail=fine' })).statusCode).toBe(400);
      // Projected for the England map: the same districts, points in the map's own units, its size in bbox.
      const projected = await t.app.inject({ method: 'GET', url: '/api/boundaries?kind=district&format=topojson-projected' });
      expect(projected.headers['content-type']).toBe('application/json; charset=utf-8');
      const map = projected.json<{ bbox: number[]; transform: { scale: number[] }; arcs: number[][][]; objects: { boundaries: { geometries: { id: string }[] } } }>();
      expect(map.objects.boundaries.geometries.map((g) => g.id)).toEqual(['E06000009', 'E06000015']);
      expect(map.transform.scale).toEqual([0.1, 0.1]);
      const [left, top, width, height] = map.bbox;
      // Blackpool is north-west of Derby: the drawing is 600 units across and, running from Blackpool's
      // coast down to Derby, taller than it is wide.
      expect([left, top, width]).toEqual([0, 0, 600]);
      expect(height).toBeGreaterThan(600);
      // Compressed once and kept, for a client that accepts it: the same body once decoded, whichever encoding.
      for (const [accept, encoding] of [['gzip, deflate, br', 'br'], ['br;q=0, gzip', 'gzip']] as const) {
        const sent = await t.app.inject({ method: 'GET', url: '/api/boundaries?kind=district&format=topojson', headers: { 'accept-encoding': accept } });
        expect(sent.headers['content-encoding'], accept).toBe(encoding);
        expect(sent.headers.vary).toContain('accept-encoding');
        expect((encoding === 'br' ? brotliDecompressSync(sent.rawPayload) : gunzipSync(sent.rawPayload)).toString()).toBe(topo.body);
      }

      // Around Blackpool: itself, and not Derby, 150 km off.
      const around = await t.app.inject({ method: 'GET', url: '/api/boundaries?kind=district&detail=district&around=E06000009' });
      expect(around.headers['content-type']).toBe('application/geo+json; charset=utf-8');
      expect(around.json<Collection>().features.map((f) => f.id)).toEqual(['E06000009']);
      expect((await t.app.inject({ method: 'GET', url: '/api/boundaries?around=E06000002' })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: '/api/boundaries?around=blackpool' })).statusCode).toBe(400);
    } finally {
      await t.handle.db.deleteFrom('boundaries').where('area_code', '=', 'E06000015').execute();
      await t.handle.db.deleteFrom('data_sources').where('id', '=', 203).execute();
    }
  });

  it('answers 404 for an unknown GSS code and 400 for a malformed one', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/areas/E06999999' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/areas/blackpool' })).statusCode).toBe(400);
  });
});

describe.each(await testEngines())('downloads of one area on $name', (engine) => {
  it('gives an area’s indicators as CSV, a missing value as an empty cell', async () => {
    const t = await startTestApp(engine);
    try {
      await t.handle.db.insertInto('data_sources').values({ id: 301, name: 'x', origin: 'x.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 1, checksum: 'c' }).execute();
      await t.handle.db.insertInto('indicators').values({ code: 'imd_score', name: 'IMD score', unit: 'score', description: 'd', data_source_id: 301 }).execute();
      await t.handle.db.insertInto('area_indicators').values({ area_code: 'E06000009', indicator_code: 'imd_score', period: '2015', value: null, data_source_id: 301 }).execute();
      const csv = await t.app.inject({ method: 'GET', url: '/api/areas/E06000009?format=csv' });
      expect(csv.headers['content-disposition']).toBe('attachment; filename="indicators-E06000009.csv"');
      expect(csv.body.replace(/^\uFEFF/, '')).toBe('area_code,area_name,indicator_code,indicator_name,unit,period,value,source_file,evidence\r\nE06000009,Blackpool,imd_score,IMD score,score,2015,,x.csv,\r\n');
    } finally {
      await t.close();
    }
  });
});
