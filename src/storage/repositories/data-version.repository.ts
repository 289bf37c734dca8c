import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { rawSqliteOf } from '../raw-sqlite.ts';
import type { Database } from '../schema.ts';

/**
 * Changes whenever anything is imported (each import that writes records a new data source), so a view built
 * from imported data (boundaries, area names, time series) can be kept until it does.
 */
export async function dataVersion(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('data_sources').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
  return String(row?.id ?? 0);
}

/**
 * What the computed views are derived from, as version stamps that only grow: `data` changes with every
 * import (data_sources), `recipes` with every saved recipe version (index_recipes), `edits` with every change
 * made through the service (audit_log: a board chair, a fund's profile). Ids come from auto-increment keys
 * (SQLite AUTOINCREMENT, PostgreSQL identity), so a number once used is never used again. The two small
 * tables' row counts are in their stamps too: a row given its id by hand (a fixture) below the largest would
 * not move the largest id, but does move the count; audit_log, which grows without end, is not counted.
 */
export interface ViewVersions {
  readonly data: string;
  readonly recipes: string;
  readonly edits: string;
}

/**
 * Reads the view versions with one statement built once: a prepared statement on SQLite (microseconds), a
 * compiled query on PostgreSQL (one round trip). Every cached read asks it first, so it must be cheap.
 */
export function viewVersionsReader(db: Kysely<Database>): () => Promise<ViewVersions> {
  const compiled = db
    .selectNoFrom((eb) => [
      eb.selectFrom('data_sources').select((s) => s.fn.max('id').as('m')).as('data'),
      eb.selectFrom('data_sources').select((s) => s.fn.countAll().as('n')).as('data_count'),
      eb.selectFrom('index_recipes').select((s) => s.fn.max('id').as('m')).as('recipes'),
      eb.selectFrom('index_recipes').select((s) => s.fn.countAll().as('n')).as('recipes_count'),
      eb.selectFrom('audit_log').select((s) => s.fn.max('id').as('m')).as('edits'),
    ])
    .compile();
  type Cell = number | string | bigint | null;
  type Row = { data: Cell; data_count: Cell; recipes: Cell; recipes_count: Cell; edits: Cell };
  const toVersions = (row: Row | undefined): ViewVersions => ({
    data: `${String(row?.data ?? 0)}.${String(row?.data_count ?? 0)}`,
    recipes: `${String(row?.recipes ?? 0)}.${String(row?.recipes_count ?? 0)}`,
    edits: String(row?.edits ?? 0),
  });
  const throughKysely = async () => toVersions((await db.executeQuery<Row>(compiled)).rows[0]);
  const sqlite = rawSqliteOf(db);
  if (sqlite === undefined) return sharedReads(throughKysely);
  // Prepared on first use: a server can be built before its database is migrated (the OpenAPI document is).
  let prepared: { readonly versions: SQLite.Statement<unknown[], Row>; readonly changes: SQLite.Statement<unknown[], number> } | undefined;
  const statements = () => (prepared ??= { versions: sqlite.prepare<unknown[], Row>(compiled.sql), changes: sqlite.prepare<unknown[], number>('select total_changes()').pluck() });
  // Under load one turn of the event loop starts dozens of requests: they share one read (about 10 µs, most of
  // it taking the read lock), as of that turn, unless this connection has written since (total_changes(),
  // under a microsecond): another process's commit in the same turn is as concurrent as the requests are.
  let thisTurn: { readonly versions: Promise<ViewVersions>; readonly changes: number } | undefined;
  return () => {
    // Inside another request's open transaction the statement would read what may yet be rolled back (and an
    // id then used again); Kysely waits for the transaction to end.
    if (sqlite.inTransaction) return throughKysely();
    const { versions, changes: changesHere } = statements();
    const changes = changesHere.get() ?? 0;
    if (thisTurn?.changes !== changes) {
      thisTurn = { versions: Promise.resolve(toVersions(versions.get())), changes };
      setImmediate(() => (thisTurn = undefined));
    }
    return thisTurn.versions;
  };
}

/**
 * `read` shared by the callers that arrive while one is under way, each getting a read that began after it
 * arrived: PostgreSQL's version read is a round trip, and under load a hundred requests queued one round trip
 * each behind the pool's few connections (0.06 of a bare route's throughput). The first caller starts a read;
 * those who come while it runs share the next, started as soon as it ends; so one read is under way at a time
 * and none is older than its caller, so no caller misses a change committed before it asked.
 */
export function sharedReads<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<unknown> | undefined;
  let next: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const started = read();
    const settled = started.then(
      () => undefined,
      () => undefined,
    );
    running = settled;
    void settled.then(() => {
      if (running === settled) running = undefined;
    });
    return started;
  };
  return () => {
    if (next !== undefined) return next;
    if (running === undefined) return start();
    const joined = running.then(() => {
      next = undefined;
      return start();
    });
    next = joined;
    return joined;
  };
}
