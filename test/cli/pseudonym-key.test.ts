import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudonymKeyFingerprint } from '../../src/ingest/careers/pseudonym-key.ts';
import { parseDatabaseUrlOrThrow } from '../../src/storage/database-url.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { fakeUpn, seedCareersSchools } from '../support/careers-fixture.ts';
import { cliDatabaseEngines } from '../support/cli-databases.ts';
import { runOa } from '../support/cli.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn } from '../support/users.ts';

const now = '2026-01-15T09:30:00.000Z';
const header = 'upn,urn,year_group,fsm,encounter_date,encounter_type,employer_name\n';
const ledgerText = header + [1, 2, 3, 4, 5].map((n) => `${fakeUpn(n)},141257,9,${n % 2 === 0 ? 'Y' : 'N'},2025-10-01,talk,Acme Ltd`).join('\n') + '\n';

/** Pupils in the ledger, as the database holds them. */
async function pupilCount(url: string): Promise<number> {
  const handle = await openDatabase(parseDatabaseUrlOrThrow(url));
  try {
    const row = await handle.db.selectFrom('careers_pupils').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await handle.close();
  }
}

/**
 * Finding 10 of issue 23: a database restored or moved without its pseudonym key silently made a new key,
 * so re-importing doubled every pupil (school 137973: 109 → 215). Now the ledger keeps the key's
 * fingerprint, and every command that pseudonymises, and the service, refuses a missing or different key
 * while the ledger holds pupils.
 */
