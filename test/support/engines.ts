import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { OwnSchemaPostgresDialect } from '../../src/storage/own-schema-postgres-dialect.ts';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type Engine } from '../../src/storage/database.ts';
import { registerRawPostgresPool } from '../../src/storage/raw-postgres.ts';
import type { Database } from '../../src/storage/schema.ts';

/**
 * Every storage test runs on both engines. PostgreSQL is the server at TEST_DATABASE_URL (default
 * 127.0.0.1:5432/test); where none answers, the PostgreSQL half runs on PGlite and says so once, unless
 * OA_REQUIRE_POSTGRES=1 (as in CI), which makes a missing server a failure. OA_TEST_ENGINES=sqlite (or
 * postgres) narrows a local run to one engine.
 */
export interface TestEngine {
  readonly name: Engine;
  /** A fresh, empty database of this engine; close it to throw it away. */
  open(): Promise<DatabaseHandle>;
}

const POSTGRES_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

let postgresReachable: Promise<boolean> | undefined;

function isPostgresReachable(): Promise<boolean> {
  postgresReachable ??= (async () => {
    const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      return false;
    }
  })();
  return postgresReachable;
}

const sqliteEngine: TestEngine = {
  name: 'sqlite',
  open: () => openDatabase({ engine: 'sqlite', path: ':memory:' }),
};

/** Each test database is its own schema, so test files can run in parallel on one server. */
const postgresServerEngine: TestEngine = {
  name: 'postgres',
  async open() {
    const schema = `oa_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const pool = new pg.Pool({ connectionString: POSTGRES_URL, options: `-c search_path=${schema}`, max: 4 });
    const db = new Kysely<Database>({ dialect: new OwnSchemaPostgresDialect({ pool }) });
    registerRawPostgresPool(db, pool);
    return {
      db,
      engine: 'postgres',
      location: `${POSTGRES_URL} schema ${schema}`,
      async close() {
        await db.destroy();
        const cleanup = new pg.Client({ connectionString: POSTGRES_URL });
        await cleanup.connect();
        await cleanup.query(`drop schema if exists ${schema} cascade`);
        await cleanup.end();
      },
    };
  },
};

const pgliteEngine: TestEngine = {
  name: 'postgres',
  open() {
    const pglite = new PGlite();
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    return Promise.resolve({ db, engine: 'postgres', location: 'PGlite (in memory)', close: () => db.destroy() });
  },
};

let announced = false;

/** The engines this run covers, decided once per test file. */
export async function testEngines(): Promise<TestEngine[]> {
  const only = process.env['OA_TEST_ENGINES']?.split(',').map((s) => s.trim()) ?? ['sqlite', 'postgres'];
  const engines: TestEngine[] = [];
  if (only.includes('sqlite')) engines.push(sqliteEngine);
  if (only.includes('postgres')) {
    if (await isPostgresReachable()) {
      engines.push(postgresServerEngine);
    } else if (process.env['OA_REQUIRE_POSTGRES'] === '1') {
      throw new Error(`OA_REQUIRE_POSTGRES=1 but no PostgreSQL server answers at ${POSTGRES_URL.replace(/:[^:@/]*@/, ':***@')}`);
    } else {
      if (!announced) console.warn('PostgreSQL server not reachable: running the PostgreSQL tests on PGlite instead.');
      announced = true;
      engines.push(pgliteEngine);
    }
  }
  return engines;
}
