import { LATEST_MIGRATION } from '../../src/storage/migrations/index.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

describe.each(await testEngines())('service routes on $name', (engine) => {
  let t: TestApp;
  const webRoot = mkdtempSync(join(tmpdir(), 'oa-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Opportunity Areas</title>');

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

  it('answers an unknown API route with a JSON 404, never HTML', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'There is no GET /api/no-such-thing in this service' } });
  });

  it('serves the web app for its pages, and for unknown pages with status 404', async () => {
    const pages = ['/', '/funding', '/areas/blackpool', '/intermediaries?kind=trust', '/intermediaries/trust/16784'];
    // Pages the server once answered with 404 while the app drew them (issue 21).
    pages.push('/plans', '/what-worked', '/areas/blackpool/plan', '/areas/blackpool/plan/measures/ks4-a8/actual', '/areas/blackpool/board/members/new');
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

  it('publishes the OpenAPI document at /api/docs/json', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    const doc = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/areas', '/api/areas/{code}', '/api/audit', '/api/boundaries', '/api/funds', '/api/health', '/api/opportunity-areas', '/api/opportunity-areas/{id}',
      '/api/indicators', '/api/indicators/{code}', '/api/index', '/api/index/areas/{code}', '/api/index/preview', '/api/index/recipes', '/api/index/recipes/{name}', '/api/index/selections', '/api/index/selections/{name}', '/api/opportunity-areas/{id}/board', '/api/schools', '/api/schools/placement', '/api/schools/{urn}', '/api/session', '/api/toolkit/effect-size',
      '/api/toolkit/strands', '/api/users',
      '/api/twins/areas/{code}', '/api/schools/{urn}/similar',
      '/api/funds/{id}/360giving',
      '/api/funds/{id}/allocations/preview', '/api/funds/{id}/allocations', '/api/funds/{id}/spend', '/api/funds/{id}/spend/{lineId}/approve', '/api/funds/{id}/variance',
      '/api/opportunity-areas/{id}/plan', '/api/opportunity-areas/{id}/plan/measures/{code}/actuals', '/api/opportunity-areas/{id}/plan/measures/{code}/override',
      '/api/opportunity-areas/{id}/board/members', '/api/opportunity-areas/{id}/board/meetings', '/api/opportunity-areas/{id}/board-report', '/api/plans/measures',
      '/api/what-worked', '/api/opportunity-areas/{id}/what-worked',
      '/api/hubs', '/api/hubs/{id}', '/api/hubs/{id}/events/{eventId}', '/api/hubs/{id}/events/{eventId}/attendance', '/api/schools/{urn}/engagement',
      '/api/hubs/{id}/schools/{urn}/engagement', '/api/hubs/{id}/schools/{urn}/evidence-plans', '/api/opportunity-areas/{id}/strand-investment',
      '/api/guidance-reports', '/api/hubs/{id}/programmes', '/api/hubs/{id}/placement', '/api/hubs/{id}/events', '/api/opportunity-areas/{id}/engagement', '/api/network/outside-reach',
      '/api/careers/schools/{urn}', '/api/careers/schools/{urn}/encounters', '/api/careers/schools/{urn}/held-pupils',
      '/api/careers/schools/{urn}/held-pupils/{id}/transfer', '/api/careers/areas/{id}', '/api/careers/areas/{id}/advisers',
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
