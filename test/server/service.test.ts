import { READINESS_TTL_MS } from '../../src/server/routes/health/routes.ts';
import { LATEST_MIGRATION } from '../../src/storage/migrations/index.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn } from '../support/users.ts';

describe.each(await testEngines())('service routes on $name', (engine) => {
  let t: TestApp;
  const webRoot = mkdtempSync(join(tmpdir(), 'oa-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Opportunity Areas</title>');
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'assets', 'index-Bhuj4OiI.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);

  beforeAll(async () => {
    t = await startTestApp(engine, { webRoot });
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports the database engine and the migration version', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toEqual({ status: 'ok', database: engine.name, migration: LATEST_MIGRATION, pendingMigrations: [] });
  });

  it('answers liveness without the database, and readiness from one schema read every 5 seconds', async () => {
    let now = Date.parse('2026-12-07T09:00:00Z');
    const own = await startTestApp(engine, { clock: () => new Date(now) });
    try {
      expect((await own.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      await own.handle.db.destroy();
      // The database is gone: liveness does not notice; readiness answers from its read of a moment ago…
      expect((await own.app.inject({ method: 'GET', url: '/api/health/live' })).json()).toEqual({ status: 'ok' });
      now += READINESS_TTL_MS - 1;
      expect((await own.app.inject({ method: 'GET', url: '/api/health' })).json()).toMatchObject({ status: 'ok', migration: LATEST_MIGRATION });
      // …and reads again once that is older than 5 seconds, failing as it should.
      now += 1;
      expect((await own.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(500);
    } finally {
      await own.close().catch(() => undefined);
    }
  });

  it('says who to contact and how long pupil records are kept, as the operator set them, or that no contact was given', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/service' })).json()).toEqual({ contactEmail: null, retentionYears: 6, suppressionThreshold: 5 });
    const own = await startTestApp(engine, { service: { contactEmail: 'oa-team@example.gov.uk', retentionYears: 3 } });
    try {
      expect((await own.app.inject({ method: 'GET', url: '/api/service' })).json()).toEqual({ contactEmail: 'oa-team@example.gov.uk', retentionYears: 3, suppressionThreshold: 5 });
    } finally {
      await own.close();
    }
  });

  it('gives every reply with a body a weak ETag, and answers 304 when it has not changed', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas' });
    const etag = first.headers['etag'];
    expect(etag).toMatch(/^W\/"/);
    const again = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas', headers: { 'if-none-match': String(etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const compressed = await t.app.inject({ method: 'GET', url: '/api/docs/json', headers: { 'accept-encoding': 'br' } });
    expect(compressed.headers['etag']).toBe((await t.app.inject({ method: 'GET', url: '/api/docs/json' })).headers['etag']);
  });

  it('answers an unknown API route with a JSON 404, never HTML', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'There is no GET /api/no-such-thing in this service' } });
  });

  it('serves the web app for its pages, and for unknown pages with status 404', async () => {
    const pages = ['/', '/funding', '/areas/blackpool', '/intermediaries?kind=trust', '/intermediaries/trust/16784'];
    // Pages the server once answered with 404 while the app drew them (issue 21).
    pages.push('/plans', '/plans/status', '/what-worked', '/areas/blackpool/plan', '/areas/blackpool/plan/measures/ks4-a8/actual', '/areas/blackpool/board/members/new');
    pages.push('/areas/blackpool/what-worked/new', '/careers/schools/141257', '/careers/schools/141257/record', '/careers/areas/blackpool/advisers');
    for (const url of pages) {
      const page = await t.app.inject({ method: 'GET', url });
      expect(page.statusCode, url).toBe(200);
      expect(page.body).toContain('<title>Opportunity Areas</title>');
    }
    const missing = await t.app.inject({ method: 'GET', url: '/no/such/page' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('text/html');
  });

  it('answers 403 for a page the signed-in user’s role or scope does not reach, 200 where it does and before sign-in', async () => {
    await addUser(t.handle.db, 'lead@blackpool.example', 'area_lead', ['area:blackpool']);
    await addUser(t.handle.db, 'viewer@blackpool.example', 'board_viewer', ['area:blackpool']);
    const lead = await signIn(t.app, 'lead@blackpool.example');
    const viewer = await signIn(t.app, 'viewer@blackpool.example');
    const status = async (url: string, cookie?: string) => (await t.app.inject({ method: 'GET', url, ...(cookie === undefined ? {} : { headers: { cookie } }) })).statusCode;
    expect(await status('/areas/blackpool/board', lead.cookie)).toBe(200);
    expect(await status('/areas/derby/board', lead.cookie)).toBe(403);
    expect(await status('/areas/blackpool/board', viewer.cookie)).toBe(403);
    expect(await status('/areas/blackpool/plan', viewer.cookie)).toBe(200);
    expect(await status('/users', lead.cookie)).toBe(403);
    expect(await status('/audit', viewer.cookie)).toBe(403);
    expect(await status('/users')).toBe(200);
    expect(await status('/areas/derby', lead.cookie)).toBe(200);
    // Pages whose data is an area's statistics, and a hub's page, which belongs to its area (known from the database).
    expect(await status('/careers/areas/derby', lead.cookie)).toBe(403);
    expect(await status('/holiday/areas/blackpool', lead.cookie)).toBe(200);
    expect(await status('/hubs/blackpool-research-school', lead.cookie)).toBe(200);
    expect(await status('/hubs/blackpool-research-school', viewer.cookie)).toBe(403);
    // A school's holiday page is for that school (and its area, hubs and the national team).
    await addUser(t.handle.db, 'head@school.example', 'school', ['school:141257']);
    const head = await signIn(t.app, 'head@school.example');
    expect(await status('/holiday/schools/141257', head.cookie)).toBe(200);
    expect(await status('/holiday/schools/100000', head.cookie)).toBe(403);
    // Local authorities' and trusts' figures are for those who read an area's or a hub's statistics, never a school user.
    expect(await status('/intermediaries', viewer.cookie)).toBe(200);
    expect(await status('/intermediaries', head.cookie)).toBe(403);
    expect(await status('/intermediaries')).toBe(200);
  });

  it('caches the hashed assets for good and asks again for the page that names them', async () => {
    const asset = await t.app.inject({ method: 'GET', url: '/assets/index-Bhuj4OiI.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/areas/blackpool', '/no/such/page']) {
      expect((await t.app.inject({ method: 'GET', url })).headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('compresses replies for a client that accepts it (brotli, else gzip), and not small ones', async () => {
    const brotli = await t.app.inject({ method: 'GET', url: '/api/docs/json', headers: { 'accept-encoding': 'br, gzip' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    const doc = JSON.parse(brotliDecompressSync(brotli.rawPayload).toString('utf8')) as { openapi: string };
    expect(doc.openapi).toBe('3.1.0');
    const gzipped = await t.app.inject({ method: 'GET', url: '/assets/index-Bhuj4OiI.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString('utf8')).toMatch(/^console\.log/);
    const small = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/json' })).headers['content-encoding']).toBeUndefined();
  });

  it('publishes the OpenAPI document at /api/docs/json', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    const doc = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/areas', '/api/areas/{code}', '/api/audit', '/api/boundaries', '/api/funds', '/api/health', '/api/health/live', '/api/service', '/api/impact', '/api/impact/national', '/api/impact/trend', '/api/opportunity-areas', '/api/opportunity-areas/{id}',
      '/api/indicators', '/api/indicators/{code}', '/api/index', '/api/index/areas/{code}', '/api/index/preview', '/api/index/recipes', '/api/index/recipes/{name}', '/api/index/selections', '/api/index/selections/{name}', '/api/opportunity-areas/{id}/board', '/api/schools', '/api/schools/placement', '/api/schools/{urn}', '/api/session', '/api/toolkit/effect-size',
      '/api/toolkit/strands', '/api/users', '/api/users/{id}',
      '/api/twins/areas/{code}', '/api/schools/{urn}/similar',
      '/api/funds/{id}/360giving',
      '/api/funds/{id}/allocations/preview', '/api/funds/{id}/allocations', '/api/funds/{id}/spend', '/api/funds/{id}/spend/{lineId}/approve', '/api/funds/{id}/variance',
      '/api/opportunity-areas/{id}/plan', '/api/opportunity-areas/{id}/plan/measures/{code}/actuals', '/api/opportunity-areas/{id}/plan/measures/{code}/override',
      '/api/opportunity-areas/{id}/board/members', '/api/opportunity-areas/{id}/board/meetings', '/api/opportunity-areas/{id}/board-report', '/api/plans/measures', '/api/plans/status',
      '/api/what-worked', '/api/opportunity-areas/{id}/what-worked',
      '/api/hubs', '/api/hubs/{id}', '/api/hubs/{id}/events/{eventId}', '/api/hubs/{id}/events/{eventId}/attendance', '/api/schools/{urn}/engagement',
      '/api/hubs/{id}/schools/{urn}/engagement', '/api/hubs/{id}/schools/{urn}/evidence-plans', '/api/opportunity-areas/{id}/strand-investment',
      '/api/guidance-reports', '/api/hubs/{id}/programmes', '/api/hubs/{id}/placement', '/api/hubs/{id}/events', '/api/opportunity-areas/{id}/engagement', '/api/network/outside-reach',
      '/api/careers/schools/{urn}', '/api/careers/schools/{urn}/encounters', '/api/careers/schools/{urn}/held-pupils',
      '/api/careers/schools/{urn}/held-pupils/{id}/transfer', '/api/careers/areas/{id}', '/api/careers/areas/{id}/advisers', '/api/holiday/areas/{id}', '/api/holiday/areas/{id}/import', '/api/holiday/schools/{urn}',
      '/api/catch-up/schools/{urn}', '/api/catch-up/schools/{urn}/import', '/api/catch-up/areas/{id}', '/api/catch-up/national',
      '/api/intermediaries', '/api/intermediaries/{kind}/{code}',
    ].sort());
  });

  it('never sends a stack trace when a route fails', async () => {
    await t.handle.db.schema.dropTable('partnership_boards').execute();
    const response = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'internal_error', message: 'Sorry, there is a problem with the service. Try again later.' } });
  });
});
