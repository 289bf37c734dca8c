import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type SQLite from 'better-sqlite3';
import { capabilitiesOf } from './dialect-capabilities.ts';
import { rawSqliteOf } from './raw-sqlite.ts';
import type { Database } from './schema.ts';

export type Cell = string | number | null;

/** Rows per statement on PostgreSQL: one bound JSON value each, so a batch is one round trip. */
const BATCH = 20_000;

/** Rows per statement on SQLite, within its limit of bound values. */
const SQLITE_ROWS_PER_STATEMENT = 100;

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

/** Appends rows (values in `columns` order) to `table`: `insertRowSource` for rows already in arrays. */
export async function insertRows(trx: Transaction<Database>, table: string, columns: readonly string[], rows: readonly (readonly Cell[])[], suffix = ''): Promise<number> {
  const source: RowSource = {
    count: rows.length,
    write(row, into, at) {
      const cells = rows[row] ?? [];
      for (let c = 0; c < columns.length; c += 1) into[at + c] = cells[c] ?? null;
    },
  };
  return insertRowSource(trx, table, columns, source, suffix);
}

/**
 * Appends the rows of `source` to `table`, which may be a temporary table, and returns how many went in.
 * On SQLite a prepared statement of a hundred rows runs on the open transaction's connection, each row
 * written straight into its values; on PostgreSQL each batch is one `insert … select from
 * json_populate_recordset`. `suffix` is appended to the statement, such as `on conflict do nothing`.
 */
export async function insertRowSource(trx: Transaction<Database>, table: string, columns: readonly string[], source: RowSource, suffix = ''): Promise<number> {
  if (source.count === 0) return 0;
  const width = columns.length;
  const dialect = capabilitiesOf(trx);
  const head = `insert into ${dialect.quote(table)} (${columns.map(dialect.quote).join(', ')}) `;
  const sqlite = rawSqliteOf(trx);
  if (sqlite === undefined) {
    let changes = 0;
    const cells: Cell[] = new Array<Cell>(width).fill(null);
    for (let start = 0; start < source.count; start += BATCH) {
      const batch: Record<string, Cell>[] = [];
      for (let r = start; r < Math.min(start + BATCH, source.count); r += 1) {
        source.write(r, cells, 0);
        batch.push(Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? null])));
      }
      const result = await trx.executeQuery(CompiledQuery.raw(`${head}${dialect.selectFromJsonRows(table, columns)} ${suffix}`, [dialect.encodeJsonRows(columns, batch)]));
      changes += Number(result.numAffectedRows ?? 0n);
    }
    return changes;
  }
  // Many rows per statement: one call into SQLite per hundred rows instead of per row.
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const text = (rows: number) => `${head}values ${Array.from({ length: rows }, () => tuple).join(', ')} ${suffix}`;
  const per = Math.max(1, Math.min(SQLITE_ROWS_PER_STATEMENT, Math.floor(30_000 / width)));
  const full = preparedFull(sqlite, text(per));
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
    changes += sqlite.prepare(text(rest)).run(last).changes;
  }
  return changes;
}

/** Full-size statements kept per database, by their text: a batched writer calls with the same table often. */
const PREPARED = new WeakMap<object, Map<string, SQLite.Statement>>();
const PREPARED_KEPT = 32;

/**
 * The statement for `text` on `sqlite`, prepared once: preparing a statement of a hundred rows' values
 * costs about as much as running it, and a file's import appends thousands of batches. SQLite prepares a
 * kept statement again by itself when the schema changes (a temporary table made again).
 */
function preparedFull(sqlite: SQLite.Database, text: string): SQLite.Statement {
  let kept = PREPARED.get(sqlite);
  if (kept === undefined) PREPARED.set(sqlite, (kept = new Map<string, SQLite.Statement>()));
  let statement = kept.get(text);
  if (statement === undefined) {
    if (kept.size >= PREPARED_KEPT) kept.clear();
    statement = sqlite.prepare(text);
    kept.set(text, statement);
  }
  return statement;
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
