import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImpactReport } from '../../src/domain/impact/index.ts';
import { testEngines } from '../support/engines.ts';
import { INDICATOR, seedImpactStore, START, TREATED, TRUE_EFFECT } from '../support/impact-store.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

const url = (query: string) => `/api/impact?measure=${INDICATOR}&area=${TREATED}&start=${encodeURIComponent(START)}${query}`;

describe.each(await testEngines())('GET /api/impact on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
    await seedImpactStore(t.handle.db);
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives the three estimates with their intervals, donors by name and what was left out, to anyone', async () => {
    const response = await t.app.inject({ method: 'GET', url: url('&placebos=30') });
    expect(response.statusCode, response.body).toBe(200);
    const { estimates } = response.json<{ estimates: ImpactReport[] }>();
    expect(estimates.map((e) => e.method)).toEqual(['sdid', 'sc', 'did']);
    for (const e of estimates) {
      expect(e.estimate).toBeCloseTo(TRUE_EFFECT, 6);
      expect(e.placebos).toBe(30);
      expect(e.treated).toEqual([{ code: TREATED, name: 'Blackpool' }]);
      expect(e.dropped).toContainEqual({ kind: 'period', period: '2015/16', reason: 'No value for the treated area E06000009' });
      expect(e.donors[0]?.name).toMatch(/^Authority \d{3}$/);
    }
  });

  it('gives the same answer for the same seed, and one estimator when asked', async () => {
    const [a, b] = await Promise.all([t.app.inject({ method: 'GET', url: url('&estimator=sc&placebos=20&seed=5') }), t.app.inject({ method: 'GET', url: url('&estimator=sc&placebos=20&seed=5') })]);
    expect(a.body).toBe(b.body);
    expect(a.json<{ estimates: ImpactReport[] }>().estimates.map((e) => e.method)).toEqual(['sc']);
  });

  it('refuses more than 500 placebos, an unknown measure and a start that is not a period, saying why', async () => {
    const tooMany = await t.app.inject({ method: 'GET', url: url('&placebos=501') });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json<{ error: { code: string } }>().error.code).toBe('invalid_request');
    const unknown = await t.app.inject({ method: 'GET', url: `/api/impact?measure=nope&area=${TREATED}&start=2017` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ error: { code: string } }>().error.code).toBe('unknown-measure');
    const start = await t.app.inject({ method: 'GET', url: `/api/impact?measure=${INDICATOR}&area=${TREATED}&start=2030` });
    expect(start.statusCode).toBe(400);
    expect(start.json<{ error: { message: string } }>().error.message).toMatch(/^The start 2030 is not a period of test_outcome/);
    const badArea = await t.app.inject({ method: 'GET', url: `/api/impact?measure=${INDICATOR}&area=Blackpool&start=2017` });
    expect(badArea.statusCode).toBe(400);
  });
});
