import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOGIN_FAILURE_LIMIT } from '../../../src/server/routes/session/routes.ts';
import { testEngines } from '../../support/engines.ts';
import { startTestApp, type TestApp } from '../../support/server.ts';
import { addUser, signIn, TEST_PASSWORD } from '../../support/users.ts';

const BOARD = { chair: 'Jane Smith', chairNamedOn: '2017-07', sourceNote: 'Board minutes, July 2017' };

describe.each(await testEngines())('sign-in, sessions and CSRF on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
    await addUser(t.handle.db, 'lead@example.gov.uk', 'area_lead', ['area:blackpool']);
    await addUser(t.handle.db, 'admin@example.gov.uk', 'admin');
  });
  beforeEach(async () => {
    await t.handle.db.deleteFrom('login_failures').execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('signs in, sets an HTTP-only SameSite cookie and says who is signed in', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'LEAD@example.gov.uk', password: TEST_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'oa_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeUndefined();
    expect(response.json()).toMatchObject({ user: { email: 'lead@example.gov.uk', role: 'area_lead', roleLabel: 'Area lead', scope: ['area:blackpool'] } });
    const session = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: `oa_session=${cookie?.value ?? ''}` } });
    expect(session.json<{ user: { email: string } }>().user.email).toBe('lead@example.gov.uk');
  });

  it('gives the same generic message for a wrong password and an unknown email', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'lead@example.gov.uk', password: 'nope' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'who@example.gov.uk', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: 'invalid_credentials', message: 'Enter a correct email address and password' } });
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('throttles after five failures in a minute, even for the right password', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'admin@example.gov.uk', password: `wrong ${String(i)}` } })).statusCode).toBe(401);
    }
    const sixth = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'admin@example.gov.uk', password: TEST_PASSWORD } });
    expect(sixth.statusCode).toBe(429);
    expect(sixth.headers['retry-after']).toBe('60');
    expect(sixth.json<{ error: { code: string } }>().error.code).toBe('too_many_attempts');
  });

  it('purges expired sessions at the next sign-in (a low of issue 23)', async () => {
    await signIn(t.app, 'lead@example.gov.uk');
    await signIn(t.app, 'lead@example.gov.uk');
    await t.handle.db.updateTable('sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
    expect((await t.handle.db.selectFrom('sessions').select('id_hash').execute()).length).toBeGreaterThanOrEqual(2);
    const { cookie } = await signIn(t.app, 'admin@example.gov.uk');
    const left = await t.handle.db.selectFrom('sessions').select(['expires_at']).execute();
    expect(left).toHaveLength(1);
    expect(left[0]?.expires_at).not.toBe('2000-01-01T00:00:00.000Z');
    expect((await t.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie } })).statusCode).toBe(200);
  });

  it('ignores an Authorization header of another scheme: public routes answer, protected ones ask to sign in (a low of issue 23)', async () => {
    const basic = { authorization: 'Basic dXNlcjpwYXNzd29yZA==' };
    expect((await t.app.inject({ method: 'GET', url: '/api/opportunity-areas', headers: basic })).statusCode).toBe(200);
    const audit = await t.app.inject({ method: 'GET', url: '/api/audit', headers: basic });
    expect(audit.statusCode).toBe(401);
    expect(audit.json<{ error: { code: string } }>().error.code).toBe('sign_in_required');
    // Beside a session cookie the header is ignored too, so the session still counts.
    const { cookie } = await signIn(t.app, 'admin@example.gov.uk');
    expect((await t.app.inject({ method: 'GET', url: '/api/audit', headers: { ...basic, cookie } })).statusCode).toBe(200);
    // A bearer token that is not a token is refused everywhere, public routes included: the caller meant to use it.
    for (const url of ['/api/opportunity-areas', '/api/audit']) {
      const bad = await t.app.inject({ method: 'GET', url, headers: { authorization: 'Bearer not-a-token' } });
      expect(bad.statusCode).toBe(401);
      expect(bad.json<{ error: { code: string } }>().error.code).toBe('invalid_token');
    }
  });

  it('answers 401 to a tampered or unknown session cookie on a protected route', async () => {
    const { cookie } = await signIn(t.app, 'admin@example.gov.uk');
    const tampered = cookie.slice(0, -2) + (cookie.endsWith('AA') ? 'BB' : 'AA');
    const response = await t.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie: tampered } });
    expect(response.statusCode).toBe(401);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('sign_in_required');
    expect((await t.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie } })).statusCode).toBe(200);
  });

  it('refuses a state-changing request without the CSRF token with 403, and accepts it with the token', async () => {
    const session = await signIn(t.app, 'lead@example.gov.uk');
    const without = await t.app.inject({ method: 'PUT', url: '/api/opportunity-areas/blackpool/board', headers: { cookie: session.cookie }, payload: BOARD });
    expect(without.statusCode).toBe(403);
    expect(without.json<{ error: { code: string } }>().error.code).toBe('csrf_token_invalid');
    const wrongToken = await t.app.inject({ method: 'PUT', url: '/api/opportunity-areas/blackpool/board', headers: { cookie: session.cookie, 'x-csrf-token': 'x' }, payload: BOARD });
    expect(wrongToken.statusCode).toBe(403);
    const withToken = await t.app.inject({ method: 'PUT', url: '/api/opportunity-areas/blackpool/board', headers: session.headers, payload: BOARD });
    expect(withToken.statusCode).toBe(200);
    const area = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool' });
    expect(area.json<{ board: { chair: string } }>().board.chair).toBe('Jane Smith');
  });

  it('refuses a text/plain body, which a cross-site form could send without a preflight', async () => {
    const session = await signIn(t.app, 'lead@example.gov.uk');
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/opportunity-areas/blackpool/board',
      headers: { ...session.headers, 'content-type': 'text/plain' },
      payload: JSON.stringify(BOARD),
    });
    expect(response.statusCode).toBe(415);
  });

  it('signs out: the session stops working and the cookie is cleared', async () => {
    const session = await signIn(t.app, 'admin@example.gov.uk');
    const out = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: session.headers });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'oa_session')?.value).toBe('');
    expect((await t.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie: session.cookie } })).statusCode).toBe(401);
  });

  it('expires sessions: a session older than its lifetime is refused', async () => {
    const session = await signIn(t.app, 'admin@example.gov.uk');
    await t.handle.db.updateTable('sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
    expect((await t.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie: session.cookie } })).statusCode).toBe(401);
  });

  it('sends security headers with a strict Content Security Policy', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('writes sign-ins and the board change to the audit log, with what changed', async () => {
    const admin = await signIn(t.app, 'admin@example.gov.uk');
    const audit = await t.app.inject({ method: 'GET', url: '/api/audit?limit=1000', headers: { cookie: admin.cookie } });
    const entries = audit.json<{ items: { action: string; actor: string; entityId: string; summary: unknown }[] }>().items;
    expect(entries.filter((e) => e.action === 'session.sign_in').length).toBeGreaterThan(3);
    expect(entries.find((e) => e.action === 'board.create')).toMatchObject({
      actor: 'lead@example.gov.uk',
      entityId: 'blackpool',
      summary: { chair: { before: null, after: 'Jane Smith' } },
    });
    expect(entries.map((e) => e.action)).toContain('demo.load');
  });
});

