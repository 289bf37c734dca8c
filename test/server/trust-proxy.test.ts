import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustProxyOrThrow } from '../../src/cli/config.ts';
import { runOa } from '../support/cli.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, TEST_PASSWORD } from '../support/users.ts';

/**
 * The low of issue 23 "no way to trust a reverse proxy": behind an HTTPS proxy the session cookie was never
 * Secure, and everyone behind the proxy shared one sign-in limit. TRUST_PROXY names the proxies to believe.
 */
describe('TRUST_PROXY', () => {
  it('is off by default, and takes true or the proxies’ addresses, ranges and named ranges', () => {
    expect(parseTrustProxyOrThrow(undefined)).toBe(false);
    expect(parseTrustProxyOrThrow(' ')).toBe(false);
    expect(parseTrustProxyOrThrow('false')).toBe(false);
    expect(parseTrustProxyOrThrow('true')).toBe(true);
    expect(parseTrustProxyOrThrow('10.0.0.5, 192.168.0.0/16,Loopback,::1,fd00::/8')).toEqual(['10.0.0.5', '192.168.0.0/16', 'loopback', '::1', 'fd00::/8']);
  });

  it('fails fast on a value it cannot use, saying what to write', async () => {
    for (const bad of ['yes', '10.0.0.300', '10.0.0.0/33', '::1/129', 'proxy.example.com', '10.0.0.1,,']) {
      expect(() => parseTrustProxyOrThrow(bad), bad).toThrow(`TRUST_PROXY must be true, false, or a comma-separated list of the addresses or ranges your reverse proxies connect from (like 10.0.0.5,192.168.0.0/16, or loopback) (got "${bad}")`);
    }
    expect(() => parseTrustProxyOrThrow('1')).toThrow('TRUST_PROXY takes your proxies\' addresses, not a number of them (got "1")');
    const run = await runOa(['serve'], { DATABASE_URL: 'sqlite::memory:', TRUST_PROXY: 'yes' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('oa: TRUST_PROXY must be true, false, or a comma-separated list');
  });
});

describe.each(await testEngines())('behind a reverse proxy on $name', (engine) => {
  // Requests from inject come from 127.0.0.1: the proxy, when trusted.
  let trusting: TestApp;
  let plain: TestApp;
  beforeAll(async () => {
    trusting = await startTestApp(engine, { trustProxy: ['127.0.0.1'], signInsPerMinutePerAddress: 2 });
    plain = await startTestApp(engine, { signInsPerMinutePerAddress: 2 });
    for (const t of [trusting, plain]) await addUser(t.handle.db, 'analyst@example.gov.uk', 'analyst');
  });
  afterAll(async () => {
    await trusting.close();
    await plain.close();
  });

  const signIn = (t: TestApp, headers: Record<string, string>, email = 'analyst@example.gov.uk', password = TEST_PASSWORD) =>
    t.app.inject({ method: 'POST', url: '/api/session', headers, payload: { email, password } });

  it('marks the session cookie Secure when the trusted proxy says the request came over HTTPS, and only then', async () => {
    const https = await signIn(trusting, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.7' });
    expect(https.statusCode).toBe(200);
    expect(https.cookies.find((c) => c.name === 'oa_session')?.secure).toBe(true);
    const http = await signIn(trusting, { 'x-forwarded-for': '198.51.100.8' });
    expect(http.cookies.find((c) => c.name === 'oa_session')?.secure).toBeUndefined();
    // Without TRUST_PROXY the header is anyone's to send, so it is not believed.
    const untrusted = await signIn(plain, { 'x-forwarded-proto': 'https' });
    expect(untrusted.cookies.find((c) => c.name === 'oa_session')?.secure).toBeUndefined();
  });

  it('counts sign-in attempts by the client address the trusted proxy forwards, not one shared limit', async () => {
    const from = (address: string, n: number) => signIn(trusting, { 'x-forwarded-for': address }, `nobody${String(n)}@example.gov.uk`, 'wrong');
    expect((await from('203.0.113.1', 1)).statusCode).toBe(401);
    expect((await from('203.0.113.1', 2)).statusCode).toBe(401);
    expect((await from('203.0.113.1', 3)).statusCode).toBe(429);
    expect((await from('203.0.113.2', 4)).statusCode).toBe(401);
  });

  it('without TRUST_PROXY, counts every forwarded client as the proxy itself, so a client cannot forge its way round the limit', async () => {
    const fresh = await startTestApp(engine, { signInsPerMinutePerAddress: 2 });
    try {
      const from = (address: string, n: number) => signIn(fresh, { 'x-forwarded-for': address }, `nobody${String(n)}@example.gov.uk`, 'wrong');
      expect((await from('203.0.113.1', 1)).statusCode).toBe(401);
      expect((await from('203.0.113.2', 2)).statusCode).toBe(401);
      expect((await from('203.0.113.3', 3)).statusCode).toBe(429);
    } finally {
      await fresh.close();
    }
  });
});
