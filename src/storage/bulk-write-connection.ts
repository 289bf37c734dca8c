import type { Kysely } from 'kysely';
import { rawSqliteOf } from './raw-sqlite.ts';
import type { Database } from './schema.ts';

/**
 * Runs `work` on SQLite's one connection with its foreign key checks off, put back as they were after; on
 * PostgreSQL it just runs it. For a bulk write whose references are all made by joining the tables they
 * point at (a pupil's id found by its pseudonym, an employer's by its key), where SQLite would look each
 * row's parent up again and find it: about a quarter of inserting a ledger row and its employer load
 * (docs/benchmarks.md). The setting cannot change inside a transaction, so `work` opens its own on the
 * connection it is given. (A 64 MB page cache for the write was tried too: no change in CPU time was
 * measurable on a busy machine, and 20 MB more at the peak, so it was left out.)
 */
export async function withBulkWriteConnection<T>(db: Kysely<Database>, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const sqlite = rawSqliteOf(db);
  if (sqlite === undefined) return work(db);
  return db.connection().execute(async (connection) => {
    const before = Number(sqlite.pragma('foreign_keys', { simple: true }));
    sqlite.pragma('foreign_keys = OFF');
    try {
      return await work(connection);
    } finally {
      sqlite.pragma(`foreign_keys = ${before === 1 ? 'ON' : 'OFF'}`);
    }
  });
}
