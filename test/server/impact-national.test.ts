import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImpactReport } from '../../src/domain/impact/index.ts';
import { testEngines } from '../support/engines.ts';
import { INDICATOR, seedImpactStore, START, TRUE_EFFECT } from '../support/impact-store.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

interface NationalReply {
  measure: { code: string };
  done: number;
  total: number;
  complete: boolean;
  areas: { id: string; name: string; status: string; estimate: { estimate: number; ci95: [number, number] | null; warnings: string[]; pre_periods: string[] } | null; problem: { code: string; message: string } | null }[];
}

const url = (query = '') => `/api/impact/national?measure=${INDICATOR}&from=${encodeURIComponent(START)}&placebo=20${query}`;

describe.each(await testEngines())('GET /api/impact/national on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
    await seedImpactStore(t.handle.db);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers at once with the areas still being worked out, then each as it is estimated or refused, until all are', async () => {
    const first = await t.app.inject({ method: 'GET', url: url() });
    expect(first.statusCode, first.body).toBe(200);
    const start = first.json<NationalReply>();
    // The demo's twelve and the test's second Opportunity Area, A–Z; nothing is ready on the first request.
    expect(start.total).toBe(13);
    expect(start.areas.map((a) => a.name)).toEqual([...start.areas.map((a) => a.name)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(start).toMatchObject({ done: 0, complete: false });
    expect(start.areas.every((a) => a.status === 'working' && a.estimate === null)).toBe(true);

    let body = start;
    for (let i = 0; i < 400 && !body.complete; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      body = (await t.app.inject({ method: 'GET', url: url() })).json<NationalReply>();
    }
    expect(body.complete).toBe(true);
    expect(body.done).toBe(13);
    const blackpool = body.areas.find((a) => a.id === 'blackpool');
    expect(blackpool?.status).toBe('ready');
    expect(blackpool?.estimate?.estimate).toBeCloseTo(TRUE_EFFECT, 6);
    expect(blackpool?.estimate?.pre_periods.length).toBeGreaterThan(3);
    // The test's second Opportunity Area has values too; the demo's others have none for the test measure, so each is refused with why.
    expect(body.areas.find((a) => a.id === 'elsewhere')?.status).toBe('ready');
    const refused = body.areas.filter((a) => a.id !== 'blackpool' && a.id !== 'elsewhere');
    expect(refused).toHaveLength(11);
    for (const a of refused) {
      expect(a, a.id).toMatchObject({ status: 'refused', estimate: null });
      expect(a.problem?.message, a.id).toMatch(/.+/);
    }
  }, 60_000);

  it('serves an area page the estimate the national view worked out, and the next visit at once', async () => {
    const national = (await t.app.inject({ method: 'GET', url: url() })).json<NationalReply>();
    expect(national.complete).toBe(true);
    const area = await t.app.inject({ method: 'GET', url: `/api/impact?measure=${INDICATOR}&area=blackpool&from=${encodeURIComponent(START)}&method=sdid&placebo=20` });
    const [estimate] = area.json<{ estimates: ImpactReport[] }>().estimates;
    expect(estimate?.estimate).toBe(national.areas.find((a) => a.id === 'blackpool')?.estimate?.estimate);
  });

  it('refuses an unknown measure at once', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/impact/national?measure=nope' });
    expect(response.statusCode).toBe(404);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('unknown-measure');
  });
});
