import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImpactReport } from '../../src/domain/impact/index.ts';
import { testEngines } from '../support/engines.ts';
import { INDICATOR, seedImpactStore, START, TREATED, TRUE_EFFECT } from '../support/impact-store.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

const url = (query: string) => `/api/impact?measure=${INDICATOR}&area=${TREATED}&from=${encodeURIComponent(START)}${query}`;

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
    const response = await t.app.inject({ method: 'GET', url: url('&placebo=30') });
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
    const [a, b] = await Promise.all([t.app.inject({ method: 'GET', url: url('&method=sc&placebo=20&seed=5') }), t.app.inject({ method: 'GET', url: url('&method=sc&placebo=20&seed=5') })]);
    expect(a.body).toBe(b.body);
    expect(a.json<{ estimates: ImpactReport[] }>().estimates.map((e) => e.method)).toEqual(['sc']);
  });

  it('takes an Opportunity Area id for its authority and the comparison by region, as the CLI names them', async () => {
    const [byId, byCode] = await Promise.all([
      t.app.inject({ method: 'GET', url: `/api/impact?measure=${INDICATOR}&area=blackpool&from=${encodeURIComponent(START)}&method=did&placebo=10&comparison=region` }),
      t.app.inject({ method: 'GET', url: url('&method=did&placebo=10&comparison=region') }),
    ]);
    expect(byId.statusCode, byId.body).toBe(200);
    expect(byId.body).toBe(byCode.body);
    const [estimate] = byId.json<{ estimates: ImpactReport[] }>().estimates;
    expect(estimate?.treated).toEqual([{ code: TREATED, name: 'Blackpool' }]);
    expect(estimate?.pool).toMatch(/^the \d+ other upper-tier authorities in North West$/);
  });

  it('refuses more than 500 placebos, an unknown measure and a start that is not a period, saying why', async () => {
    const tooMany = await t.app.inject({ method: 'GET', url: url('&placebo=501') });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json<{ error: { code: string } }>().error.code).toBe('invalid_request');
    const unknown = await t.app.inject({ method: 'GET', url: `/api/impact?measure=nope&area=${TREATED}&from=2017` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ error: { code: string } }>().error.code).toBe('unknown-measure');
    const start = await t.app.inject({ method: 'GET', url: `/api/impact?measure=${INDICATOR}&area=${TREATED}&from=2030` });
    expect(start.statusCode).toBe(400);
    expect(start.json<{ error: { message: string } }>().error.message).toMatch(/^The start 2030 is not a period of test_outcome/);
    const badArea = await t.app.inject({ method: 'GET', url: `/api/impact?measure=${INDICATOR}&area=Black%20pool&from=2017` });
    expect(badArea.statusCode).toBe(400);
    const unknownArea = await t.app.inject({ method: 'GET', url: `/api/impact?measure=${INDICATOR}&area=nowhere&from=2017` });
    expect(unknownArea.statusCode).toBe(404);
    expect(unknownArea.json<{ error: { message: string } }>().error.message).toMatch(/^"nowhere" is neither a GSS code nor an Opportunity Area/);
    const badComparison = await t.app.inject({ method: 'GET', url: url('&comparison=twins') });
    expect(badComparison.statusCode).toBe(400);
    expect(badComparison.body).toContain('The comparison must be all, neighbours, neighbours:K');
  });
});
