import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { assertNoMigrationDrift, MigrationDriftError } from '../../src/storage/migration-checksums.ts';
import { MIGRATION_CHECKSUMS } from '../../src/storage/migrations/checksums.ts';
import { MIGRATIONS } from '../../src/storage/migrations/index.ts';
import { runOa } from '../support/cli.ts';
import { testEngines } from '../support/engines.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../src/storage/migrations/', import.meta.url));

/** The checksum of a migration's source as MIGRATION_CHECKSUMS keeps it: SHA-256 of the file, line endings as LF. */
function checksumsOf(dir: string): Record<string, string> {
  const sums: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((f) => /^\d{4}-.*\.ts$/.test(f))) {
    const text = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n');
    sums[file.replace(/\.ts$/, '')] = createHash('sha256').update(text).digest('hex');
  }
  return sums;
}

describe('landed migrations cannot drift', () => {
  it('keeps, for every migration, the checksum of its file as it landed (an edited migration fails here: fix forward with a new one)', () => {
    const now = checksumsOf(MIGRATIONS_DIR);
    const missing = Object.keys(MIGRATIONS).filter((name) => MIGRATION_CHECKSUMS[name] === undefined);
    expect(missing.map((name) => `  '${name}': '${now[name] ?? '?'}',`), 'add these lines to src/storage/migrations/checksums.ts').toEqual([]);
    for (const name of Object.keys(MIGRATIONS)) expect(MIGRATION_CHECKSUMS[name], `${name} changed after it landed`).toBe(now[name]);
    expect(Object.keys(MIGRATION_CHECKSUMS)).toEqual(Object.keys(MIGRATIONS));
  });

  it('refuses, naming the migration, a database a migration ran on before it was edited in a scratch copy of the code', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'oa-migrations-'));
    cpSync(MIGRATIONS_DIR, scratch, { recursive: true });
    appendFileSync(join(scratch, '0015-ledger-by-pupil.ts'), '\n// edited after it landed\n');
    const edited = checksumsOf(scratch);
    expect(edited['0015-ledger-by-pupil']).not.toBe(MIGRATION_CHECKSUMS['0015-ledger-by-pupil']);
    for (const engine of await testEngines()) {
      const handle = await engine.open();
      try {
        await migrateToLatestOrThrow(handle.db, handle.location);
        // The database ran the landed code; the scratch copy's code is what would now open it.
        const refusal = await assertNoMigrationDrift(handle.db, handle.location, edited).then(
          () => null,
          (e: unknown) => e,
        );
        expect(refusal, engine.name).toBeInstanceOf(MigrationDriftError);
        expect((refusal as MigrationDriftError).drift.map((d) => d.name), engine.name).toEqual(['0015-ledger-by-pupil']);
        expect((refusal as Error).message, engine.name).toContain('different version of migration 0015-ledger-by-pupil');
        await assertNoMigrationDrift(handle.db, handle.location, checksumsOf(MIGRATIONS_DIR));
      } finally {
        await handle.close();
      }
    }
  });

  it('records every applied migration’s checksum, including on a database migrated before checksums were kept, on both engines', async () => {
    for (const engine of await testEngines()) {
      const handle = await engine.open();
      try {
        await migrateToLatestOrThrow(handle.db, handle.location, () => new Date('2026-12-07T09:00:00Z'));
        const read = async (): Promise<Record<string, string>> =>
          Object.fromEntries((await sql<{ name: string; checksum: string }>`select name, checksum from migration_checksums`.execute(handle.db)).rows.map((r) => [r.name, r.checksum]));
        expect(await read(), engine.name).toEqual(MIGRATION_CHECKSUMS);
        await sql`drop table migration_checksums`.execute(handle.db);
        expect(await migrateToLatestOrThrow(handle.db, handle.location), engine.name).toEqual([]);
        expect(await read(), engine.name).toEqual(MIGRATION_CHECKSUMS);
      } finally {
        await handle.close();
      }
    }
  });

  it('stops oa db migrate and oa serve with exit code 1 and the migration’s name, before changing anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oa-drift-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` };
    expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
    const sqlite = (await import('better-sqlite3')).default(join(dir, 'oa.sqlite'));
    sqlite.prepare(`update migration_checksums set checksum = 'made-by-an-earlier-version' where name = '0011-careers'`).run();
    sqlite.close();
    for (const command of [['db', 'migrate'], ['serve', '--port', '58231']]) {
      const run = await runOa(command, env);
      expect(run.code, command.join(' ')).toBe(1);
      expect(run.stderr, command.join(' ')).toContain('was made by a different version of migration 0011-careers than this code holds');
    }
  });
});
