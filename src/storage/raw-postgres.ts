import type pg from 'pg';

type Executable = { getExecutor(): { readonly adapter: object } };

// Keyed like raw-sqlite.ts: by the Kysely instance's adapter.
const POOLS = new WeakMap<object, pg.Pool>();

/** Remembers the node-postgres pool behind a Kysely instance, for `rawPostgresPoolOf`. */
export function registerRawPostgresPool(db: Executable, pool: pg.Pool): void {
  POOLS.set(db.getExecutor().adapter, pool);
}

/**
 * The node-postgres pool behind `db`, or undefined (SQLite, PGlite): bulk loads that own their transaction
 * take a client from it to stream rows with COPY, which Kysely cannot do.
 */
export function rawPostgresPoolOf(db: Executable): pg.Pool | undefined {
  return POOLS.get(db.getExecutor().adapter);
}
