import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOidcConfigOrThrow } from '../../../src/server/auth/oidc/oidc-config.ts';
import { ConfigurationError } from '../../../src/storage/database-url.ts';
import { Browser } from '../../support/browser.ts';
import { testEngines } from '../../support/engines.ts';
import { startOidcProvider, TEST_REDIRECT_URI, type TestOidcProvider } from '../../support/oidc-provider.ts';
import { startTestApp, type TestApp } from '../../support/server.ts';
import { addUser, signIn } from '../../support/users.ts';

interface AuditItem {
  actor: string;
  action: string;
  entityId: string;
  summary: unknown;
}

/**
 * The whole sign-in, as a browser would make it: the app's login redirect, the provider's authorization
 * endpoint and interaction (over real HTTP), then the app's callback, which exchanges the code with the
 * provider over real HTTP. Each call is a new browser, so the provider asks who is signing in every time.
 */
async function signInWithProvider(
  t: TestApp,
  provider: TestOidcProvider,
  accountId: string | null,
  next = '/areas/blackpool',
  beforeProvider: () => Promise<void> = () => Promise.resolve(),
) {
  const login = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/login?next=${encodeURIComponent(next)}` });
  expect(login.statusCode).toBe(302);
  expect(login.headers['cache-control']).toBe('no-store');
  const authorize = new URL(String(login.headers.location));
  expect(authorize.origin).toBe(provider.issuer);
  await beforeProvider();
  provider.signInAs(accountId);
  const callbackUrl = await new Browser().followUntil(authorize, TEST_REDIRECT_URI);
  const callbackPath = `${callbackUrl.pathname}${callbackUrl.search}`;
  const callback = await t.app.inject({ method: 'GET', url: callbackPath });
  return { authorize, callbackPath, callback };
}

function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'oa_session');
  if (cookie === undefined) throw new Error(`no session cookie: ${String(response.statusCode)} ${response.body}`);
  return `oa_session=${cookie.value}`;
}

async function auditOf(t: TestApp, email: string): Promise<AuditItem[]> {
  const admin = await signIn(t.app, 'admin@example.gov.uk');
  const audit = await t.app.inject({ method: 'GET', url: `/api/audit?entityType=user&entityId=${encodeURIComponent(email)}`, headers: { cookie: admin.cookie } });
  expect(audit.statusCode).toBe(200);
  return audit.json<{ items: AuditItem[] }>().items;
}

describe.each(await testEngines())('signing in with OpenID Connect on $name', (engine) => {
  let provider: TestOidcProvider;
  let t: TestApp;

  beforeAll(async () => {
    provider = await startOidcProvider();
    t = await startTestApp(engine, { oidc: provider.config });
    await addUser(t.handle.db, 'admin@example.gov.uk', 'admin');
  });
  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  it('signs a new person in end to end, with the role and scope from their claims, and audits it', async () => {
    provider.accounts.set('lead-1', { email: 'Lead.One@example.gov.uk', email_verified: true, oa_role: 'area_lead', oa_scope: ['area:blackpool'] });
    const { authorize, callback } = await signInWithProvider(t, provider, 'lead-1');

    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('scope')).toBe('openid email oa');
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/areas/blackpool');
    const cookie = callback.cookies.find((c) => c.name === 'oa_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    const session = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: sessionCookie(callback) } });
    expect(session.json()).toMatchObject({
      user: { email: 'lead.one@example.gov.uk', role: 'area_lead', roleLabel: 'Area lead', scope: ['area:blackpool'] },
      csrfToken: expect.any(String) as unknown,
      oidcLoginUrl: '/api/auth/oidc/login',
    });

    const row = await t.handle.db.selectFrom('users').select(['oidc_subject', 'password_hash']).where('email', '=', 'lead.one@example.gov.uk').executeTakeFirstOrThrow();
    expect(row).toEqual({ oidc_subject: `${provider.issuer} lead-1`, password_hash: null });
    const host = new URL(provider.issuer).host;
    const audit = await auditOf(t, 'lead.one@example.gov.uk');
    expect(audit.map((e) => [e.action, e.actor, e.summary])).toEqual([
      ['session.sign_in', 'lead.one@example.gov.uk', { via: 'oidc' }],
      ['user.create', `oidc:${host}`, { role: 'area_lead', scope: ['area:blackpool'], oidcSubject: `${provider.issuer} lead-1` }],
    ]);
  });

  it('refuses a replayed callback: the state works once', async () => {
    provider.accounts.set('viewer-1', { email: 'viewer.one@example.gov.uk', email_verified: true, oa_role: 'board_viewer', oa_scope: 'area:derby' });
    const { callbackPath, callback } = await signInWithProvider(t, provider, 'viewer-1');
    expect(callback.statusCode).toBe(302);
    const replay = await t.app.inject({ method: 'GET', url: callbackPath });
    expect(replay.statusCode).toBe(400);
    expect(replay.json()).toEqual({
      error: { code: 'oidc_state_invalid', message: 'This sign-in has expired or has already been used. Go back to the service and sign in again.' },
    });
    expect(replay.cookies.find((c) => c.name === 'oa_session')).toBeUndefined();
  });

  it('refuses a sign-in not finished within ten minutes', async () => {
    provider.accounts.set('slow-1', { email: 'slow@example.gov.uk', email_verified: true, oa_role: 'analyst' });
    const expireEverySignIn = async () => {
      await t.handle.db.updateTable('oidc_logins').set({ expires_at: '2026-01-15T09:29:59.999Z' }).execute();
    };
    const { callback } = await signInWithProvider(t, provider, 'slow-1', '/', expireEverySignIn);
    expect(callback.statusCode).toBe(400);
    expect(callback.json<{ error: { code: string } }>().error.code).toBe('oidc_state_invalid');
  });

  it('says so when the person cancels at the sign-in service', async () => {
    const { callback } = await signInWithProvider(t, provider, null);
    expect(callback.statusCode).toBe(400);
    expect(callback.json()).toEqual({
      error: {
        code: 'oidc_sign_in_failed',
        message: 'Signing in with your organisation account did not finish. The sign-in service answered access_denied: End-User aborted interaction. Try again.',
      },
    });
  });

  it('refuses an unknown role claim with 403, naming the claim, and starts no session', async () => {
    provider.accounts.set('odd-1', { email: 'odd.one@example.gov.uk', email_verified: true, oa_role: 'superuser', oa_scope: [] });
    const { callback } = await signInWithProvider(t, provider, 'odd-1');
    expect(callback.statusCode).toBe(403);
    expect(callback.json()).toEqual({
      error: {
        code: 'oidc_claims_invalid',
        message: 'The oa_role claim "superuser" is not a role: it must be one of admin, analyst, area_lead, hub_lead, school, board_viewer.',
      },
    });
    expect(callback.cookies.find((c) => c.name === 'oa_session')).toBeUndefined();
    expect(await t.handle.db.selectFrom('users').select('id').where('email', '=', 'odd.one@example.gov.uk').executeTakeFirst()).toBeUndefined();
  });

  it('refuses a role whose scope claim is missing, saying what the role needs', async () => {
    provider.accounts.set('school-1', { email: 'school.one@example.gov.uk', email_verified: true, oa_role: 'school' });
    const { callback } = await signInWithProvider(t, provider, 'school-1');
    expect(callback.statusCode).toBe(403);
    expect(callback.json<{ error: { message: string } }>().error.message).toBe(
      'The oa_role and oa_scope claims do not fit together. The school role needs a scope: at least one school:<URN>.',
    );
  });

  it('finding 7: refuses a scope claim that does not suit the role claim, creating no account', async () => {
    provider.accounts.set('wide-1', { email: 'wide.one@example.gov.uk', email_verified: true, oa_role: 'school', oa_scope: ['area:blackpool'] });
    const { callback } = await signInWithProvider(t, provider, 'wide-1');
    expect(callback.statusCode).toBe(403);
    expect(callback.json()).toEqual({
      error: {
        code: 'oidc_claims_invalid',
        message: 'The oa_role and oa_scope claims do not fit together. The school role’s scope can only list school:<URN>, so area:blackpool does not fit: give the user a role that covers it, or a scope of the right kind.',
      },
    });
    expect(await t.handle.db.selectFrom('users').select('id').where('email', '=', 'wide.one@example.gov.uk').executeTakeFirst()).toBeUndefined();
  });

  it('gives a returning person the role their claims now say, and audits the change', async () => {
    provider.accounts.set('mover-1', { email: 'mover@example.gov.uk', email_verified: true, oa_role: 'hub_lead', oa_scope: 'hub:blackpool-research-school' });
    expect((await signInWithProvider(t, provider, 'mover-1')).callback.statusCode).toBe(302);
    provider.accounts.set('mover-1', { email: 'mover@example.gov.uk', email_verified: true, oa_role: 'analyst', oa_scope: '' });
    const { callback } = await signInWithProvider(t, provider, 'mover-1', '/funding');
    expect(callback.headers.location).toBe('/funding');

    const session = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: sessionCookie(callback) } });
    expect(session.json()).toMatchObject({ user: { email: 'mover@example.gov.uk', role: 'analyst', scope: [] } });
    const audit = await auditOf(t, 'mover@example.gov.uk');
    expect(audit.map((e) => e.action)).toEqual(['session.sign_in', 'user.update', 'session.sign_in', 'user.create']);
    expect(audit[1]).toMatchObject({
      actor: `oidc:${new URL(provider.issuer).host}`,
      summary: { role: { before: 'hub_lead', after: 'analyst' }, scope: { before: ['hub:blackpool-research-school'], after: [] } },
    });
  });

  it('links an existing account by its verified email, and audits the link', async () => {
    await addUser(t.handle.db, 'existing@example.gov.uk', 'area_lead', ['area:blackpool']);
    provider.accounts.set('existing-1', { email: 'existing@example.gov.uk', email_verified: true, oa_role: 'area_lead', oa_scope: ['area:blackpool'] });
    const { callback } = await signInWithProvider(t, provider, 'existing-1');
    expect(callback.statusCode).toBe(302);
    const audit = await auditOf(t, 'existing@example.gov.uk');
    expect(audit[1]).toMatchObject({ action: 'user.update', summary: { oidcSubject: { before: null, after: `${provider.issuer} existing-1` } } });
    const users = await t.handle.db.selectFrom('users').select('id').where('email', '=', 'existing@example.gov.uk').execute();
    expect(users).toHaveLength(1);
  });

  it('does not link an existing account when the provider has not verified the email', async () => {
    await addUser(t.handle.db, 'unverified@example.gov.uk', 'analyst');
    provider.accounts.set('unverified-1', { email: 'unverified@example.gov.uk', email_verified: false, oa_role: 'admin' });
    const { callback } = await signInWithProvider(t, provider, 'unverified-1');
    expect(callback.statusCode).toBe(403);
    expect(callback.json<{ error: { code: string } }>().error.code).toBe('oidc_email_unverified');
    const row = await t.handle.db.selectFrom('users').select(['role', 'oidc_subject']).where('email', '=', 'unverified@example.gov.uk').executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'analyst', oidc_subject: null });
  });

  it('does not let a second organisation account take over an account already linked to another', async () => {
    provider.accounts.set('first-1', { email: 'shared@example.gov.uk', email_verified: true, oa_role: 'analyst' });
    provider.accounts.set('second-1', { email: 'shared@example.gov.uk', email_verified: true, oa_role: 'admin' });
    expect((await signInWithProvider(t, provider, 'first-1')).callback.statusCode).toBe(302);
    const { callback } = await signInWithProvider(t, provider, 'second-1');
    expect(callback.statusCode).toBe(403);
    expect(callback.json<{ error: { code: string } }>().error.code).toBe('oidc_account_conflict');
  });

  it('refuses a disabled account, even with good claims', async () => {
    provider.accounts.set('leaver-1', { email: 'leaver@example.gov.uk', email_verified: true, oa_role: 'analyst' });
    expect((await signInWithProvider(t, provider, 'leaver-1')).callback.statusCode).toBe(302);
    await t.handle.db.updateTable('users').set({ disabled_at: '2026-01-01T00:00:00.000Z' }).where('email', '=', 'leaver@example.gov.uk').execute();
    const { callback } = await signInWithProvider(t, provider, 'leaver-1');
    expect(callback.statusCode).toBe(403);
    expect(callback.json()).toEqual({
      error: { code: 'account_disabled', message: 'The account for leaver@example.gov.uk has been disabled. Contact the national programme team if you need access.' },
    });
    expect(callback.cookies.find((c) => c.name === 'oa_session')).toBeUndefined();
  });

  it('returns only to a path on this site', async () => {
    provider.accounts.set('safe-1', { email: 'safe@example.gov.uk', email_verified: true, oa_role: 'analyst' });
    for (const next of ['//evil.example/steal', 'https://evil.example/', '/\\evil.example', '/areas/café', 'areas']) {
      const { callback } = await signInWithProvider(t, provider, 'safe-1', next);
      expect(callback.headers.location).toBe('/');
    }
  });

  it('refuses a callback with no state, or one the service never issued', async () => {
    for (const url of ['/api/auth/oidc/callback?code=abc', '/api/auth/oidc/callback?code=abc&state=made-up']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('oidc_state_invalid');
    }
  });
});

describe.each(await testEngines())('claims that would take away the last admin, on $name', (engine) => {
  let provider: TestOidcProvider;
  let t: TestApp;

  beforeAll(async () => {
    provider = await startOidcProvider();
    t = await startTestApp(engine, { oidc: provider.config });
  });
  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  const userRow = (email: string) => t.handle.db.selectFrom('users').select(['role', 'scope', 'oidc_subject']).where('email', '=', email).executeTakeFirstOrThrow();
  const auditRows = async (email: string) =>
    (await t.handle.db.selectFrom('audit_log').select(['actor', 'action', 'summary']).where('entity_id', '=', email).orderBy('id').execute()).map((r) => ({
      actor: r.actor,
      action: r.action,
      summary: JSON.parse(r.summary) as unknown,
    }));

  it('refuses a sign-in whose claims would lower the only active admin, keeps the account as it was, and audits the refusal', async () => {
    provider.accounts.set('boss-1', { email: 'boss@example.gov.uk', email_verified: true, oa_role: 'admin' });
    expect((await signInWithProvider(t, provider, 'boss-1')).callback.statusCode).toBe(302);
    provider.accounts.set('boss-1', { email: 'boss@example.gov.uk', email_verified: true, oa_role: 'area_lead', oa_scope: 'area:blackpool' });
    const { callback } = await signInWithProvider(t, provider, 'boss-1');
    expect(callback.statusCode).toBe(403);
    expect(callback.cookies.find((c) => c.name === 'oa_session')).toBeUndefined();
    const { error } = callback.json<{ error: { code: string; message: string } }>();
    expect(error.code).toBe('oidc_change_refused');
    expect(error.message).toContain('the only active national programme team user here, so its role was not changed');
    expect(await userRow('boss@example.gov.uk')).toMatchObject({ role: 'admin', scope: '[]' });
    const audit = await auditRows('boss@example.gov.uk');
    expect(audit.map((e) => e.action)).toEqual(['user.create', 'session.sign_in', 'user.update_refused']);
    expect(audit[2]).toMatchObject({ actor: `oidc:${new URL(provider.issuer).host}`, summary: { role: { before: 'admin', after: 'area_lead' }, scope: { before: [], after: ['area:blackpool'] } } });
  });

  it('lets the same claims through once another admin is active, and audits the change', async () => {
    await addUser(t.handle.db, 'deputy@example.gov.uk', 'admin');
    const { callback } = await signInWithProvider(t, provider, 'boss-1');
    expect(callback.statusCode).toBe(302);
    const session = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: sessionCookie(callback) } });
    expect(session.json()).toMatchObject({ user: { email: 'boss@example.gov.uk', role: 'area_lead', scope: ['area:blackpool'] } });
    expect((await auditRows('boss@example.gov.uk')).map((e) => e.action).slice(-2)).toEqual(['user.update', 'session.sign_in']);
  });

  it('refuses to link an account by email when its claims would lower the only active admin, leaving it unlinked', async () => {
    // deputy is now the only active admin, signing in with a password until now.
    provider.accounts.set('deputy-1', { email: 'deputy@example.gov.uk', email_verified: true, oa_role: 'analyst' });
    const { callback } = await signInWithProvider(t, provider, 'deputy-1');
    expect(callback.statusCode).toBe(403);
    expect(callback.json<{ error: { code: string } }>().error.code).toBe('oidc_change_refused');
    expect(await userRow('deputy@example.gov.uk')).toMatchObject({ role: 'admin', oidc_subject: null });
    expect((await auditRows('deputy@example.gov.uk')).map((e) => e.action).at(-1)).toBe('user.update_refused');
  });
});

describe('signing in with a provider that puts the claims in the ID token', () => {
  it('reads role and scope from the ID token when the provider offers no UserInfo endpoint', async () => {
    const [engine] = await testEngines();
    if (engine === undefined) return;
    const provider = await startOidcProvider({ claimsIn: 'id_token' });
    const t = await startTestApp(engine, { oidc: provider.config });
    try {
      provider.accounts.set('hub-1', { email: 'hub@example.gov.uk', email_verified: true, oa_role: 'hub_lead', oa_scope: 'hub:blackpool-research-school' });
      const { callback } = await signInWithProvider(t, provider, 'hub-1');
      expect(callback.statusCode).toBe(302);
      const session = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: sessionCookie(callback) } });
      expect(session.json()).toMatchObject({ user: { email: 'hub@example.gov.uk', role: 'hub_lead', scope: ['hub:blackpool-research-school'] } });
    } finally {
      await t.close();
      await provider.close();
    }
  });
});

describe('OIDC when it is not configured, or its provider is unreachable', () => {
  it('offers no OIDC sign-in and registers no OIDC routes', async () => {
    const [engine] = await testEngines();
    if (engine === undefined) return;
    const t = await startTestApp(engine);
    try {
      expect((await t.app.inject({ method: 'GET', url: '/api/session' })).json()).toMatchObject({ oidcLoginUrl: null });
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/oidc/login' })).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });

  it('answers 502 when the sign-in service cannot be reached', async () => {
    const [engine] = await testEngines();
    if (engine === undefined) return;
    const provider = await startOidcProvider();
    const { config } = provider;
    await provider.close();
    const t = await startTestApp(engine, { oidc: config });
    try {
      const response = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
      expect(response.statusCode).toBe(502);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('oidc_provider_unavailable');
    } finally {
      await t.close();
    }
  });
});

describe('parseOidcConfigOrThrow', () => {
  const base = {
    OIDC_ISSUER: 'https://signin.example.gov.uk',
    OIDC_CLIENT_ID: 'oa',
    OIDC_CLIENT_SECRET: 's3cret',
    OIDC_REDIRECT_URI: 'https://oa.example.gov.uk/api/auth/oidc/callback',
  };

  it('leaves OIDC off when OIDC_ISSUER is unset or blank', () => {
    expect(parseOidcConfigOrThrow({})).toBeNull();
    expect(parseOidcConfigOrThrow({ OIDC_ISSUER: ' ', OIDC_CLIENT_ID: 'oa' })).toBeNull();
  });

  it('reads the settings, with defaults for the claims and scopes', () => {
    expect(parseOidcConfigOrThrow(base)).toEqual({
      issuer: 'https://signin.example.gov.uk',
      clientId: 'oa',
      clientSecret: 's3cret',
      redirectUri: 'https://oa.example.gov.uk/api/auth/oidc/callback',
      roleClaim: 'oa_role',
      scopeClaim: 'oa_scope',
      scopes: 'openid email profile',
      allowInsecureHttp: false,
    });
    expect(parseOidcConfigOrThrow({ ...base, OIDC_ROLE_CLAIM: 'dfe_role', OIDC_SCOPE_CLAIM: 'dfe_scope', OIDC_SCOPES: 'openid  email organisation' })).toMatchObject({
      roleClaim: 'dfe_role',
      scopeClaim: 'dfe_scope',
      scopes: 'openid email organisation',
    });
  });

  it('says which setting is missing', () => {
    const withoutClientId = { ...base, OIDC_CLIENT_ID: undefined };
    expect(() => parseOidcConfigOrThrow(withoutClientId)).toThrow(ConfigurationError);
    expect(() => parseOidcConfigOrThrow(withoutClientId)).toThrow(
      'OIDC_ISSUER is set, so OIDC_CLIENT_ID is needed too: set it to the client ID your sign-in service issued for this service',
    );
  });

  it('refuses a setting that cannot work, saying what to put instead', () => {
    expect(() => parseOidcConfigOrThrow({ ...base, OIDC_ISSUER: 'signin.example.gov.uk' })).toThrow(
      'OIDC_ISSUER is not a valid URL: set it to the address of your sign-in service, like https://signin.example.gov.uk (got signin.example.gov.uk)',
    );
    expect(() => parseOidcConfigOrThrow({ ...base, OIDC_ISSUER: 'http://signin.example.gov.uk' })).toThrow('OIDC_ISSUER must use https://');
    expect(() => parseOidcConfigOrThrow({ ...base, OIDC_REDIRECT_URI: 'https://oa.example.gov.uk/callback' })).toThrow('OIDC_REDIRECT_URI must end in /api/auth/oidc/callback');
    expect(() => parseOidcConfigOrThrow({ ...base, OIDC_SCOPES: 'email profile' })).toThrow('OIDC_SCOPES must include openid');
    expect(() => parseOidcConfigOrThrow({ ...base, OIDC_ROLE_CLAIM: 'two words' })).toThrow('OIDC_ROLE_CLAIM must be one claim name');
  });

  it('allows plain http only for a provider on this machine', () => {
    expect(parseOidcConfigOrThrow({ ...base, OIDC_ISSUER: 'http://127.0.0.1:8080' })).toMatchObject({ allowInsecureHttp: true });
    expect(parseOidcConfigOrThrow({ ...base, OIDC_ISSUER: 'http://localhost:8080/realms/oa' })).toMatchObject({ allowInsecureHttp: true });
  });
});
