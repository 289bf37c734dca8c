import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

// The proxy recipe's five indicators for three districts; the rest of England has none, so three are ranked.
const CODES = ['ks2_pct_rwm_expected', 'ks4_attainment8', 'ks4_disadvantaged_pct_sustained', 'imd2015_mean_lsoa_score', 'idaci2019_rate_approx'];
const VALUES: Record<string, number[]> = {
  E06000009: [55, 38, 80, 42, 0.3],
  E07000062: [60, 40, 84, 30, 0.25],
  E06000015: [70, 48, 90, 20, 0.15],
};

describe.each(await testEngines())('index API on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
    const db = t.handle.db;
    await db.insertInto('data_sources').values({ id: 701, name: 'f', origin: 'f.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 15, checksum: 'f' }).execute();
    await db.insertInto('indicators').values(CODES.map((code) => ({ code, name: code, unit: 'x', description: 'd', data_source_id: 701 }))).execute();
    await db.insertInto('area_indicators').values(
      Object.entries(VALUES).flatMap(([area, values]) => CODES.map((code, i) => ({ area_code: area, indicator_code: code, period: '2019', value: values[i] ?? null, data_source_id: 701 }))),
    ).execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('ranks districts with the shipped proxy recipe, with rank intervals', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/index?recipe=proxy-district-2019' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ areas: { code: string; rank: number; coldSpot: boolean; rankInterval: number[] }[]; recipe: { stages: { id: string }[] } }>();
    expect(body.recipe.stages.map((s) => s.id)).toEqual(['school', 'youth', 'working_lives']);
    // Derby is best on every indicator, Blackpool worst on every one: the order holds under any weights.
    expect(body.areas.map((a) => [a.code, a.rank, a.rankInterval])).toEqual([
      ['E06000015', 1, [1, 1]],
      ['E07000062', 2, [2, 2]],
      ['E06000009', 3, [3, 3]],
    ]);
    expect(body.areas[2]?.coldSpot).toBe(true);
  });

  it('explains a district and downloads the ranking as CSV', async () => {
    const explained = await t.app.inject({ method: 'GET', url: '/api/index/areas/E06000009?recipe=proxy-district-2019' });
    expect(explained.json<{ summary: string; rank: number }>()).toMatchObject({ rank: 3, summary: expect.stringMatching(/^Blackpool is a cold spot mainly because of / ) as unknown });
    const csv = await t.app.inject({ method: 'GET', url: '/api/index?recipe=proxy-district-2019&format=csv' });
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'code,name,stage_school,stage_youth,stage_working_lives,score,rank,band,cold_spot,hot_spot,rank_interval_low,rank_interval_high,cold_spot_probability',
    );
  });

  it('answers 404 for an unknown recipe and 400, naming the indicators, for one that cannot run yet', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/index?recipe=no-such-recipe' })).statusCode).toBe(404);
    const smc = await t.app.inject({ method: 'GET', url: '/api/index?recipe=smc-2016' });
    expect(smc.statusCode).toBe(400);
    expect(smc.json<{ error: { message: string } }>().error.message).toContain('unknown indicator "smc_ey_nursery_good_or_outstanding"');
    expect((await t.app.inject({ method: 'GET', url: '/api/index?recipe=../etc/passwd' })).statusCode).toBe(400);
  });
});
