import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaIndicatorsImporter } from '../../src/ingest/importers/indicators/area-indicators.importer.ts';
import { runImport } from '../../src/ingest/run-import.ts';
import { buildServer } from '../../src/server/app.ts';
import { computedViews, type ComputedViews } from '../../src/server/computed-views.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { createServices } from '../../src/storage/services/create-services.ts';
import { saveBoard } from '../../src/storage/repositories/boards.repository.ts';
import { loadDemoData } from '../../src/storage/seed/load-demo-data.ts';
import { loadTwinsFixture } from '../cli/twins-fixture.ts';
import { poundsToPence } from '../../src/domain/shared/money.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';

// Issue 22, item 1: the index and twins are computed once per version of their inputs, however many ask, and
// exactly once more after an import changes them.

const CODES = ['ks2_pct_rwm_expected', 'ks4_attainment8', 'ks4_disadvantaged_pct_sustained', 'imd2015_mean_lsoa_score', 'idaci2019_rate_approx'];
// Higher is better for the first three, worse for the last two: Derby best, Blackpool worst on every one.
const BEFORE: Record<string, number[]> = {
  E06000009: [55, 38, 80, 42, 0.3],
  E08000004: [58, 39, 82, 36, 0.28],
  E08000001: [60, 40, 84, 30, 0.25],
  E06000018: [65, 44, 87, 25, 0.2],
  E06000015: [70, 48, 90, 20, 0.15],
};
// After the second file, Blackpool is best on every one.
const AFTER: Record<string, number[]> = { ...BEFORE, E06000009: [80, 50, 95, 10, 0.1] };

const AT_ONCE = 20;

function indicatorsCsv(values: Record<string, number[]>): string {
  const rows = Object.entries(values).flatMap(([area, figures]) => CODES.map((code, i) => `${area},${code},2019,${String(figures[i])}`));
  return ['area_code,indicator_code,period,value', ...rows].join('\n') + '\n';
}

