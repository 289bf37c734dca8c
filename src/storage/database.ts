import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { OwnSchemaPostgresDialect } from './own-schema-postgres-dialect.ts';
import pg from 'pg';
import { ConfigurationError, type DatabaseTarget } from './database-url.ts';
import { registerRawPostgresPool } from './raw-postgres.ts';
import { registerRawSqlite } from './raw-sqlite.ts';
import type { Database } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

/** An open database: the Kysely handle, which engine it is, and how to close it. */
export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** Where it is, for messages: a file path or host:port/database (never a password). */
  readonly location: string;
  close(): Promise<void>;
}

/** The database could not be reached or opened; the message names where and why. */
export class DatabaseConnectionError extends Error {
  override readonly name = 'DatabaseConnectionError';
}

/** Where `target` is, for messages: a file path or host:port/database (never a password). */
export function locationOf(target: DatabaseTarget): string {
  return target.engine === 'sqlite' ? target.path : `${target.host}:${String(target.port)}/${target.database}`;
}

/** Opens the database `target` names, checking the connection works before returning. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  return target.engine === 'sqlite' ? openSqlite(target.path) : openPostgres(target);
}

function openSqlite(path: string): DatabaseHandle {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(path);
  } catch (error) {
    throw new DatabaseConnectionError(`Cannot open the SQLite database at ${path}: ${messageOf(error)}`);
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  registerRawSqlite(db, sqlite);
  return { db, engine: 'sqlite', location: path, close: () => db.destroy() };
}

async function openPostgres(target: Extract<DatabaseTarget, { engine: 'postgres' }>): Promise<DatabaseHandle> {
  const location = locationOf(target);
  const pool = new pg.Pool({ connectionString: target.url, connectionTimeoutMillis: 5000, max: 10 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseConnectionError(
      `Cannot connect to PostgreSQL at ${target.host}:${String(target.port)} (database "${target.database}"): ${messageOf(error)}`,
    );
  }
  const db = new Kysely<Database>({ dialect: new OwnSchemaPostgresDialect({ pool }) });
  registerRawPostgresPool(db, pool);
  return { db, engine: 'postgres', location, close: () => db.destroy() };
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return messageOf(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED') return 'connection refused (is the server running?)';
    if (code === 'ENOTFOUND') return 'host not found';
    return error.message;
  }
  return String(error);
}

export { ConfigurationError };
