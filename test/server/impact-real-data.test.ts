import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile, SHARED_DATA } from '../ingest/geography/support.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

const LAIT = join(SHARED_DATA, 'la-timeseries', 'lait_bds_long.parquet');
const AUTHORITIES = join(SHARED_DATA, 'lookups', 'education_la_codes.csv');
const haveLait = existsSync(LAIT) && existsSync(AUTHORITIES);
if (!haveLait) console.warn('The trend and the national view on the LAIT time series skipped: la-timeseries/lait_bds_long.parquet is not in the shared data folder.');

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