describe.each(await testEngines())('computed views on $name', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let views: ComputedViews;
  let dir: string;

  async function importIndicators(values: Record<string, number[]>, name: string): Promise<void> {
    const file = join(dir, name);
    writeFileSync(file, indicatorsCsv(values));
    const outcome = await runImport(createServices(handle.db, handle.engine), areaIndicatorsImporter, file, { now: fixedClock(), actor: { userId: null, label: 'test' } });
    expect(outcome.ok).toBe(true);
  }

  const getAll = (url: string, count: number) => Promise.all(Array.from({ length: count }, () => app.inject({ method: 'GET', url })));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'oa-computed-views-'));
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadDemoData(handle.db, fixedClock());
    await loadTwinsFixture(handle.db);
    await importIndicators(BEFORE, 'indicators-1.csv');
    views = computedViews(createServices(handle.db, handle.engine));
    app = await buildServer({ db: handle.db, engine: handle.engine, clock: fixedClock(), webRoot: null, views });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`computes the index once for ${String(AT_ONCE)} requests at once and more after, and once more after an import, never serving the old one`, async () => {
    const url = '/api/index?recipe=proxy-district-2019';
    const first = await getAll(url, AT_ONCE);
    expect(first.map((r) => r.statusCode)).toEqual(first.map(() => 200));
    expect(new Set(first.map((r) => r.body)).size).toBe(1);
    expect(views.indexRankings.computations()).toBe(1);
    for (let i = 0; i < 5; i += 1) await app.inject({ method: 'GET', url });
    // The CSV comes from the same computed view.
    expect((await app.inject({ method: 'GET', url: `${url}&format=csv` })).statusCode).toBe(200);
    expect(views.indexRankings.computations()).toBe(1);
    const ranked = (body: string) => (JSON.parse(body) as { areas: { code: string }[] }).areas.map((a) => a.code);
    expect(ranked(first[0]?.body ?? '{}').at(-1)).toBe('E06000009');

    await importIndicators(AFTER, 'indicators-2.csv');
    const after = await getAll(url, AT_ONCE);
    expect(views.indexRankings.computations()).toBe(2);
    expect(new Set(after.map((r) => r.body)).size).toBe(1);
    expect(ranked(after[0]?.body ?? '{}')[0]).toBe('E06000009');
    await app.inject({ method: 'GET', url });
    expect(views.indexRankings.computations()).toBe(2);
  });

  it('reads an unknown recipe as 404 without computing a ranking', async () => {
    const before = views.indexRankings.computations();
    expect((await app.inject({ method: 'GET', url: '/api/index?recipe=no-such-recipe' })).statusCode).toBe(404);
    expect(views.indexRankings.computations()).toBe(before);
  });

  it('explains an area’s index position once per version however many ask, answering If-None-Match with 304, and again after an import', async () => {
    const before = views.indexExplanations.computations();
    const url = '/api/index/areas/e06000009?recipe=proxy-district-2019';
    const replies = await getAll(url, AT_ONCE);
    expect(replies.map((r) => r.statusCode)).toEqual(replies.map(() => 200));
    expect(new Set(replies.map((r) => r.body)).size).toBe(1);
    const rank = (body: string) => (JSON.parse(body) as { rank: number }).rank;
    expect(rank(replies[0]?.body ?? '{}')).toBe(1);
    await app.inject({ method: 'GET', url: '/api/index/areas/E06000009?recipe=proxy-district-2019' });
    expect(views.indexExplanations.computations()).toBe(before + 1);
    const etag = String(replies[0]?.headers.etag);
    expect((await app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } })).statusCode).toBe(304);

    await importIndicators({ ...BEFORE }, 'indicators-explained.csv');
    const after = await app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(rank(after.body)).toBe(5);
    expect(views.indexExplanations.computations()).toBe(before + 2);
    await importIndicators(AFTER, 'indicators-explained-back.csv');
  });

  it('builds the twins inputs once per import and each area’s answer once, with an ETag that answers 304', async () => {
    const inputsBefore = views.areaTwins.inputComputations();
    const answersBefore = views.areaTwins.answerComputations();
    const url = '/api/twins/areas/E06000009?k=2';
    const replies = await getAll(url, AT_ONCE);
    expect(replies.map((r) => r.statusCode)).toEqual(replies.map(() => 200));
    expect(new Set(replies.map((r) => r.body)).size).toBe(1);
    await getAll('/api/twins/areas/E06000015?k=2', 3);
    expect(views.areaTwins.inputComputations()).toBe(inputsBefore + 1);
    expect(views.areaTwins.answerComputations()).toBe(answersBefore + 2);

    const etag = replies[0]?.headers.etag;
    expect(typeof etag).toBe('string');
    const again = await app.inject({ method: 'GET', url, headers: { 'if-none-match': String(etag) } });
    expect(again.statusCode).toBe(304);

    await importIndicators({ ...AFTER, E06000009: [81, 50, 95, 10, 0.1] }, 'indicators-3.csv');
    const changed = await app.inject({ method: 'GET', url, headers: { 'if-none-match': String(etag) } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(views.areaTwins.inputComputations()).toBe(inputsBefore + 2);
    expect(views.areaTwins.answerComputations()).toBe(answersBefore + 3);
  });

  it('computes an area summary once per data version, and the CSV from the same view', async () => {
    const before = views.areaSummaries.computations();
    const url = '/api/areas/E06000009';
    const replies = await getAll(url, AT_ONCE);
    expect(new Set(replies.map((r) => r.body)).size).toBe(1);
    const value = (body: string) => (JSON.parse(body) as { indicators: { code: string; value: number }[] }).indicators.find((i) => i.code === 'ks2_pct_rwm_expected')?.value;
    expect(value(replies[0]?.body ?? '{}')).toBe(81);
    expect(views.areaSummaries.computations()).toBe(before + 1);
    await app.inject({ method: 'GET', url: `${url}?periods=latest&format=json` });
    expect(views.areaSummaries.computations()).toBe(before + 1);
    expect((await app.inject({ method: 'GET', url: '/api/areas/E99999999' })).statusCode).toBe(404);

    await importIndicators({ ...AFTER, E06000009: [82, 50, 95, 10, 0.1] }, 'indicators-4.csv');
    const after = await getAll(url, AT_ONCE);
    expect(value(after[0]?.body ?? '{}')).toBe(82);
    expect(views.areaSummaries.computations()).toBe(before + 3);
  });

  it('serves the register from one snapshot per version; an edit (a board chair) reads it again but leaves the ranking alone', async () => {
    const before = views.register.computations();
    const replies = await getAll('/api/opportunity-areas', AT_ONCE);
    await getAll('/api/opportunity-areas/blackpool', 3);
    expect(new Set(replies.map((r) => r.body)).size).toBe(1);
    expect(views.register.computations()).toBe(before + 1);
    const chair = (body: string) => (JSON.parse(body) as { items: { id: string; boardChair: string | null }[] }).items.find((a) => a.id === 'blackpool')?.boardChair;
    expect(chair(replies[0]?.body ?? '{}')).not.toBe('A New Chair');

    // Ranked on the data as it is now (earlier tests imported since), so that only the edit comes between.
    expect((await app.inject({ method: 'GET', url: '/api/index?recipe=proxy-district-2019' })).statusCode).toBe(200);
    const rankings = views.indexRankings.computations();
    const changed = await saveBoard(handle.db, 'blackpool', { chair: 'A New Chair', chairNamedOn: '2026-01-01', sourceNote: 'test' }, { userId: null, label: 'test' }, fixedClock());
    expect(changed).toBe('changed');
    const after = await getAll('/api/opportunity-areas', AT_ONCE);
    expect(chair(after[0]?.body ?? '{}')).toBe('A New Chair');
    const detail = await app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool' });
    expect(detail.json<{ board: { chair: string } }>().board.chair).toBe('A New Chair');
    expect(views.register.computations()).toBe(before + 2);
    expect((await app.inject({ method: 'GET', url: '/api/index?recipe=proxy-district-2019' })).statusCode).toBe(200);
    expect(views.indexRankings.computations()).toBe(rankings);
  });

  it('reads a page of the school search once per version, whatever order its query is written in', async () => {
    const before = views.schoolSearch.computations();
    const replies = await getAll('/api/schools?district=E06000009&pageSize=10', AT_ONCE);
    await app.inject({ method: 'GET', url: '/api/schools?pageSize=10&district=E06000009' });
    expect(new Set(replies.map((r) => r.body)).size).toBe(1);
    expect(replies[0]?.json<{ items: { urn: number }[] }>().items.map((s) => s.urn)).toEqual([900001]);
    expect(views.schoolSearch.computations()).toBe(before + 1);
    await importIndicators({ ...AFTER, E06000009: [83, 50, 95, 10, 0.1] }, 'indicators-5.csv');
    await getAll('/api/schools?district=E06000009&pageSize=10', AT_ONCE);
    expect(views.schoolSearch.computations()).toBe(before + 2);
  });

  it('builds a page of the funds list once per version however many ask; an audited edit (a fund’s profile) builds it again', async () => {
    const before = views.fundsPages.computations();
    const url = '/api/funds?pageSize=5';
    const replies = await getAll(url, AT_ONCE);
    expect(new Set(replies.map((r) => r.body)).size).toBe(1);
    expect(views.fundsPages.computations()).toBe(before + 1);
    const etag = replies[0]?.headers.etag;
    expect((await app.inject({ method: 'GET', url, headers: { 'if-none-match': String(etag) } })).statusCode).toBe(304);
    const first = replies[0]?.json<{ items: { id: string; profile: { period: string; amountPence: number }[] }[] }>().items[0];
    if (first === undefined) throw new Error('no fund listed');
    const profile = [{ period: '2017/18', amountPence: poundsToPence(1) }];
    expect(await createServices(handle.db, handle.engine).funds.setFundProfile(first.id, profile, { userId: null, label: 'test' }, fixedClock())).toBe('changed');
    const after = await getAll(url, AT_ONCE);
    expect(after[0]?.json<{ items: { id: string; profile: unknown[] }[] }>().items.find((f) => f.id === first.id)?.profile).toEqual([{ period: '2017/18', amountPence: 100 }]);
    expect(views.fundsPages.computations()).toBe(before + 2);
  });
});
