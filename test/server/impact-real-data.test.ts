import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveNeighbourSet } from '../../src/storage/repositories/neighbour-sets.repository.ts';
import { importFile, SHARED_DATA } from '../ingest/geography/support.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

const LAIT = join(SHARED_DATA, 'la-timeseries', 'lait_bds_long.parquet');
const AUTHORITIES = join(SHARED_DATA, 'lookups', 'education_la_codes.csv');
const haveLait = existsSync(LAIT) && existsSync(AUTHORITIES);
if (!haveLait) console.warn('The trend and the national view on the LAIT time series skipped: la-timeseries/lait_bds_long.parquet is not in the shared data folder.');

/** Blackpool's ten upper-tier neighbours by context (oa twins save --tier upper --recipe context-upper-tier-2019 on the shared data). */
const BLACKPOOL_NEIGHBOURS = ['E06000001', 'E06000002', 'E06000010', 'E06000018', 'E06000021', 'E08000006', 'E08000011', 'E08000012', 'E08000023', 'E08000024'];

/** The mean of LAIT's published values for these LA numbers in one year, read off the file by DuckDB, the reference reader. */
async function publishedMean(laNumbers: readonly string[], year: string): Promise<{ mean: number; count: number }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const list = laNumbers.map((n) => String(Number(n))).join(', ');
    const rows = (await connection.runAndReadAll(`select avg(cast("Values" as double)) as mean, count(*)::int as count from '${LAIT}' where "Short Desc" = 'KS2RWM_Expected_STD' and "Years" = '${year}' and "Values" <> '-' and cast("LA Number" as int) in (${list})`)).getRowObjectsJson();
    return rows[0] as { mean: number; count: number };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

interface TrendReply {
  measure: { code: string; name: string; unit: string; polarity: string | null };
  region: { code: string; name: string } | null;
  england: { code: string } | null;
  start: string | null;
  points: { period: string; area: number | null; region: number | null; england: number | null; stage: string }[];
}

describe.runIf(haveLait).each(await testEngines())('the trend and the national view on the LAIT time series ($name)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
    expect((await importFile(t.handle.db, 'education-authorities', AUTHORITIES)).ok).toBe(true);
    expect((await importFile(t.handle.db, 'lait-bds', LAIT)).ok).toBe(true);
  }, 300_000);
  afterAll(async () => {
    await t.close();
  });

  it('gives every period 2016–2025 with 2020 and 2021 as gaps, the North West and England beside it, the start at 2017 and the dictionary’s unit and polarity', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/impact/trend?area=blackpool&measure=KS2RWM_Expected_STD' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<TrendReply>();
    expect(body.measure.code).toBe('lait_ks2rwm_expected_std');
    expect(body.measure.polarity).toBe('high');
    expect(body.measure.unit).toMatch(/%/);
    expect(body.region).toEqual({ code: 'E12000002', name: 'North West' });
    expect(body.england?.code).toBe('E92000001');
    expect(body.points.map((p) => p.period)).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(body.start).toBe('2017');
    for (const gap of ['2020', '2021']) expect(body.points.find((p) => p.period === gap)).toMatchObject({ area: null, region: null, england: null });
    const values = body.points.filter((p) => p.area !== null);
    expect(values).toHaveLength(8);
    for (const p of values) {
      expect(p.area).toBeGreaterThan(20);
      expect(p.area).toBeLessThan(100);
      expect(p.england).toBeGreaterThan(40);
    }
  });

  it('averages Blackpool’s ten saved neighbours as LAIT publishes their figures', async () => {
    await saveNeighbourSet(
      t.handle.db,
      { name: 'context', tier: 'upper', recipeName: 'context-upper-tier-2019', recipe: {}, options: { k: 10, excludeOpportunityAreas: false, sameRegion: false }, vintage: {}, checksum: 'x', lists: [{ areaCode: 'E06000009', neighbours: BLACKPOOL_NEIGHBOURS.map((code, i) => ({ code, distance: i + 1, band: 'close', reciprocal: false })) }] },
      '2026-01-01T00:00:00Z',
      { userId: null, label: 'test' },
    );
    const body = (await t.app.inject({ method: 'GET', url: '/api/impact/trend?area=E06000009&measure=KS2RWM_Expected_STD' })).json<{ neighbours: { code: string }[]; points: { period: string; neighbours: { mean: number | null; count: number } }[] }>();
    expect(body.neighbours.map((n) => n.code)).toEqual(BLACKPOOL_NEIGHBOURS);
    const numbers = (await t.handle.db.selectFrom('education_la_numbers').select(['la_number', 'area_code']).where('area_code', 'in', BLACKPOOL_NEIGHBOURS).execute()).map((r) => r.la_number);
    expect(numbers).toHaveLength(10);
    for (const year of ['2016', '2019', '2025']) {
      const published = await publishedMean(numbers, year);
      const point = body.points.find((p) => p.period === year)?.neighbours;
      expect(point?.count, year).toBe(published.count);
      expect(point?.mean, year).toBeCloseTo(published.mean, 9);
    }
    expect(body.points.find((p) => p.period === '2020')?.neighbours).toEqual({ mean: null, count: 0 });
  });

  it('gives all twelve Opportunity Areas’ estimates for KS2 reading, writing and maths on one page, each with the one-year-before warning', async () => {
    const url = '/api/impact/national?measure=KS2RWM_Expected_STD&from=2017&placebo=20';
    let body = (await t.app.inject({ method: 'GET', url })).json<{ complete: boolean; total: number; areas: { id: string; status: string; estimate: { warnings: string[]; ci95: [number, number] | null } | null }[] }>();
    for (let i = 0; i < 600 && !body.complete; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      body = (await t.app.inject({ method: 'GET', url })).json();
    }
    expect(body.total).toBe(12);
    expect(body.areas.map((a) => [a.id, a.status])).toEqual(body.areas.map((a) => [a.id, 'ready']));
    for (const a of body.areas) {
      expect(a.estimate?.warnings[0], a.id).toMatch(/^Only 1 period before the start \(2017\)/);
      expect(a.estimate?.ci95, a.id).not.toBeNull();
    }
  }, 120_000);
});
