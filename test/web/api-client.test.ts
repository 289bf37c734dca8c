import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api/api-error.ts';
import { api, rememberCsrfToken, reply } from '../../web/src/api/http.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, TEST_PASSWORD } from '../support/users.ts';

// The web app's one client (openapi-fetch's interface, typed from openapi.json; web/src/api/typed-client.ts)
// against a real server on a port: the browser's relative paths are given the server's address with `baseUrl`.
describe('the web app’s typed API client', () => {
  let t: TestApp;
  let baseUrl = '';
  const signal = new AbortController().signal;

  beforeAll(async () => {
    const [engine] = await testEngines();
    if (engine === undefined) throw new Error('no database engine to test on');
    t = await startTestApp(engine);
    await addUser(t.handle.db, 'national@example.org', 'admin');
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${String((t.app.server.address() as AddressInfo).port)}`;
  });

  afterAll(async () => {
    rememberCsrfToken(null);
    await t.close();
  });

  it('gives the reply typed by the route', async () => {
    const area = await reply(api.GET('/api/opportunity-areas/{id}', { baseUrl, params: { path: { id: 'blackpool' } }, signal }));
    expect(area.name).toBe('Blackpool');
    expect(area.districts.map((district) => district.code)).toContain('E06000009');
  });

  it('leaves empty query values out, as the pages always sent them', async () => {
    const funds = await reply(api.GET('/api/funds', { baseUrl, params: { query: { id: '', pageSize: 5 } }, signal }));
    expect(funds.items.length).toBeGreaterThan(1);
  });

  it('throws the API’s own error code and message as an ApiError', async () => {
    const failure = await reply(api.GET('/api/opportunity-areas/{id}', { baseUrl, params: { path: { id: 'atlantis' } }, signal })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 404, code: 'not_found', isNotFound: true });

    const refused = await reply(api.POST('/api/session', { baseUrl, body: { email: 'national@example.org', password: 'wrong' } })).catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 401, code: 'invalid_credentials', isSignInRequired: true });
  });

  it('puts path values in the path encoded, so a value with a slash stays one value', async () => {
    const failure = await reply(api.GET('/api/opportunity-areas/{id}', { baseUrl, params: { path: { id: 'no such/area' } }, signal })).catch((error: unknown) => error);
    // Reaching the route, whose check refuses the identifier, shows it arrived as one path segment.
    expect(failure).toMatchObject({ status: 400, code: 'invalid_request', fields: [expect.objectContaining({ field: 'params.id' })] });
  });

  it('throws network_error when the service cannot be reached', async () => {
    const failure = await reply(api.GET('/api/service', { baseUrl: 'http://127.0.0.1:9', signal })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 0, code: 'network_error' });
  });

  it('sends the CSRF token on every change, and a JSON body even when there is nothing to send', async () => {
    const signedIn = await api.POST('/api/session', { baseUrl, body: { email: 'national@example.org', password: TEST_PASSWORD } });
    const cookie = (signedIn.response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^oa_session=/);
    const headers = { cookie };
    const change = { chair: 'A Chair', chairNamedOn: '2017-03', sourceNote: 'Test' };
    const board = { baseUrl, headers, params: { path: { id: 'blackpool' } }, body: change };

    rememberCsrfToken(null);
    await expect(reply(api.PUT('/api/opportunity-areas/{id}/board', board))).rejects.toMatchObject({ status: 403 });

    rememberCsrfToken(signedIn.data?.csrfToken ?? null);
    expect(await reply(api.PUT('/api/opportunity-areas/{id}/board', board))).toEqual({ changed: true });
    // No body is declared for signing out; the client sends `{}`, which the server requires of a JSON request.
    await expect(reply(api.DELETE('/api/session', { baseUrl, headers }))).resolves.toBeUndefined();
    const after = await reply(api.GET('/api/session', { baseUrl, headers, signal }));
    expect(after.user).toBeNull();
  });
});
