import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/storage/repositories/audit.repository.ts';
import { testEngines } from '../support/engines.ts';
import { loadNetworkSchoolsFixture } from '../support/network-fixtures.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}
interface HubsBody {
  items: { id: string; placed: boolean; placedBy: string | null; reason: string | null }[];
}

const PLACEMENT = '/api/hubs/bradford-research-school/placement';

describe.each(await testEngines())('placing hubs through the API on $name', (engine) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(engine);
    await loadNetworkSchoolsFixture(t.handle.db);
    await addUser(t.handle.db, 'national@example.gov.uk', 'admin');
    admin = await signIn(t.app, 'national@example.gov.uk');
  });
  afterAll(async () => {
    await t.close();
  });

  const bradford = async () => (await t.app.inject({ method: 'GET', url: '/api/hubs' })).json<HubsBody>().items.find((h) => h.id === 'bradford-research-school');
  const place = (payload: Record<string, unknown>) => t.app.inject({ method: 'PUT', url: PLACEMENT, headers: admin.headers, payload });
  const fieldsOf = (body: ErrorBody) => body.error.fields?.map((f) => f.field);

  it('names the field at fault: no place, two places, an unknown postcode, coordinates outside England, no reason', async () => {
    expect(fieldsOf((await place({ reason: 'Training held there' })).json<ErrorBody>())).toEqual(['where']);
    expect(fieldsOf((await place({ urn: 100001, postcode: 'BD3 7AU', reason: 'Training held there' })).json<ErrorBody>())).toEqual(['where']);
    const postcode = await place({ postcode: 'BD3 7AU', reason: 'Training held there' });
    expect(postcode.statusCode).toBe(400);
    expect(fieldsOf(postcode.json<ErrorBody>())).toEqual(['postcode']);
    expect(postcode.json<ErrorBody>().error.message).toContain('BD3 7AU is not among the imported postcode centroids');
    expect(fieldsOf((await place({ postcode: 'not a postcode', reason: 'x' })).json<ErrorBody>())).toEqual(['postcode']);
    const swapped = await place({ lat: -1.75, lon: 53.79, reason: 'Training held there' });
    expect(fieldsOf(swapped.json<ErrorBody>())).toEqual(['lat']);
    expect(swapped.json<ErrorBody>().error.message).toContain('swapped');
    expect(fieldsOf((await place({ lat: 53.79, lon: -1.75, reason: '  ' })).json<ErrorBody>())).toEqual(['reason']);
    expect((await t.app.inject({ method: 'PUT', url: '/api/hubs/nowhere/placement', headers: admin.headers, payload: { urn: 100001, reason: 'x' } })).statusCode).toBe(404);
    expect(await bradford()).toMatchObject({ placed: false, placedBy: null });
    expect((await bradford())?.reason).toContain('no single URN');
  });

  it('places a hub with no host URN at a school, then at coordinates, audited, and removes the placement', async () => {
    const atSchool = await place({ urn: 100001, reason: 'Dixons run their training from here' });
    expect(atSchool.statusCode).toBe(200);
    expect(atSchool.json()).toEqual({ id: 'bradford-research-school', lat: 0, lon: 0.4, basis: 'at Forty Primary (URN 100001)', reason: 'Dixons run their training from here' });
    expect(await bradford()).toMatchObject({ placed: true, placedBy: 'placed by the programme at Forty Primary (URN 100001)', reason: null });
    // The hub now takes schools in the assignment: Forty Primary is its own nearest school.
    const hub = await t.app.inject({ method: 'GET', url: '/api/hubs/bradford-research-school?capacity=1', headers: admin.headers });
    expect(hub.json<{ hub: { placed: boolean }; schools: { items: { urn: number }[] } }>()).toMatchObject({ hub: { placed: true }, schools: { items: [{ urn: 100001 }] } });

    expect((await place({ lat: 53.7947, lon: -1.7537, reason: 'Moved to the city centre' })).json()).toMatchObject({ basis: 'at 53.7947, -1.7537' });
    // The hub page reads the network kept from the request above; moving the hub must not leave it stale.
    const moved = await t.app.inject({ method: 'GET', url: '/api/hubs/bradford-research-school?capacity=1', headers: admin.headers });
    expect(moved.json<{ hub: { placedBy: string }; schools: { items: unknown[] } }>()).toMatchObject({ hub: { placedBy: 'placed by the programme at 53.7947, -1.7537' }, schools: { items: [] } });
    const audit = await listAudit(t.handle.db, { entityType: 'research_school' });
    expect(audit.map((a) => a.action).slice(0, 2)).toEqual(['hub.place', 'hub.place']);
    expect(audit[0]).toMatchObject({ entityId: 'bradford-research-school', actor: 'national@example.gov.uk', summary: { before: { basis: 'at Forty Primary (URN 100001)' }, after: { basis: 'at 53.7947, -1.7537' } } });

    const remove = (reason: string) => t.app.inject({ method: 'DELETE', url: PLACEMENT, headers: admin.headers, payload: { reason } });
    expect((await remove('')).statusCode).toBe(400);
    expect((await remove('The alliance has no base now')).statusCode).toBe(204);
    expect((await remove('Again')).statusCode).toBe(404);
    const unknown = await t.app.inject({ method: 'DELETE', url: '/api/hubs/nowhere/placement', headers: admin.headers, payload: { reason: 'x' } });
    expect(unknown.json<ErrorBody>().error.message).toBe('There is no Research School with the id nowhere');
    expect(await bradford()).toMatchObject({ placed: false, placedBy: null });
  });
});
