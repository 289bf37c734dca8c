import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiToken } from '../../../src/app/access/api-token.ts';
import { createApiToken } from '../../../src/storage/repositories/api-tokens.repository.ts';
import { findOrCreateOidcUser } from '../../../src/storage/repositories/oidc-users.repository.ts';
import { createEvent } from '../../../src/storage/repositories/research-network.repository.ts';
import { fakeUpn, seedCareersSchools } from '../../support/careers-fixture.ts';
import { fixedClock } from '../../support/clock.ts';
import { testEngines } from '../../support/engines.ts';
import { loadNetworkSchoolsFixture } from '../../support/network-fixtures.ts';
import { startTestApp, type TestApp } from '../../support/server.ts';
import { addUser, signIn, TEST_PASSWORD, type SignedIn } from '../../support/users.ts';

/**
 * The route matrix (route-matrix.test.ts) checks each route on its own; these are the paths that went
 * round it (issue 23): writing a pupil record held by another school, a hub taking a school by recording
 * its attendance, a token outliving its user's scope, and a scope that does not suit its role.
 */

interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}
interface CellJson {
  value: number | null;
}

const actor = { userId: null, label: 'test' };

describe.each(await testEngines())('pupil records stay with their school (finding 2) on $name', (engine) => {
  let t: TestApp;
  const as = new Map<string, SignedIn>();
  const keyPath = join(mkdtempSync(join(tmpdir(), 'oa-indirect-')), 'pseudonym-key');
  const pseudonym = (upn: string) => createHmac('sha256', Buffer.from(readFileSync(keyPath, 'utf8').trim(), 'hex')).update(upn).digest('hex');
  const x = fakeUpn(1);
  const y = fakeUpn(2);
  const z = fakeUpn(3);

  beforeAll(async () => {
    t = await startTestApp(engine, { pseudonymKeyPath: keyPath });
    await seedCareersSchools(t.handle.db);
    const users = [
      ['stmarys', 'school', ['school:141257']],
      ['academy', 'school', ['school:140001']],
      ['derby', 'school', ['school:140002']],
      ['lead', 'area_lead', ['area:blackpool']],
      ['admin', 'admin', []],
    ] as const;
    for (const [name, role, scope] of users) {
      await addUser(t.handle.db, `${name}@example.gov.uk`, role, scope);
      as.set(name, await signIn(t.app, `${name}@example.gov.uk`));
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const headers = (who: string) => as.get(who)?.headers ?? {};
  const record = (who: string, urn: number, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/careers/schools/${String(urn)}/encounters`, headers: headers(who), payload });
  const encounter = { yearGroup: '9', fsm: false, encounterDate: '2025-10-01', encounterType: 'talk', employerName: 'Acme' };
  const pupil = (upn: string) => t.handle.db.selectFrom('careers_pupils').select(['id', 'urn', 'year_group', 'fsm', 'encounters', 'held_for']).where('pseudonym', '=', pseudonym(upn)).executeTakeFirst();

  it('finding 2: a school user recording a pupil on another school’s roll gets the answer a new pupil gets, and the other school’s record is not changed', async () => {
    expect((await record('derby', 140002, { ...encounter, upn: x, yearGroup: '10', fsm: true })).statusCode).toBe(201);
    const before = await pupil(x);
    expect(before).toMatchObject({ urn: 140002, year_group: 10, fsm: 1, encounters: 1, held_for: null });

    // The same encounter the Derby school recorded: the reply must not say it is already known anywhere.
    const known = await record('stmarys', 141257, { ...encounter, upn: x });
    const unknown = await record('stmarys', 141257, { ...encounter, upn: y });
    expect(known.statusCode).toBe(201);
    expect([known.statusCode, known.body]).toEqual([unknown.statusCode, unknown.body]);
    expect(known.json()).toEqual({ recorded: true });

    expect(await pupil(x)).toEqual(before);
    const held = await t.handle.db.selectFrom('careers_pupils').select(['urn', 'year_group', 'fsm', 'encounters']).where('held_for', '=', before?.id ?? -1).execute();
    expect(held).toEqual([{ urn: 141257, year_group: 9, fsm: 0, encounters: 1 }]);
    // Recording it again is this school's own record speaking: already recorded here.
    expect((await record('stmarys', 141257, { ...encounter, upn: x })).json()).toEqual({ recorded: false });
    const derby = await t.app.inject({ method: 'GET', url: '/api/careers/schools/140002?target=1', headers: headers('derby') });
    expect(derby.json<{ total: { pupils: CellJson; fsmPupils: CellJson } }>().total).toMatchObject({ pupils: { value: 1 }, fsmPupils: { value: 1 } });
  });

  it('finding 2: moving a pupil is a transfer by the national team or the area lead of both schools, refused to school users, and audited', async () => {
    expect((await record('academy', 140001, { ...encounter, upn: z, encounterDate: '2025-09-20' })).statusCode).toBe(201);
    expect((await record('stmarys', 141257, { ...encounter, upn: z, fsm: true, encounterDate: '2025-11-01', encounterType: 'mentoring', employerName: 'Bolt' })).statusCode).toBe(201);
    const main = await pupil(z);
    const heldX = await t.handle.db.selectFrom('careers_pupils').select('id').where('held_for', '=', (await pupil(x))?.id ?? -1).executeTakeFirstOrThrow();
    const heldZ = await t.handle.db.selectFrom('careers_pupils').select('id').where('held_for', '=', main?.id ?? -1).executeTakeFirstOrThrow();
    const list = (who: string) => t.app.inject({ method: 'GET', url: '/api/careers/schools/141257/held-pupils', headers: headers(who) });
    const transfer = (who: string, id: number, reason = 'Joined in year 9') =>
      t.app.inject({ method: 'POST', url: `/api/careers/schools/141257/held-pupils/${String(id)}/transfer`, headers: headers(who), payload: { reason } });

    for (const school of ['stmarys', 'academy']) {
      expect((await list(school)).statusCode).toBe(403);
      expect((await transfer(school, heldZ.id)).statusCode).toBe(403);
      // Permission comes before validation: an empty reason is still a 403 for them.
      expect((await transfer(school, heldZ.id, '')).statusCode).toBe(403);
    }
    const listed = (await list('lead')).json<{ items: { id: number; yearGroup: number; encounters: number; heldAt: { urn: number; name: string | null } | null }[] }>();
    // The Derby school is outside the area lead's area: that the pupil is held there is not shown to them.
    expect(listed.items).toEqual([
      { id: heldX.id, yearGroup: 9, encounters: 1, heldAt: null },
      { id: heldZ.id, yearGroup: 9, encounters: 1, heldAt: { urn: 140001, name: 'Blackpool Test Academy' } },
    ]);
    const outside = await transfer('lead', heldX.id);
    expect(outside.statusCode).toBe(403);
    expect(outside.json<ErrorBody>().error.message).toContain('You need access to both schools');
    expect((await transfer('lead', heldZ.id, ' ')).json<ErrorBody>().error.fields).toEqual([{ field: 'reason', message: 'Say why the pupil is moving, such as "joined in year 10"' }]);

    const moved = await transfer('lead', heldZ.id);
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toEqual({ transferred: true, from: 140001, mergedEncounters: 1 });
    expect(await pupil(z)).toEqual({ ...main, urn: 141257, fsm: 1, encounters: 2 });
    expect(await t.handle.db.selectFrom('careers_pupils').select('id').where('id', '=', heldZ.id).execute()).toEqual([]);
    const audit = await t.handle.db.selectFrom('audit_log').select(['actor', 'entity_id', 'summary']).where('action', '=', 'careers.pupil.transfer').execute();
    expect(audit.map((a) => [a.actor, a.entity_id, JSON.parse(a.summary) as unknown])).toEqual([
      ['lead@example.gov.uk', '141257', { from: 140001, to: 141257, reason: 'Joined in year 9', mergedEncounters: 1 }],
    ]);
    expect((await transfer('lead', heldZ.id)).statusCode).toBe(404);

    expect((await transfer('admin', heldX.id, 'Moved from Derby')).json()).toMatchObject({ transferred: true, from: 140002 });
    expect(await pupil(x)).toMatchObject({ urn: 141257, year_group: 9, fsm: 0, held_for: null });
    const derby = await t.app.inject({ method: 'GET', url: '/api/careers/schools/140002?target=1', headers: headers('admin') });
    expect(derby.json<{ total: { pupils: CellJson } }>().total.pupils).toEqual({ value: 0 });
    const stMarys = await t.app.inject({ method: 'GET', url: '/api/careers/schools/141257?target=1', headers: headers('stmarys') });
    // x, y and z, each once.
    expect(stMarys.json<{ total: { pupils: CellJson } }>().total.pupils).toEqual({ value: 3 });
    expect((await list('lead')).json<{ items: unknown[] }>().items).toEqual([]);
  });
});

describe.each(await testEngines())('a hub reaches only the schools it serves (finding 5) on $name', (engine) => {
  let t: TestApp;
  let derbyHub: SignedIn;
  let blackpoolHub: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(engine);
    // Schools on the equator: the Blackpool hub's host at 0°, the Derby hub's host (138443) at 1°, 111 km away.
    await loadNetworkSchoolsFixture(t.handle.db);
    await createEvent(t.handle.db, { id: 'derby-day', hubId: 'derby-research-school', programmeId: null, kind: 'training', title: 'Derby training', heldOn: '2018-01-11' }, actor, fixedClock());
    await addUser(t.handle.db, 'derby@example.gov.uk', 'hub_lead', ['hub:derby-research-school']);
    await addUser(t.handle.db, 'blackpool@example.gov.uk', 'hub_lead', ['hub:blackpool-research-school']);
    derbyHub = await signIn(t.app, 'derby@example.gov.uk');
    blackpoolHub = await signIn(t.app, 'blackpool@example.gov.uk');
  });
  afterAll(async () => {
    await t.close();
  });

  const attend = (urn: string) => t.app.inject({ method: 'POST', url: '/api/hubs/derby-research-school/events/derby-day/attendance', headers: derbyHub.headers, payload: { urn, role: 'leader', people: 1 } });

  it('finding 5: a hub lead cannot record attendance for a school the hub does not serve, and so gains no reach over it', async () => {
    // 100002 is in Blackpool, 100 km from the Derby hub.
    const refused = await attend('100002');
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ErrorBody>().error.fields).toEqual([
      {
        field: 'urn',
        message: 'Enter the URN of a school this Research School serves: derby-research-school does not serve school 100002: a Research School serves the schools of its Opportunity Area and those within 20 km of where it works from',
      },
    ]);
    expect(await t.handle.db.selectFrom('event_attendance').select('urn').execute()).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/schools/100002/engagement', headers: { cookie: derbyHub.cookie } })).statusCode).toBe(403);
    const set = await t.app.inject({ method: 'POST', url: '/api/hubs/derby-research-school/schools/100002/engagement', headers: derbyHub.headers, payload: { level: 'embedded', reason: 'x', effectiveOn: '2018-02-01' } });
    expect(set.statusCode).toBe(404);
    // The school at the Derby hub's own door (its host, within 20 km) is served, whatever its district.
    expect((await attend('138443')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/schools/138443/engagement', headers: { cookie: derbyHub.cookie } })).statusCode).toBe(200);
  });

  it('finding 5: an evidence plan is bounded: per pupil, by the school’s roll and in total', async () => {
    const plan = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/hubs/blackpool-research-school/schools/100002/evidence-plans', headers: blackpoolHub.headers, payload: { strands: ['feedback'], expectedMonths: 6, startsOn: '2018-09-01', ...payload } });
    // £1bn: 10,000 pupils at £100,000 each (the old limits allowed it).
    const billion = await plan({ targetPupils: 10_000, costPerPupilPence: 10_000_000 });
    expect(billion.statusCode).toBe(400);
    expect(billion.json<ErrorBody>().error.fields).toEqual([
      { field: 'targetPupils', message: 'Enter at most 100 pupils: the school had 100 pupils on roll in the 2018/19 census' },
      { field: 'costPerPupilPence', message: 'Enter a cost per pupil of £5,000 or less: the Toolkit’s dearest approaches start at £1,200 per pupil a year' },
    ]);
    expect(await t.handle.db.selectFrom('evidence_plans').select('urn').execute()).toEqual([]);
    expect((await plan({ targetPupils: 100, costPerPupilPence: 120_000 })).statusCode).toBe(200);
  });
});

describe.each(await testEngines())('tokens and scopes follow the user (findings 6 and 7) on $name', (engine) => {
  let t: TestApp;
  const board = { chair: 'Test Chair', chairNamedOn: '2020-01', sourceNote: 'Indirect paths test' };
  const subject = 'https://signin.example.gov.uk lead-1';
  beforeAll(async () => {
    t = await startTestApp(engine, { pseudonymKeyPath: join(mkdtempSync(join(tmpdir(), 'oa-indirect-')), 'key') });
    await seedCareersSchools(t.handle.db);
  });
  afterAll(async () => {
    await t.close();
  });

  const signInByOidc = (scope: readonly ('area:blackpool' | 'area:derby')[]) =>
    findOrCreateOidcUser(t.handle.db, subject, { email: 'lead@example.gov.uk', emailVerified: true, role: 'area_lead', scope }, actor, fixedClock());
  async function tokenFor(email: string, scope: Parameters<typeof createApiToken>[1]['scope']): Promise<Record<string, string>> {
    const user = await t.handle.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    const token = generateApiToken();
    await createApiToken(t.handle.db, { publicId: token.publicId, secretHash: token.secretHash, userId: user.id, userEmail: email, name: 'test', scope }, actor, fixedClock());
    return { authorization: `Bearer ${token.token}` };
  }
  const putBoard = (area: string, headers: Record<string, string>) => t.app.inject({ method: 'PUT', url: `/api/opportunity-areas/${area}/board`, headers, payload: board });

  it('finding 6: a token is cut to its user’s current scope at every use, and one with nothing left answers 403', async () => {
    await signInByOidc(['area:blackpool', 'area:derby']);
    const derbyOnly = await tokenFor('lead@example.gov.uk', ['area:derby']);
    const both = await tokenFor('lead@example.gov.uk', ['area:blackpool', 'area:derby']);
    expect((await putBoard('derby', derbyOnly)).statusCode).toBe(200);
    expect((await putBoard('derby', both)).statusCode).toBe(200);

    // The next OIDC sign-in says the lead now covers Blackpool only.
    await signInByOidc(['area:blackpool']);
    const dead = await putBoard('derby', derbyOnly);
    expect(dead.statusCode).toBe(403);
    expect(dead.json<ErrorBody>().error).toEqual({
      code: 'token_out_of_scope',
      message: 'This API token reaches nothing its user can still access: their scope has changed since it was made. Revoke it and create a new one with: oa tokens create',
    });
    // Even a public route: the token no longer stands for anyone.
    expect((await t.app.inject({ method: 'GET', url: '/api/opportunity-areas', headers: derbyOnly })).statusCode).toBe(403);
    expect((await putBoard('derby', both)).statusCode).toBe(403);
    expect((await putBoard('blackpool', both)).statusCode).toBe(200);
  });

  it('finding 7: a stored scope that does not suit the role is not obeyed: a school user with an area scope gets no area-wide pupil rights', async () => {
    // As `oa users add --role school --scope area:blackpool` could make before scopes were checked against roles.
    await addUser(t.handle.db, 'odd@example.gov.uk', 'school', ['school:141257']);
    await t.handle.db.updateTable('users').set({ scope: JSON.stringify(['school:141257', 'area:blackpool']) }).where('email', '=', 'odd@example.gov.uk').execute();
    const odd = await signIn(t.app, 'odd@example.gov.uk', TEST_PASSWORD);
    const session = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: odd.cookie } });
    expect(session.json<{ user: { scope: string[] } }>().user.scope).toEqual(['school:141257']);
    // Another Blackpool school: no pupil writes, no whole figures.
    const payload = { upn: fakeUpn(9), yearGroup: '9', fsm: false, encounterDate: '2025-10-01', encounterType: 'talk' };
    expect((await t.app.inject({ method: 'POST', url: '/api/careers/schools/140001/encounters', headers: odd.headers, payload })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/careers/areas/blackpool', headers: { cookie: odd.cookie } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/careers/schools/140001', headers: { cookie: odd.cookie } })).statusCode).toBe(403);
    // Their own school still works.
    expect((await t.app.inject({ method: 'POST', url: '/api/careers/schools/141257/encounters', headers: odd.headers, payload })).statusCode).toBe(201);
  });
});
