import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCareersSchools } from '../../support/careers-fixture.ts';
import { testEngines } from '../../support/engines.ts';
import { startTestApp, type TestApp } from '../../support/server.ts';
import { addUser, signIn, type SignedIn } from '../../support/users.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}
interface UserBody {
  id: number;
  email: string;
  name: string | null;
  role: string;
  scope: string[];
  disabledAt: string | null;
}

describe.each(await testEngines())('managing users through the API on $name', (engine) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(engine);
    await seedCareersSchools(t.handle.db);
    await addUser(t.handle.db, 'admin@example.gov.uk', 'admin');
    admin = await signIn(t.app, 'admin@example.gov.uk');
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload });
  const patch = (id: number, payload: Record<string, unknown>, as: SignedIn = admin) => t.app.inject({ method: 'PATCH', url: `/api/users/${String(id)}`, headers: as.headers, payload });
  const auditOf = (email: string) =>
    t.handle.db.selectFrom('audit_log').select(['action', 'actor', 'summary']).where('entity_type', '=', 'user').where('entity_id', '=', email).where('action', 'like', 'user.%').orderBy('id').execute();

  it('adds a school user with a name and a school from the register, returns a one-time password that signs in, and audits it', async () => {
    const response = await post({ email: ' Head@StMarys.sch.uk ', name: '  Pat   Head ', role: 'school', scope: ['school:141257'] });
    expect(response.statusCode).toBe(201);
    const { user, oneTimePassword } = response.json<{ user: UserBody; oneTimePassword: string }>();
    expect(user).toMatchObject({ email: 'head@stmarys.sch.uk', name: 'Pat Head', role: 'school', scope: ['school:141257'], disabledAt: null });
    expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(response.headers['cache-control']).toBe('no-store');
    await signIn(t.app, 'head@stmarys.sch.uk', oneTimePassword);
    const audit = await auditOf('head@stmarys.sch.uk');
    expect(audit[0]).toMatchObject({ action: 'user.create', actor: 'admin@example.gov.uk' });
    expect(JSON.stringify(audit)).not.toContain(oneTimePassword);
    const fetched = await t.app.inject({ method: 'GET', url: `/api/users/${String(user.id)}`, headers: admin.headers });
    expect(fetched.json<UserBody>()).toMatchObject({ email: 'head@stmarys.sch.uk', name: 'Pat Head' });
  });

  it('refuses a duplicate email with 409 duplicate_email, naming the email field', async () => {
    await post({ email: 'twice@example.gov.uk', role: 'analyst', scope: [] });
    const again = await post({ email: 'TWICE@example.gov.uk', role: 'analyst', scope: [] });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error).toMatchObject({ code: 'duplicate_email', fields: [{ field: 'email', message: 'A user with the email twice@example.gov.uk already exists' }] });
  });

  it('refuses scopes that do not exist with 400 unknown_scope, one message per entry, and adds nobody', async () => {
    const response = await post({ email: 'nowhere@example.gov.uk', role: 'area_lead', scope: ['area:atlantis', 'area:blackpool', 'area:lyonesse'] });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<ErrorBody>();
    expect(error.code).toBe('unknown_scope');
    expect(error.fields).toEqual([
      { field: 'scope', message: 'There is no Opportunity Area with the identifier “atlantis”' },
      { field: 'scope', message: 'There is no Opportunity Area with the identifier “lyonesse”' },
    ]);
    const school = await post({ email: 'nowhere@example.gov.uk', role: 'school', scope: ['school:999999'] });
    expect(school.json<ErrorBody>().error.fields?.[0]?.message).toContain('no school with the URN 999999 in the school register');
    const hub = await post({ email: 'nowhere@example.gov.uk', role: 'hub_lead', scope: ['hub:nowhere-research-school'] });
    expect(hub.json<ErrorBody>().error.code).toBe('unknown_scope');
    expect(await t.handle.db.selectFrom('users').select('id').where('email', '=', 'nowhere@example.gov.uk').execute()).toEqual([]);
  });

  it('lists every problem with the input at once: a bad email and a scope of the wrong kind', async () => {
    const response = await post({ email: 'not an email', role: 'school', scope: ['area:blackpool'] });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['email', 'scope']);
  });

  it('changes role and scope, disables and re-enables, each audited with before and after', async () => {
    const added = (await post({ email: 'mover@example.gov.uk', role: 'school', scope: ['school:141257'] })).json<{ user: UserBody; oneTimePassword: string }>();
    const session = await signIn(t.app, 'mover@example.gov.uk', added.oneTimePassword);
    const changed = await patch(added.user.id, { role: 'area_lead', scope: ['area:blackpool'] });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<UserBody>()).toMatchObject({ role: 'area_lead', scope: ['area:blackpool'] });
    // The new role applies to the session at once.
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: session.cookie } })).json<{ user: { role: string } }>().user.role).toBe('area_lead');
    const disabled = await patch(added.user.id, { disabled: true });
    expect(disabled.json<UserBody>().disabledAt).toBe('2026-01-15T09:30:00.000Z');
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: session.cookie } })).json<{ user: unknown }>().user).toBeNull();
    expect((await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'mover@example.gov.uk', password: added.oneTimePassword } })).statusCode).toBe(401);
    expect((await patch(added.user.id, { disabled: false })).json<UserBody>().disabledAt).toBeNull();
    await signIn(t.app, 'mover@example.gov.uk', added.oneTimePassword);
    const audit = await auditOf('mover@example.gov.uk');
    expect(audit.map((e) => e.action)).toEqual(['user.create', 'user.update', 'user.disable', 'user.enable']);
    expect(JSON.parse(String(audit[1]?.summary))).toEqual({ role: { before: 'school', after: 'area_lead' }, scope: { before: ['school:141257'], after: ['area:blackpool'] } });
  });

  it('refuses a role change whose scope no longer fits, and an unknown user with 404', async () => {
    const added = (await post({ email: 'fit@example.gov.uk', role: 'school', scope: ['school:141257'] })).json<{ user: UserBody }>();
    const misfit = await patch(added.user.id, { role: 'area_lead' });
    expect(misfit.statusCode).toBe(400);
    expect(misfit.json<ErrorBody>().error.fields).toEqual([{ field: 'scope', message: expect.stringContaining('The area_lead role’s scope can only list area:<id>') as unknown }]);
    expect((await patch(999_999, { disabled: true })).statusCode).toBe(404);
  });

  it('never leaves the service without an active admin: the last one cannot be disabled or demoted (409 last_admin)', async () => {
    const me = await t.handle.db.selectFrom('users').select('id').where('email', '=', 'admin@example.gov.uk').executeTakeFirstOrThrow();
    const demote = await patch(me.id, { role: 'analyst', scope: [] });
    expect(demote.statusCode).toBe(409);
    expect(demote.json<ErrorBody>().error).toMatchObject({ code: 'last_admin', fields: [{ field: 'role' }] });
    const disable = await patch(me.id, { disabled: true });
    expect(disable.json<ErrorBody>().error).toMatchObject({ code: 'last_admin', fields: [{ field: 'disabled' }] });
    // With a second admin, the first may step down; then the second is the last.
    const second = (await post({ email: 'second@example.gov.uk', role: 'admin', scope: [] })).json<{ user: UserBody; oneTimePassword: string }>();
    expect((await patch(me.id, { role: 'analyst', scope: [] })).statusCode).toBe(200);
    const secondSession = await signIn(t.app, 'second@example.gov.uk', second.oneTimePassword);
    expect((await patch(second.user.id, { disabled: true }, secondSession)).statusCode).toBe(409);
    expect((await patch(me.id, { role: 'admin' }, secondSession)).statusCode).toBe(200);
    admin = await signIn(t.app, 'admin@example.gov.uk');
  });
});
