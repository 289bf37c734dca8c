import type SQLite from 'better-sqlite3';

type Executable = { getExecutor(): { readonly adapter: object } };

// Keyed by the Kysely instance's adapter, which its transactions share, so a transaction finds its database.
const RAW = new WeakMap<object, SQLite.Database>();

/** Remembers the better-sqlite3 database behind a Kysely instance, for `rawSqliteOf`. */
export function registerRawSqlite(db: Executable, sqlite: SQLite.Database): void {
  RAW.set(db.getExecutor().adapter, sqlite);
}

/**
 * The better-sqlite3 database behind `db` (a Kysely instance or one of its transactions), or undefined on
 * PostgreSQL. SQLite has one connection, so statements run on it directly are inside the open transaction:
 * bulk writes use this to run one prepared statement per row synchronously, several times quicker than
 * going through the query builder (see docs/benchmarks.md, import).
 */
export function rawSqliteOf(db: Executable): SQLite.Database | undefined {
  return RAW.get(db.getExecutor().adapter);
}
