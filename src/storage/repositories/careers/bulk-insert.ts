import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { capabilitiesOf } from '../../dialect-capabilities.ts';
import { rawSqliteOf } from '../../raw-sqlite.ts';
import type { Database } from '../../schema.ts';

export type Cell = string | number | null;

/** Rows per statement on PostgreSQL: one bound JSON value each, so a batch is one round trip. */
const BATCH = 20_000;

/** Rows per statement on SQLite, within its limit of bound values. */
const SQLITE_ROWS_PER_STATEMENT = 100;

/**
 * Appends rows (values in `columns` order) to `table`, which may be a temporary table, and returns how many
 * went in. On SQLite one prepared statement runs per row on the open transaction's connection; on
 * PostgreSQL each batch is one `insert … select from json_populate_recordset`. `suffix` is appended to the
 * statement, such as `on conflict do nothing`.
 */
export async function insertRows(trx: Transaction<Database>, table: string, columns: readonly string[], rows: readonly (readonly Cell[])[], suffix = ''): Promise<number> {
  if (rows.length === 0) return 0;
  const dialect = capabilitiesOf(trx);
  const head = `insert into ${dialect.quote(table)} (${columns.map(dialect.quote).join(', ')}) `;
  const sqlite = rawSqliteOf(trx);
  if (sqlite !== undefined) {
    // Many rows per statement: one call into SQLite per hundred rows instead of per row.
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const per = Math.max(1, Math.min(SQLITE_ROWS_PER_STATEMENT, Math.floor(30_000 / columns.length)));
    const full = sqlite.prepare(`${head}values ${Array.from({ length: per }, () => tuple).join(', ')} ${suffix}`);
    const values: Cell[] = new Array<Cell>(per * columns.length);
    let changes = 0;
    let at = 0;
    for (; at + per <= rows.length; at += per) {
      let v = 0;
      for (let r = at; r < at + per; r += 1) for (const cell of rows[r] ?? []) values[v++] = cell;
      changes += full.run(values).changes;
    }
    if (at < rows.length) {
      const rest = rows.slice(at);
      changes += sqlite.prepare(`${head}values ${rest.map(() => tuple).join(', ')} ${suffix}`).run(rest.flat()).changes;
    }
    return changes;
  }
  let changes = 0;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH).map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null])));
    const result = await trx.executeQuery(CompiledQuery.raw(`${head}${dialect.selectFromJsonRows(table, columns)} ${suffix}`, [dialect.encodeJsonRows(columns, batch)]));
    changes += Number(result.numAffectedRows ?? 0n);
  }
  return changes;
}

/**
 * As `insertRows`, with the rows end to end in one array (`columns.length` values each), as bulk loads build
 * them: no array per row.
 */
export async function insertFlatRows(trx: Transaction<Database>, table: string, columns: readonly string[], values: readonly Cell[]): Promise<number> {
  const width = columns.length;
  const count = values.length / width;
  const sqlite = rawSqliteOf(trx);
  if (sqlite === undefined) {
    const rows: Cell[][] = [];
    for (let at = 0; at < values.length; at += width) rows.push(values.slice(at, at + width));
    return insertRows(trx, table, columns, rows);
  }
  if (count === 0) return 0;
  const dialect = capabilitiesOf(trx);
  const head = `insert into ${dialect.quote(table)} (${columns.map(dialect.quote).join(', ')}) values `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const per = Math.max(1, Math.min(SQLITE_ROWS_PER_STATEMENT, Math.floor(30_000 / width)));
  const full = sqlite.prepare(head + Array.from({ length: per }, () => tuple).join(', '));
  const chunk: Cell[] = new Array<Cell>(per * width);
  let changes = 0;
  let at = 0;
  for (; at + per * width <= values.length; at += per * width) {
    for (let v = 0; v < per * width; v += 1) chunk[v] = values[at + v] ?? null;
    changes += full.run(chunk).changes;
  }
  if (at < values.length) {
    const rest = values.slice(at);
    changes += sqlite.prepare(head + Array.from({ length: rest.length / width }, () => tuple).join(', ')).run(rest).changes;
  }
  return changes;
}

/** Runs one statement and returns how many rows it changed. */
export async function execute(trx: Transaction<Database>, statement: string, parameters: readonly unknown[] = []): Promise<number> {
  const result = await trx.executeQuery(CompiledQuery.raw(statement, [...parameters]));
  return Number(result.numAffectedRows ?? 0n);
}

/** One more than the highest id in `table` (1 when empty); PostgreSQL may give the maximum as text. */
export async function nextId(trx: Transaction<Database> | Kysely<Database>, table: string): Promise<number> {
  const { rows } = await trx.executeQuery<{ max: number | string | null }>(CompiledQuery.raw(`select max(id) as max from ${table}`));
  return Number(rows[0]?.max ?? 0) + 1;
}
