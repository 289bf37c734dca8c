import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runOa, type CliRun } from '../support/cli.ts';

const oa = (args: string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<CliRun> => runOa(args, env, { stdin });

function freshSqliteEnv(): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'oa-cli-'));
  return { DATABASE_URL: `sqlite:${join(dir, 'nested', 'oa.sqlite')}` };
}

describe('the oa command', () => {
  it('migrates, loads the demo data idempotently and lists the areas as JSON', async () => {
    const env = freshSqliteEnv();
    expect((await oa(['db', 'migrate'], env)).stdout).toMatch(/Applied \d+ migration\(s\)/);
    expect((await oa(['db', 'migrate'], env)).stdout).toContain('is up to date');
    const first = await oa(['demo', 'load'], env);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(/^Demo data: \d+ inserted, 0 updated, 0 unchanged/);
    const again = await oa(['demo', 'load'], env);
    expect(again.stdout).toMatch(/^Demo data: 0 inserted, 0 updated, \d+ unchanged/);
    const listed = await oa(['areas', 'list', '--format', 'json'], env);
    expect(listed.code).toBe(0);
    const areas = JSON.parse(listed.stdout) as { name: string }[];
    expect(areas.map((a) => a.name)).toContain('Stoke-on-Trent');
    expect(areas).toHaveLength(12);
  });

  it('prints a table and CSV too', async () => {
    const env = freshSqliteEnv();
    await oa(['db', 'migrate'], env);
    await oa(['demo', 'load'], env);
    const table = await oa(['areas', 'list'], env);
    expect(table.stdout.split('\n')[0]).toMatch(/^id\s+name\s+wave\s+districts/);
    expect(table.stdout).toContain('£1,970,000');
    const csv = await oa(['areas', 'list', '--format', 'csv'], env);
    expect(csv.stdout.split('\r\n')).toHaveLength(14);
  });

  it('exits 2 with a clear reason when a port is not a number', async () => {
    const run = await oa(['serve', '--port', 'abc'], freshSqliteEnv());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--port must be a whole number from 1 to 65535 (got "abc")');
  });

  it('exits 2 for an unknown command or format, and with no command at all', async () => {
    expect((await oa(['frobnicate'], freshSqliteEnv())).code).toBe(2);
    const badFormat = await oa(['areas', 'list', '--format', 'xml'], freshSqliteEnv());
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('Allowed choices are table, json, csv');
    expect((await oa([], freshSqliteEnv())).code).toBe(2);
  });

  it('exits 1 naming host and port, without a stack trace, when PostgreSQL cannot be reached', async () => {
    const run = await oa(['areas', 'list'], { DATABASE_URL: 'postgres://127.0.0.1:1/x' });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('oa: Cannot connect to PostgreSQL at 127.0.0.1:1 (database "x"): connection refused (is the server running?)\n');
  });

  it('exits 1 telling the user to migrate when the database is behind', async () => {
    const run = await oa(['demo', 'load'], freshSqliteEnv());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Run: oa db migrate');
  });

  it('exits 1 on a DATABASE_URL it does not understand', async () => {
    const run = await oa(['db', 'migrate'], { DATABASE_URL: 'mysql://localhost/x' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('DATABASE_URL must start with sqlite: or postgres://');
  });

  it('exits 1 saying what to set when OIDC is half configured', async () => {
    const env = { ...freshSqliteEnv(), OIDC_ISSUER: 'https://signin.example.gov.uk' };
    expect((await oa(['db', 'migrate'], env)).code).toBe(0);
    // An address not on this machine: should the settings be accepted, the server fails to listen rather than running on.
    const run = await oa(['serve', '--host', '203.0.113.1'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('oa: OIDC_ISSUER is set, so OIDC_CLIENT_ID is needed too: set it to the client ID your sign-in service issued for this service\n');
  });

  it('says what to load first when there is no school data to derive indicators from', async () => {
    const env = freshSqliteEnv();
    await oa(['db', 'migrate'], env);
    const run = await oa(['indicators', 'derive'], env);
    expect(run).toMatchObject({ code: 0, stdout: 'No school data with districts to derive from yet. Run: oa import all <folder with the school files>\n' });
  });

  it('shows help and exits 0 when asked', async () => {
    const run = await oa(['--help'], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: oa');
  });
});