describe.each(await cliDatabaseEngines('The pseudonym key tests'))('finding 10: a ledger moved without its pseudonym key on $name', (engine) => {
  const dir = mkdtempSync(join(tmpdir(), 'oa-key-'));
  const ledger = join(dir, 'ledger.csv');
  const keyA = join(dir, 'key-a');
  let url: string;
  let drop: () => Promise<void>;
  const oa = (args: readonly string[], keyFile: string) => runOa(args, { DATABASE_URL: url, OA_PSEUDONYM_KEY_FILE: keyFile, USER: 'ann' }, { now });

  beforeAll(async () => {
    ({ url, drop } = await engine.create());
    writeFileSync(ledger, ledgerText);
    expect((await oa(['db', 'migrate'], keyA)).code).toBe(0);
    expect((await oa(['demo', 'load'], keyA)).code).toBe(0);
    const handle = await openDatabase(parseDatabaseUrlOrThrow(url));
    await seedCareersSchools(handle.db);
    await handle.close();
    const first = await oa(['careers', 'import', ledger], keyA);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('5 pupils added or changed');
  }, 120_000);
  afterAll(async () => {
    await drop();
  });

  it('keeps a fingerprint of the key beside the ledger, never the key', async () => {
    const key = Buffer.from(readFileSync(keyA, 'utf8').trim(), 'hex');
    const handle = await openDatabase(parseDatabaseUrlOrThrow(url));
    const rows = await handle.db.selectFrom('installation_keys').select(['purpose', 'fingerprint']).execute();
    await handle.close();
    expect(rows).toEqual([{ purpose: 'careers-pseudonym', fingerprint: pseudonymKeyFingerprint(key) }]);
    expect(rows[0]?.fingerprint).not.toContain(key.toString('hex'));
  });

  it('refuses to import with no key where the setting points, creating none, and says how to fix it; the pupils are not doubled', async () => {
    const missing = join(dir, 'moved', 'key');
    const run = await oa(['careers', 'import', ledger], missing);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `oa: The pseudonymisation key is missing: there is no file at ${missing}, but the careers ledger holds 5 pupils made with a key. ` +
        'A new key would count every pupil imported again twice. Put the key file back from the backup the database came from ' +
        '(oa restore puts it back with the database), or set OA_PSEUDONYM_KEY_FILE to where it is\n',
    );
    expect(existsSync(missing)).toBe(false);
    expect(await pupilCount(url)).toBe(5);
  });

  it('refuses a key that is not the one the pupils were made with, naming both fingerprints', async () => {
    const other = join(dir, 'key-other');
    const otherKey = randomBytes(32);
    writeFileSync(other, `${otherKey.toString('hex')}\n`, { mode: 0o600 });
    const run = await oa(['careers', 'import', ledger], other);
    expect(run.code).toBe(1);
    const ours = pseudonymKeyFingerprint(Buffer.from(readFileSync(keyA, 'utf8').trim(), 'hex'));
    expect(run.stderr).toContain(`The pseudonymisation key at ${other} (fingerprint ${pseudonymKeyFingerprint(otherKey).slice(0, 12)}) is not the key the careers ledger's 5 pupils were made with (fingerprint ${ours.slice(0, 12)})`);
    expect(await pupilCount(url)).toBe(5);
  });

  it('does not start the service on a missing key', async () => {
    // A port already taken: were the key not checked first, serve would fail on the port instead.
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const run = await oa(['serve', '--port', String(port)], join(dir, 'nowhere', 'key'));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('oa: The pseudonymisation key is missing');
    } finally {
      blocker.close();
    }
  });

  it('imports again with the right key, changing nothing', async () => {
    const run = await oa(['careers', 'import', ledger], keyA);
    expect(run.stdout).toBe('ledger.csv: 5 encounters: 0 new, 5 already held, 0 deleted; 0 pupils added or changed, 0 new employers.\n');
    expect(await pupilCount(url)).toBe(5);
  });

  it('takes the key at hand for a ledger filled before fingerprints were kept, and a new key for a ledger with no pupils', async () => {
    const handle = await openDatabase(parseDatabaseUrlOrThrow(url));
    await handle.db.deleteFrom('installation_keys').execute();
    await handle.close();
    expect((await oa(['careers', 'import', ledger], keyA)).code).toBe(0);
    const fresh = await engine.create();
    try {
      const env = { DATABASE_URL: fresh.url, OA_PSEUDONYM_KEY_FILE: join(dir, 'fresh-key') };
      expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
      const fh = await openDatabase(parseDatabaseUrlOrThrow(fresh.url));
      await runOa(['demo', 'load'], env);
      await seedCareersSchools(fh.db);
      await fh.close();
      const run = await runOa(['careers', 'import', ledger], env, { now });
      expect(run.stderr).toBe('');
      expect(existsSync(join(dir, 'fresh-key'))).toBe(true);
    } finally {
      await fresh.drop();
    }
    const check = await openDatabase(parseDatabaseUrlOrThrow(url));
    const rows = await check.db.selectFrom('installation_keys').select('fingerprint').execute();
    await check.close();
    expect(rows).toEqual([{ fingerprint: pseudonymKeyFingerprint(Buffer.from(readFileSync(keyA, 'utf8').trim(), 'hex')) }]);
  });
});

describe.each(await testEngines())('finding 10: the form to record one encounter on $name', (engine) => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'oa-key-api-'));
  beforeAll(async () => {
    t = await startTestApp(engine, { pseudonymKeyPath: join(dir, 'not-restored') });
    await seedCareersSchools(t.handle.db);
    await addUser(t.handle.db, 'school@example.gov.uk', 'school', ['school:141257']);
    // The ledger came back from a backup; its key did not.
    await t.handle.db.insertInto('careers_pupils').values({ pseudonym: 'a'.repeat(64), urn: 141257, year_group: 9, fsm: 0, as_at: 2025, leaving_date: null }).execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 503 saying the key is missing, and makes no key', async () => {
    const school = await signIn(t.app, 'school@example.gov.uk');
    const payload = { upn: fakeUpn(7), yearGroup: '9', fsm: false, encounterDate: '2025-10-01', encounterType: 'talk' };
    const response = await t.app.inject({ method: 'POST', url: '/api/careers/schools/141257/encounters', headers: school.headers, payload });
    expect(response.statusCode).toBe(503);
    expect(response.json<{ error: { code: string; message: string } }>().error).toMatchObject({ code: 'not_configured', message: expect.stringContaining('The pseudonymisation key is missing') as unknown });
    expect(existsSync(join(dir, 'not-restored'))).toBe(false);
  });
});
