import { Kysely, type PostgresPoolClient, type Transaction } from 'kysely';
import { OwnSchemaPostgresDialect } from './own-schema-postgres-dialect.ts';
import type pg from 'pg';
import { rawPostgresPoolOf } from './raw-postgres.ts';
import type { Database } from './schema.ts';

// Keyed like raw-sqlite.ts, by the pinned builder's adapter, which its transaction shares.
const CLIENTS = new WeakMap<object, pg.PoolClient>();

/**
 * The node-postgres client a transaction opened by `transactionWithClient` runs on, or undefined (SQLite,
 * PGlite, or a transaction opened some other way): bulk writes inside it stream rows with COPY on it.
 */
export function copyClientOf(trx: Transaction<Database> | Kysely<Database>): pg.PoolClient | undefined {
  return CLIENTS.get(trx.getExecutor().adapter);
}

/**
 * Runs `work` in one transaction, giving it the query builder and, on a PostgreSQL server, the
 * node-postgres client that transaction runs on, so rows streamed with COPY (which Kysely cannot send) are
 * part of the same all-or-nothing unit as the statements around them. `client` is undefined on SQLite and
 * PGlite, whose transactions `work` writes to through the builder or the raw SQLite handle.
 */
export async function transactionWithClient<T>(db: Kysely<Database>, work: (trx: Transaction<Database>, client: pg.PoolClient | undefined) => Promise<T>): Promise<T> {
  const pool = rawPostgresPoolOf(db);
  if (pool === undefined) return db.transaction().execute((trx) => work(trx, undefined));
  const client = await pool.connect();
  // A builder whose only connection is this client: Kysely "releases" it after each use, which must not
  // hand it back to the pool while the transaction is open.
  const borrowed = { query: client.query.bind(client), release: () => undefined } as PostgresPoolClient;
  const pinned = new Kysely<Database>({ dialect: new OwnSchemaPostgresDialect({ pool: { connect: () => Promise.resolve(borrowed), end: () => Promise.resolve() } }) });
  CLIENTS.set(pinned.getExecutor().adapter, client);
  let failed = false;
  try {
    return await pinned.transaction().execute((trx) => work(trx, client));
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await pinned.destroy();
    // A client whose transaction failed half-way is discarded rather than reused.
    client.release(failed);
  }
}