describe.each(await testEngines())('the sign-in lockout under parallel attempts on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    // The per-address limit is lifted, so only the per-email lockout can refuse.
    t = await startTestApp(engine, { signInsPerMinutePerAddress: 10_000 });
    await addUser(t.handle.db, 'admin@example.gov.uk', 'admin');
  });
  afterAll(async () => {
    await t.close();
  });

  it('finding 4: checks at most five of 40 parallel wrong passwords for one email and refuses the rest with 429', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 40 }, (_, i) => t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'admin@example.gov.uk', password: `wrong guess ${String(i)}` } })),
    );
    const statuses = attempts.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_FAILURE_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - LOGIN_FAILURE_LIMIT);
    expect(new Set(attempts.filter((r) => r.statusCode === 429).map((r) => r.json<{ error: { code: string } }>().error.code))).toEqual(new Set(['too_many_attempts']));
    const counted = await t.handle.db.selectFrom('login_failures').select('email').where('email', '=', 'admin@example.gov.uk').execute();
    expect(counted).toHaveLength(LOGIN_FAILURE_LIMIT);
    // The right password is refused too until the minute has passed.
    expect((await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'admin@example.gov.uk', password: TEST_PASSWORD } })).statusCode).toBe(429);
  });

  it('still signs in with the right password among parallel attempts for other emails, and clears the count', async () => {
    await t.handle.db.deleteFrom('login_failures').execute();
    const [right, ...others] = await Promise.all([
      t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'admin@example.gov.uk', password: TEST_PASSWORD } }),
      ...Array.from({ length: 10 }, (_, i) => t.app.inject({ method: 'POST', url: '/api/session', payload: { email: `nobody${String(i)}@example.gov.uk`, password: 'x' } })),
    ]);
    expect(right.statusCode).toBe(200);
    expect(others.map((r) => r.statusCode)).toEqual(Array.from({ length: 10 }, () => 401));
    expect(await t.handle.db.selectFrom('login_failures').select('email').where('email', '=', 'admin@example.gov.uk').execute()).toEqual([]);
  });
});

describe('the per-address sign-in limit', () => {
  it('answers 429 once one address makes more sign-in attempts than allowed in a minute', async () => {
    const [engine] = await testEngines();
    if (engine === undefined) return;
    const t = await startTestApp(engine, { signInsPerMinutePerAddress: 3 });
    try {
      const attempt = (i: number) => t.app.inject({ method: 'POST', url: '/api/session', payload: { email: `user${String(i)}@example.gov.uk`, password: 'x' } });
      for (let i = 0; i < 3; i += 1) expect((await attempt(i)).statusCode).toBe(401);
      const fourth = await attempt(4);
      expect(fourth.statusCode).toBe(429);
      expect(fourth.json<{ error: { code: string } }>().error.code).toBe('too_many_requests');
    } finally {
      await t.close();
    }
  });
});
