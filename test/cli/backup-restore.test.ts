import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrlOrThrow } from '../../src/storage/database-url.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { LATEST_MIGRATION } from '../../src/storage/migrations/index.ts';
import { dumpDatabase } from '../ingest/support/dump-database.ts';
import { fakeUpn, seedCareersSchools } from '../support/careers-fixture.ts';
import { cliDatabaseEngines } from '../support/cli-databases.ts';
import { runOa } from '../support/cli.ts';

const now = '2026-01-15T09:30:00.000Z';
const PASSPHRASE = 'tide-lantern-orchard-42';
const header = 'upn,urn,year_group,fsm,encounter_date,encounter_type,employer_name\n';
const ledgerText = header + [1, 2, 3, 4, 5, 6, 7].map((n) => `${fakeUpn(n)},${n === 7 ? 140002 : 141257},9,${n % 2 === 0 ? 'Y' : 'N'},2025-10-0${String(1 + (n % 5))},talk,Acme Ltd`).join('\n') + '\n';

async function withHandle<T>(url: string, work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const handle = await openDatabase(parseDatabaseUrlOrThrow(url));
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

const pupilCount = (url: string) =>
  withHandle(url, async (db) => Number((await db.selectFrom('careers_pupils').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n));

/**
 * `oa backup` and `oa restore` on each engine, with the pseudonymisation key (issue 23, "Operations"): a
 * backup restored into a fresh database dumps identically, the key comes back, and the restored ledger
 * takes a re-import without doubling any pupil.
 */
describe.each(await cliDatabaseEngines('The backup and restore tests'))('oa backup and oa restore on $name', (engine) => {
  const dir = mkdtempSync(join(tmpdir(), 'oa-backup-'));
  const ledger = join(dir, 'ledger.csv');
  const sourceKey = join(dir, 'source-key');
  const backup = join(dir, 'backup-1');
  const dropped: (() => Promise<void>)[] = [];
  let source: string;
  let before: string;
  const env = (url: string, keyFile: string, extra: Record<string, string> = {}) => ({ DATABASE_URL: url, OA_PSEUDONYM_KEY_FILE: keyFile, USER: 'ann', PATH: process.env['PATH'] ?? '', ...extra });
  const fresh = async () => {
    const created = await engine.create();
    dropped.push(created.drop);
    return created.url;
  };

  beforeAll(async () => {
    source = await fresh();
    writeFileSync(ledger, ledgerText);
    const e = env(source, sourceKey);
    expect((await runOa(['db', 'migrate'], e, { now })).code).toBe(0);
    expect((await runOa(['demo', 'load'], e, { now })).code).toBe(0);
    await withHandle(source, (db) => seedCareersSchools(db));
    const imported = await runOa(['careers', 'import', ledger], e, { now });
    expect(imported.stderr).toBe('');
    expect(await pupilCount(source)).toBe(7);
    before = await withHandle(source, (db) => dumpDatabase(db));
    const run = await runOa(['backup', backup, '--passphrase-stdin'], e, { now, stdin: `${PASSPHRASE}\n` });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 180_000);
  afterAll(async () => {
    for (const drop of dropped) await drop();
  });

  it('writes the database, the key encrypted, and a manifest, readable only by their owner', () => {
    const files = readdirSync(backup).sort();
    expect(files).toEqual([engine.name === 'sqlite' ? 'database.sqlite' : 'database.pgdump', 'manifest.json', 'pseudonym-key.enc'].sort());
    for (const file of files) expect(statSync(join(backup, file)).mode & 0o077).toBe(0);
    const key = readFileSync(sourceKey, 'utf8').trim();
    expect(readFileSync(join(backup, 'pseudonym-key.enc'), 'utf8')).not.toContain(key);
    const manifest = JSON.parse(readFileSync(join(backup, 'manifest.json'), 'utf8')) as { engine: string; keyedPupils: number; migration: string };
    expect(manifest).toMatchObject({ engine: engine.name, keyedPupils: 7, migration: LATEST_MIGRATION });
  });

  it('restores into a fresh database that dumps identically, with the key, and takes a re-import without doubling pupils', async () => {
    const target = await fresh();
    const targetKey = join(dir, 'restored', 'key');
    const run = await runOa(['restore', backup, '--passphrase-stdin'], env(target, targetKey), { now, stdin: `${PASSPHRASE}\n` });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('7 careers pupils');
    expect(await withHandle(target, (db) => dumpDatabase(db))).toBe(before);
    expect(readFileSync(targetKey, 'utf8')).toBe(readFileSync(sourceKey, 'utf8'));
    expect(statSync(targetKey).mode & 0o777).toBe(0o600);

    const again = await runOa(['careers', 'import', ledger], env(target, targetKey), { now });
    expect(again.stdout).toBe('ledger.csv: 7 encounters: 0 new, 7 already held, 0 deleted; 0 pupils added or changed, 0 new employers.\n');
    expect(await pupilCount(target)).toBe(7);
    // New rows take new ids after the restored ones (PostgreSQL's sequences came back too).
    const next = join(dir, 'next.csv');
    writeFileSync(next, header + `${fakeUpn(8)},141257,9,N,2025-11-03,mentoring,Bolt plc\n`);
    expect((await runOa(['careers', 'import', next], env(target, targetKey), { now })).stdout).toContain('1 new');
    expect(await pupilCount(target)).toBe(8);

    // Restoring over it again (--force) takes it back to the backup, the same key staying where it is.
    const over = await runOa(['restore', backup, '--passphrase-stdin', '--force'], env(target, targetKey), { now, stdin: PASSPHRASE });
    expect(over.stderr).toBe('');
    expect(over.stdout).toContain(`The pseudonymisation key at ${targetKey} is already the backup's.`);
    expect(await withHandle(target, (db) => dumpDatabase(db))).toBe(before);
  });

  it('refuses a database that is not empty, and a different key in place, unless --force, keeping the key it replaces', async () => {
    const target = await fresh();
    const targetKey = join(dir, 'other', 'key');
    const e = env(target, targetKey);
    expect((await runOa(['db', 'migrate'], e, { now })).code).toBe(0);
    const notEmpty = await runOa(['restore', backup, '--passphrase-stdin'], e, { now, stdin: PASSPHRASE });
    expect(notEmpty.code).toBe(2);
    expect(notEmpty.stderr).toMatch(/^oa: The database at .* is not empty \(it has \d+ tables\): restore into a new, empty database, or run again with --force to replace what it holds\n$/);

    const otherKey = `${'ab'.repeat(32)}\n`;
    mkdirSync(join(dir, 'other'), { recursive: true });
    writeFileSync(targetKey, otherKey, { mode: 0o600 });
    const differentKey = await runOa(['restore', backup, '--passphrase-stdin', '--force'], e, { now, stdin: PASSPHRASE });
    expect(differentKey.stderr).toBe('');
    expect(differentKey.code).toBe(0);
    expect(differentKey.stdout).toContain(`(the key that was there is kept at ${targetKey}.replaced-2026-01-15T09-30-00-000Z)`);
    expect(readFileSync(`${targetKey}.replaced-2026-01-15T09-30-00-000Z`, 'utf8')).toBe(otherKey);
    expect(readFileSync(targetKey, 'utf8')).toBe(readFileSync(sourceKey, 'utf8'));
    expect(await withHandle(target, (db) => dumpDatabase(db))).toBe(before);
  });

  it('refuses to put a different key in place without --force, before touching the database', async () => {
    const target = await fresh();
    const targetKey = join(dir, 'guarded-key');
    writeFileSync(targetKey, `${'cd'.repeat(32)}\n`, { mode: 0o600 });
    const run = await runOa(['restore', backup, '--passphrase-stdin'], env(target, targetKey), { now, stdin: PASSPHRASE });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `oa: There is already a different pseudonymisation key at ${targetKey}. Restoring would replace it, and pupils made with it would no longer match: move it away first, or run again with --force (it is then kept beside the restored key)\n`,
    );
    expect(await withHandle(target, async (db) => (await db.introspection.getTables()).filter((t) => t.schema === undefined || t.schema === 'public').length)).toBe(0);
  });

  it('restores nothing with a wrong passphrase, and refuses a backup whose files changed', async () => {
    const target = await fresh();
    const targetKey = join(dir, 'wrong', 'key');
    const wrong = await runOa(['restore', backup, '--passphrase-stdin'], env(target, targetKey), { now, stdin: 'not-the-passphrase' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('oa: The passphrase does not open the key in this backup: give the passphrase the backup was made with\n');
    expect(existsSync(targetKey)).toBe(false);

    const damaged = join(dir, 'damaged');
    cpSync(backup, damaged, { recursive: true });
    const databaseFile = join(damaged, engine.name === 'sqlite' ? 'database.sqlite' : 'database.pgdump');
    const bytes = readFileSync(databaseFile);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0xff;
    writeFileSync(databaseFile, bytes);
    const run = await runOa(['restore', damaged, '--passphrase-stdin'], env(target, targetKey), { now, stdin: PASSPHRASE });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`oa: The backup is damaged: ${engine.name === 'sqlite' ? 'database.sqlite' : 'database.pgdump'} is not the file the backup wrote`);
  });

  it('will not back up the key without a passphrase of 12 characters or more, and leaves no folder behind', async () => {
    const folder = join(dir, 'no-passphrase');
    const none = await runOa(['backup', folder], env(source, sourceKey), { now });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('oa: This installation has a pseudonymisation key, which the backup must protect with a passphrase.');
    const short = await runOa(['backup', folder], env(source, sourceKey, { OA_BACKUP_PASSPHRASE: 'short' }), { now });
    expect(short.stderr).toBe('oa: The backup passphrase must be 12 characters or more\n');
    expect(existsSync(folder)).toBe(false);
    const withoutKey = await runOa(['backup', folder, '--without-key'], env(source, sourceKey), { now });
    expect(withoutKey.stdout).toContain('the pseudonymisation key was left out (--without-key)');
    expect(readdirSync(folder)).not.toContain('pseudonym-key.enc');
    expect((await runOa(['backup', folder, '--without-key'], env(source, sourceKey), { now })).stderr).toContain('is not empty: give a new folder for each backup');
  });

  it.runIf(engine.name === 'sqlite')('copies committed rows still in the write-ahead log, which a copy of the file misses', async () => {
    const path = parseDatabaseUrlOrThrow(source);
    if (path.engine !== 'sqlite') throw new Error('sqlite only');
    const live = await openDatabase(path);
    try {
      // A connection left open, as the service holds one: its committed row sits in oa.sqlite-wal.
      await live.db.insertInto('data_sources').values({ name: 'committed while live', origin: 'test', loaded_at: now, row_count: 0, checksum: 'x' }).execute();
      const copied = join(dir, 'copied.sqlite');
      copyFileSync(path.path, copied);
      const folder = join(dir, 'live-backup');
      expect((await runOa(['backup', folder, '--without-key'], env(source, sourceKey), { now })).code).toBe(0);
      const count = (url: string) => withHandle(url, async (db) => (await db.selectFrom('data_sources').select('id').where('name', '=', 'committed while live').execute()).length);
      expect(await count(`sqlite:${copied}`)).toBe(0);
      expect(await count(`sqlite:${join(folder, 'database.sqlite')}`)).toBe(1);
    } finally {
      await live.close();
    }
  });

  it.runIf(engine.name === 'postgres')('says how to fix it when pg_dump is not installed, and leaves no folder', async () => {
    const folder = join(dir, 'no-tools');
    const run = await runOa(['backup', folder, '--without-key'], env(source, sourceKey, { PATH: join(dir, 'empty-path') }), { now });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "oa: pg_dump was not found on PATH. Install the PostgreSQL client tools (on Debian or Ubuntu: apt-get install postgresql-client), of the server's major version or newer, then run the command again\n",
    );
    expect(existsSync(folder)).toBe(false);
  });

  it('refuses a backup of the other engine, naming both', async () => {
    const otherEngineUrl = engine.name === 'sqlite' ? 'postgres://127.0.0.1:5432/never_used' : `sqlite:${join(dir, 'never.sqlite')}`;
    const run = await runOa(['restore', backup, '--passphrase-stdin'], env(otherEngineUrl, join(dir, 'never-key')), { now, stdin: PASSPHRASE });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(engine.name === 'sqlite' ? 'This backup is of a SQLite database, and DATABASE_URL names a PostgreSQL one' : 'This backup is of a PostgreSQL database, and DATABASE_URL names a SQLite one');
  });
});
