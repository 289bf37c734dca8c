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
 * Rows made as they are written, so a bulk load builds no array of them: `write(row, into, at)` puts row
 * `row`'s values, in column order, into `into` from index `at`.
 */
export interface RowSource {
  readonly count: number;
  write(row: number, into: Cell[], at: number): void;
}

/** Rows given end to end in one array, `width` values each, as a row source. */
export function flatRows(values: readonly Cell[], width: number): RowSource {
  return {
    count: values.length / width,
    write(row, into, at) {
      for (let c = 0; c < width; c += 1) into[at + c] = values[row * width + c] ?? null;
    },
  };
}

/** As `insertRows`, from a row source: on SQLite each row is written straight into the statement's values. */
export async function insertRowSource(trx: Transaction<Database>, table: string, columns: readonly string[], source: RowSource): Promise<number> {
  const width = columns.length;
  const sqlite = rawSqliteOf(trx);
  if (sqlite === undefined) {
    const rows: Cell[][] = [];
    for (let r = 0; r < source.count; r += 1) {
      const row = new Array<Cell>(width);
      source.write(r, row, 0);
      rows.push(row);
    }
    return insertRows(trx, table, columns, rows);
  }
  if (source.count === 0) return 0;
  const dialect = capabilitiesOf(trx);
  const head = `insert into ${dialect.quote(table)} (${columns.map(dialect.quote).join(', ')}) values `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const per = Math.max(1, Math.min(SQLITE_ROWS_PER_STATEMENT, Math.floor(30_000 / width)));
  const full = sqlite.prepare(head + Array.from({ length: per }, () => tuple).join(', '));
  const chunk: Cell[] = new Array<Cell>(per * width).fill(null);
  let changes = 0;
  let row = 0;
  for (; row + per <= source.count; row += per) {
    for (let r = 0; r < per; r += 1) source.write(row + r, chunk, r * width);
    changes += full.run(chunk).changes;
  }
  if (row < source.count) {
    const rest = source.count - row;
    const last: Cell[] = new Array<Cell>(rest * width).fill(null);
    for (let r = 0; r < rest; r += 1) source.write(row + r, last, r * width);
    changes += sqlite.prepare(head + Array.from({ length: rest }, () => tuple).join(', ')).run(last).changes;
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
