import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { capabilitiesOf } from './dialect-capabilities.ts';
import { copyClientOf } from './postgres-client-transaction.ts';
import { rawSqliteOf } from './raw-sqlite.ts';
import type { Database } from './schema.ts';

export type Value = string | number | null;

/**
 * Every stored row of `table`, only its `columns`, each row as values in that order: how bulk work (an
 * import comparing a national file with what is stored) reads a whole table. On SQLite, arrays straight from
 * the driver (and on PostgreSQL inside `transactionWithClient`): on a national table that is about half
 * the time of one object per row.
 */
export async function readColumns(trx: Transaction<Database> | Kysely<Database>, table: string, columns: readonly string[]): Promise<readonly Value[][]> {
  const dialect = capabilitiesOf(trx);
  const query = `select ${columns.map(dialect.quote).join(', ')} from ${dialect.quote(table)}`;
  const sqlite = rawSqliteOf(trx);
  if (sqlite !== undefined) return sqlite.prepare(query).raw(true).all() as Value[][];
  // Inside an import's transaction on a PostgreSQL server: rows as arrays from the driver too.
  const client = copyClientOf(trx);
  if (client !== undefined) return (await client.query<Value[]>({ text: query, rowMode: 'array' })).rows;
  const { rows } = await trx.executeQuery<Record<string, Value>>(CompiledQuery.raw(query));
  return rows.map((row) => columns.map((c) => row[c] ?? null));
}
