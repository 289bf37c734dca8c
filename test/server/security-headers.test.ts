import fastifyHelmet from '@fastify/helmet';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/server/content-security-policy.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

// Helmet's headers are worked out once (src/server/security-headers.ts) instead of by @fastify/helmet on every
// request: every reply must still carry exactly what the plugin would have set.

const [engine] = await testEngines();

describe.runIf(engine !== undefined)('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    if (engine !== undefined) t = await startTestApp(engine);
  });
  afterAll(async () => {
    await t.close();
  });

  it('are the ones @fastify/helmet sets, on a cached view, a plain route and a 404, request after request', async () => {
    const plugin = Fastify();
    await plugin.register(fastifyHelmet, { contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY } });
    plugin.get('/x', () => ({}));
    const expected = (await plugin.inject({ method: 'GET', url: '/x' })).headers;
    await plugin.close();
    const names = Object.keys(expected).filter((name) => !['content-type', 'content-length', 'date', 'connection', 'keep-alive'].includes(name));
    expect(names).toEqual(expect.arrayContaining(['content-security-policy', 'strict-transport-security', 'x-frame-options', 'x-content-type-options', 'referrer-policy']));
    for (const url of ['/api/opportunity-areas', '/api/opportunity-areas', '/api/health/live', '/api/no-such-thing']) {
      const response = await t.app.inject({ method: 'GET', url });
      for (const name of names) expect([url, name, response.headers[name]]).toEqual([url, name, expected[name]]);
    }
  });
});
