import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvent, recordAttendance } from '../../src/storage/repositories/research-network.repository.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';
import { loadNetworkSchoolsFixture } from '../support/network-fixtures.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

interface ListBody {
  kind: string;
  membershipLoaded: boolean;
  limitedToScope: boolean;
  schoolsWithout: number;
  items: { code: string; name: string | null; schools: number; highNeed: number; highNeedNotReached: number; funnel: { stages: { level: string; at: number }[] } }[];
}
interface DetailBody {
  intermediary: { code: string; name: string | null; schools: number; highNeedNotReached: number };
  schools: { urn: number; level: string; highNeed: boolean; notReached: boolean; needScore: number | null }[];
}

const summary = (body: ListBody) => body.items.map((i) => [i.code, i.name, i.schools, i.highNeed, i.highNeedNotReached]);

describe.each(await testEngines())('local authorities and trusts as intermediaries (API) on $name', (engine) => {
  let t: TestApp;
  let admin: SignedIn;
  let areaLead: SignedIn;
  let derbyHub: SignedIn;
  let school: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(engine);
    await loadNetworkSchoolsFixture(t.handle.db);
    // Wyndham is Derby's, in Derby: the only school outside Blackpool.
    await t.handle.db.updateTable('schools').set({ district_code: 'E06000015', education_la_code: 'E06000015' }).where('urn', '=', 138443).execute();
    await addUser(t.handle.db, 'admin@example.gov.uk', 'admin', []);
    await addUser(t.handle.db, 'area@example.gov.uk', 'area_lead', ['area:blackpool']);
    await addUser(t.handle.db, 'derby@example.gov.uk', 'hub_lead', ['hub:derby-research-school']);
    await addUser(t.handle.db, 'school@example.gov.uk', 'school', ['school:141257']);
    admin = await signIn(t.app, 'admin@example.gov.uk');
    areaLead = await signIn(t.app, 'area@example.gov.uk');
    derbyHub = await signIn(t.app, 'derby@example.gov.uk');
    school = await signIn(t.app, 'school@example.gov.uk');
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (who: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
  const list = async (who: SignedIn, query: string) => {
    const response = await get(who, `/api/intermediaries${query}`);
    expect(response.statusCode).toBe(200);
    return response.json<ListBody>();
  };

  it('says plainly when no trust membership is loaded', async () => {
    const body = await list(admin, '?kind=trust');
    expect(body).toMatchObject({ kind: 'trust', membershipLoaded: false, schoolsWithout: 4, items: [] });
  });

  it('lists each local authority with its schools, high-need schools and those not yet reached, most not reached first', async () => {
    const body = await list(admin, '?highNeed=90');
    expect(body).toMatchObject({ kind: 'local-authority', membershipLoaded: true, limitedToScope: false, schoolsWithout: 0 });
    expect(summary(body)).toEqual([
      ['E06000009', 'Blackpool', 3, 1, 1],
      ['E06000015', 'Derby', 1, 0, 0],
    ]);
    expect(body.items[0]?.funnel.stages[0]).toEqual({ level: 'none', at: 3, atLeast: 3 });
  });

  it('bounded work: the local authorities and trusts list is paged (100 by default, at most 500) with the total; the download has every one', async () => {
    const first = await list(admin, '?highNeed=90&pageSize=1');
    expect(first).toMatchObject({ page: 1, pageSize: 1, total: 2 });
    expect(summary(first)).toEqual([['E06000009', 'Blackpool', 3, 1, 1]]);
    expect(summary(await list(admin, '?highNeed=90&pageSize=1&page=2'))).toEqual([['E06000015', 'Derby', 1, 0, 0]]);
    expect(await list(admin, '')).toMatchObject({ pageSize: 100, total: 2 });
    expect((await get(admin, '/api/intermediaries?pageSize=501')).statusCode).toBe(400);
    const csv = await get(admin, '/api/intermediaries?format=csv&pageSize=1');
    expect(csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n')).toHaveLength(3);
  });

  it('shows those limited to their scope only the intermediaries working in it, and refuses school users', async () => {
    expect(summary(await list(areaLead, '?highNeed=90'))).toEqual([['E06000009', 'Blackpool', 3, 1, 1]]);
    expect(await list(derbyHub, '')).toMatchObject({ limitedToScope: true, items: [{ code: 'E06000015' }] });
    expect((await get(school, '/api/intermediaries')).statusCode).toBe(403);
    expect((await get(areaLead, '/api/intermediaries/local-authority/E06000015')).statusCode).toBe(403);
    expect((await get(derbyHub, '/api/intermediaries/local-authority/e06000015')).statusCode).toBe(200);
  });

  it('groups by trust once GIAS membership is there, and lists a trust’s schools with high-need not reached first', async () => {
    await t.handle.db.updateTable('schools').set({ trust_code: '16784', trust_name: 'Coastal Learning Trust', trust_flag: 'Supported by a multi-academy trust' }).where('urn', 'in', [100001, 100002, 138443]).execute();
    const body = await list(admin, '?kind=trust&highNeed=90');
    expect(body).toMatchObject({ membershipLoaded: true, schoolsWithout: 1 });
    expect(summary(body)).toEqual([['16784', 'Coastal Learning Trust', 3, 1, 1]]);
    // The trust works in Blackpool and Derby: both areas' people may read it.
    expect((await get(areaLead, '/api/intermediaries/trust/16784')).statusCode).toBe(200);
    const detail = (await get(derbyHub, '/api/intermediaries/trust/16784?highNeed=90')).json<DetailBody>();
    expect(detail.intermediary).toMatchObject({ code: '16784', name: 'Coastal Learning Trust', schools: 3, highNeedNotReached: 1 });
    expect(detail.schools.map((s) => [s.urn, s.notReached])).toEqual([[100002, true], [138443, false], [100001, false]]);
  });

  it('counts a high-need school as reached once it has come to an event', async () => {
    const actor = { userId: null, label: 'test' };
    await createEvent(t.handle.db, { id: 'reach', hubId: 'blackpool-research-school', programmeId: null, kind: 'training', title: 'Reach', heldOn: '2018-01-10' }, actor, fixedClock());
    await recordAttendance(t.handle.db, { eventId: 'reach', urn: 100002, role: 'teacher', people: 1 }, actor, fixedClock());
    expect(summary(await list(admin, '?highNeed=90'))[0]).toEqual(['E06000009', 'Blackpool', 3, 1, 0]);
    const detail = (await get(admin, '/api/intermediaries/local-authority/E06000009?highNeed=90')).json<DetailBody>();
    expect(detail.schools.find((s) => s.urn === 100002)).toMatchObject({ level: 'trained', highNeed: true, notReached: false });
  });

  it('downloads the table as CSV and XLSX, and says when a code has no schools', async () => {
    const csv = await get(admin, '/api/intermediaries?kind=trust&format=csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="trusts-engagement.csv"');
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFkind,code,name,schools,high_need,high_need_not_reached,at_none,at_aware,at_trained,at_implementing,at_embedded');
    expect(csv.body.split('\r\n')[1]).toBe('trust,16784,Coastal Learning Trust,3,1,0,2,0,1,0,0');
    const xlsx = await get(admin, '/api/intermediaries/local-authority/E06000009?format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const schools = await get(admin, '/api/intermediaries/local-authority/E06000009?format=csv');
    expect(schools.body.split('\r\n')[0]).toContain('urn,name,phase,district_code,local_authority_code,trust_code,need_score,high_need,engagement,not_yet_reached');
    const missing = await get(admin, '/api/intermediaries/trust/999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json<{ error: { message: string } }>().error.message).toBe('No open school has the trust 999: check the code, and that trusts are loaded (import GIAS edubasealldata)');
  });
});
