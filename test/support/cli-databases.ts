import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Engine } from '../../src/storage/database.ts';

/**
 * Fresh databases for tests that run `oa` itself, which reaches its database only through DATABASE_URL: a
 * SQLite file in a temporary folder, or a database of its own on the PostgreSQL test server (created here,
 * dropped by `drop`). PGlite cannot stand in, so without a server the PostgreSQL half is skipped with one
 * line, unless OA_REQUIRE_POSTGRES=1. OA_TEST_ENGINES narrows the run as for the other tests.
 */
export interface CliDatabaseEngine {
  readonly name: Engine;
  /** A new, empty database: its DATABASE_URL, and how to remove it. */
  create(): Promise<{ readonly url: string; readonly drop: () => Promise<void> }>;
}

const SERVER_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

async function serverReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const sqlite: CliDatabaseEngine = {
  name: 'sqlite',
  create: () => Promise.resolve({ url: `sqlite:${join(mkdtempSync(join(tmpdir(), 'oa-cli-db-')), 'oa.sqlite')}`, drop: () => Promise.resolve() }),
};

const postgres: CliDatabaseEngine = {
  name: 'postgres',
  async create() {
    const name = `oa_cli_${randomBytes(6).toString('hex')}`;
    await onServer(`create database ${name}`);
    const url = new URL(SERVER_URL);
    url.pathname = `/${name}`;
    return { url: url.toString(), drop: () => onServer(`drop database if exists ${name} with (force)`) };
  },
};

/** The engines a CLI test covers in this run. */
export async function cliDatabaseEngines(what: string): Promise<CliDatabaseEngine[]> {
  const only = process.env['OA_TEST_ENGINES']?.split(',').map((s) => s.trim()) ?? ['sqlite', 'postgres'];
  const engines: CliDatabaseEngine[] = only.includes('sqlite') ? [sqlite] : [];
  if (only.includes('postgres')) {
    if (await serverReachable()) engines.push(postgres);
    else if (process.env['OA_REQUIRE_POSTGRES'] === '1') throw new Error(`OA_REQUIRE_POSTGRES=1 but no PostgreSQL server answers at ${SERVER_URL.replace(/:[^:@/]*@/, ':***@')}`);
    else console.warn(`${what} on PostgreSQL skipped: no PostgreSQL server answers (PGlite cannot serve the oa command).`);
  }
  return engines;
}
