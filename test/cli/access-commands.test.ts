import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runOa } from '../support/cli.ts';

let env: NodeJS.ProcessEnv;

const oa = (args: string[], stdin = '') => runOa(args, env, { stdin });

describe('oa users, tokens and audit', () => {
  beforeEach(async () => {
    env = { DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), 'oa-cli-access-')), 'oa.sqlite')}`, USER: 'ops' };
    expect((await oa(['db', 'migrate'])).code).toBe(0);
    expect((await oa(['demo', 'load'])).code).toBe(0);
  });

  it('adds a scoped user with a one-time password, lists them, and audits both the demo load and the user', async () => {
    const added = await oa(['users', 'add', '--email', 'Lead@Example.gov.uk', '--role', 'area_lead', '--scope', 'area:blackpool']);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Added lead@example.gov.uk as area_lead for area:blackpool.');
    expect(added.stdout).toMatch(/One-time password \(shown only now\): [A-Za-z0-9]{20}\n/);
    const listed = await oa(['users', 'list', '--format', 'json']);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ email: 'lead@example.gov.uk', role: 'area_lead', scope: ['area:blackpool'] })]);
    expect(listed.stdout).not.toContain('scrypt');
    const audit = JSON.parse((await oa(['audit', 'list', '--format', 'json'])).stdout) as { action: string; actor: string }[];
    expect(audit.map((e) => [e.action, e.actor])).toEqual([
      ['user.create', 'cli:ops'],
      ['demo.load', 'cli'],
      ['schema.migrate', 'cli:ops'],
    ]);
  });

  it('takes a password from standard input and refuses a short one', async () => {
    const weak = await oa(['users', 'add', '--email', 'a@example.gov.uk', '--role', 'admin', '--password-stdin'], 'short\n');
    expect(weak).toMatchObject({ code: 2, stderr: 'oa: Password must be at least 12 characters\n' });
    const good = await oa(['users', 'add', '--email', 'a@example.gov.uk', '--role', 'admin', '--password-stdin'], 'a long enough passphrase\n');
    expect(good.code).toBe(0);
    expect(good.stdout).not.toContain('One-time password');
  });

  it('refuses bad usage with exit 2: unknown role, bad scope, scope missing or not allowed, duplicate is exit 1', async () => {
    expect((await oa(['users', 'add', '--email', 'x@example.gov.uk', '--role', 'wizard'])).code).toBe(2);
    const badScope = await oa(['users', 'add', '--email', 'x@example.gov.uk', '--role', 'school', '--scope', 'school:12']);
    expect(badScope).toMatchObject({ code: 2 });
    expect(badScope.stderr).toContain('is not a school URN');
    expect((await oa(['users', 'add', '--email', 'x@example.gov.uk', '--role', 'school'])).stderr).toContain('needs a scope');
    expect((await oa(['users', 'add', '--email', 'x@example.gov.uk', '--role', 'analyst', '--scope', 'area:derby'])).stderr).toContain('give it no scope');
    await oa(['users', 'add', '--email', 'x@example.gov.uk', '--role', 'analyst']);
    const again = await oa(['users', 'add', '--email', 'x@example.gov.uk', '--role', 'analyst']);
    expect(again).toMatchObject({ code: 1, stderr: 'oa: A user with the email x@example.gov.uk already exists\n' });
  });

  it('finding 7: refuses a scope that does not suit the role, such as a school user over a whole area (exit 2, nothing added)', async () => {
    const misfit = await oa(['users', 'add', '--email', 'wide@example.gov.uk', '--role', 'school', '--scope', 'area:blackpool']);
    expect(misfit.code).toBe(2);
    expect(misfit.stderr).toBe('oa: The school role’s scope can only list school:<URN>, so area:blackpool does not fit: give the user a role that covers it, or a scope of the right kind\n');
    expect((await oa(['users', 'add', '--email', 'wide@example.gov.uk', '--role', 'hub_lead', '--scope', 'hub:blackpool-research-school', 'school:141257'])).code).toBe(2);
    const users = JSON.parse((await oa(['users', 'list', '--format', 'json'])).stdout) as { email: string }[];
    expect(users.map((u) => u.email)).not.toContain('wide@example.gov.uk');
  });

  it('creates a token shown once, lists it without its secret, narrows it only within the user, and revokes it', async () => {
    await oa(['users', 'add', '--email', 'lead@example.gov.uk', '--role', 'area_lead', '--scope', 'area:blackpool', 'area:derby']);
    const outside = await oa(['tokens', 'create', '--user', 'lead@example.gov.uk', '--name', 'x', '--scope', 'area:oldham']);
    expect(outside.code).toBe(2);
    const created = await oa(['tokens', 'create', '--user', 'lead@example.gov.uk', '--name', 'board sync', '--scope', 'area:blackpool']);
    expect(created.code).toBe(0);
    const token = /\n(oa_[A-Za-z0-9_-]+)\n$/.exec(created.stdout)?.[1];
    expect(token).toMatch(/^oa_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const listed = JSON.parse((await oa(['tokens', 'list', '--format', 'json'])).stdout) as { publicId: string; scope: string[] }[];
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(token?.slice(16));
    // bounded work: the list stops at --limit, newest first, and says how many there are.
    expect((await oa(['tokens', 'create', '--user', 'lead@example.gov.uk', '--name', 'second sync', '--scope', 'area:blackpool'])).code).toBe(0);
    const newest = await oa(['tokens', 'list', '--limit', '1', '--format', 'json']);
    expect((JSON.parse(newest.stdout) as { name: string }[]).map((t) => t.name)).toEqual(['second sync']);
    expect(newest.stderr).toBe('Showing 1 of 2 API tokens, the newest (--limit to see more).\n');
    expect((await oa(['tokens', 'revoke', listed[0]?.publicId ?? ''])).code).toBe(0);
    expect((await oa(['tokens', 'revoke', listed[0]?.publicId ?? ''])).code).toBe(1);
  });

  it('disables a user and says so; an unknown user is a failure', async () => {
    await oa(['users', 'add', '--email', 'gone@example.gov.uk', '--role', 'analyst']);
    expect((await oa(['users', 'disable', '--email', 'gone@example.gov.uk'])).stdout).toContain('Disabled gone@example.gov.uk');
    expect((await oa(['users', 'disable', '--email', 'nobody@example.gov.uk'])).code).toBe(1);
  });

  it('changes a user’s role and scope, re-enables them, refuses an area that does not exist and the last admin', async () => {
    expect((await oa(['users', 'add', '--email', 'nowhere@example.gov.uk', '--role', 'area_lead', '--scope', 'area:atlantis'])).stderr).toBe('oa: There is no Opportunity Area with the identifier “atlantis”\n');
    await oa(['users', 'add', '--email', 'mover@example.gov.uk', '--name', 'Mo Ver', '--role', 'board_viewer', '--scope', 'area:blackpool']);
    expect((await oa(['users', 'change', '--email', 'mover@example.gov.uk', '--role', 'area_lead', '--scope', 'area:derby'])).stdout).toBe('Changed mover@example.gov.uk: area_lead for area:derby.\n');
    expect((await oa(['users', 'disable', '--email', 'mover@example.gov.uk'])).code).toBe(0);
    expect((await oa(['users', 'enable', '--email', 'mover@example.gov.uk'])).stdout).toBe('Enabled mover@example.gov.uk: they can sign in again.\n');
    const listed = JSON.parse((await oa(['users', 'list', '--format', 'json'])).stdout) as { email: string; name: string | null; role: string; disabledAt: string | null }[];
    expect(listed).toEqual([expect.objectContaining({ email: 'mover@example.gov.uk', name: 'Mo Ver', role: 'area_lead', disabledAt: null })]);
    await oa(['users', 'add', '--email', 'only-admin@example.gov.uk', '--role', 'admin']);
    const last = await oa(['users', 'disable', '--email', 'only-admin@example.gov.uk']);
    expect(last).toMatchObject({ code: 1, stderr: expect.stringContaining('only active user with the national programme team role') as unknown });
  });

  it('sets a new password, which then signs in, and audits it', async () => {
    await oa(['users', 'add', '--email', 'reset@example.gov.uk', '--role', 'analyst']);
    const reset = await oa(['users', 'set-password', '--email', 'reset@example.gov.uk', '--password-stdin'], 'a brand new passphrase\n');
    expect(reset).toMatchObject({ code: 0, stdout: 'Set a new password for reset@example.gov.uk; their sessions have ended.\n' });
    const audit = JSON.parse((await oa(['audit', 'list', '--format', 'json', '--entity', 'user:reset@example.gov.uk'])).stdout) as { action: string }[];
    expect(audit.map((e) => e.action)).toEqual(['user.set_password', 'user.create']);
    expect((await oa(['users', 'set-password', '--email', 'nobody@example.gov.uk'])).code).toBe(1);
  });
});
