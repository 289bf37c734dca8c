import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../support/engines.ts';
import { startTestApp, type TestApp } from '../../support/server.ts';

// Issue 23, finding 3: downloads had no limit, so one client could start as many national builds as it liked.
describe.each(await testEngines())('download limit per client on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a client’s third download at once with 429, Retry-After and the error shape, while another client is served', async () => {
    const get = (remoteAddress: string) => t.app.inject({ method: 'GET', url: '/api/opportunity-areas?format=csv', remoteAddress });
    const replies = await Promise.all([get('10.0.0.1'), get('10.0.0.1'), get('10.0.0.1'), get('10.0.0.2')]);
    expect(replies.map((r) => r.statusCode)).toEqual([200, 200, 429, 200]);
    const [first, , refused] = replies;
    expect(refused.headers['retry-after']).toBe('10');
    expect(refused.json()).toEqual({ error: { code: 'too_many_downloads', message: 'You already have 2 downloads being prepared. Wait for one to finish, then try again' } });
    expect(first.body.split('\r\n').filter((line) => line !== '')).toHaveLength(13);
    // Places are given back when a download has been sent.
    expect((await get('10.0.0.1')).statusCode).toBe(200);
  });

  it('counts a HEAD of a download, which builds the file too', async () => {
    const replies = await Promise.all([
      t.app.inject({ method: 'HEAD', url: '/api/opportunity-areas?format=xlsx', remoteAddress: '10.0.0.3' }),
      t.app.inject({ method: 'HEAD', url: '/api/opportunity-areas?format=xlsx', remoteAddress: '10.0.0.3' }),
      t.app.inject({ method: 'GET', url: '/api/opportunity-areas?format=xlsx', remoteAddress: '10.0.0.3' }),
    ]);
    expect(replies.map((r) => r.statusCode)).toEqual([200, 200, 429]);
  });
});
