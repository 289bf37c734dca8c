import { CompiledQuery, sql, type Transaction } from 'kysely';
import { copyRowSource } from './copy-rows.ts';
import { capabilitiesOf } from './dialect-capabilities.ts';
import { copyClientOf } from './postgres-client-transaction.ts';
import { readColumns, type Value } from './read-columns.ts';
import { rawSqliteOf } from './raw-sqlite.ts';
import { withIndexesSuspended } from './suspend-indexes.ts';
import type { Database } from './schema.ts';

export interface SyncCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export function emptyCounts(): SyncCounts {
  return { inserted: 0, updated: 0, unchanged: 0 };
}

export function addCounts(a: SyncCounts, b: SyncCounts): SyncCounts {
  return { inserted: a.inserted + b.inserted, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged };
}

export type Row = Record<string, string | number | null>;

export interface SyncOptions {
  /** Columns written but not compared, such as the data source a row came from: an equal row keeps its old value. */
  readonly ignoreInComparison?: readonly string[];
  /** Called for each changed row with its old and new values, e.g. to keep history. */
  readonly onUpdate?: (before: Row, after: Row) => void;
}

/** What is stored of a table, read once: its rows' values in `columns` order, found by key. */
export interface StoredRows {
  readonly columns: readonly string[];
  /** How many rows are stored. */
  readonly size: number;
  /** The stored values of the row with `row`'s key, in `columns` order, or undefined when it is new. */
  find(row: Readonly<Row>): readonly Value[] | undefined;
}

/**
 * Reads every stored row of `table`, only `columns` (which include `keys`), for `writeChanges`: callers
 * that need what is stored before they finish their rows (a school keeping its coordinates while its
 * postcode is unchanged) read it once for both.
 */
export async function readStoredRows(trx: Transaction<Database>, table: keyof Database, keys: readonly string[], columns: readonly string[]): Promise<StoredRows> {
  const existing = await readColumns(trx, table, columns);
  const keyOfStored = keyFunction(keys.map((k) => columns.indexOf(k)));
  const byKey = new Map<string | number | null, Value[]>();
  for (const values of existing) byKey.set(keyOfStored(values), values);
  const keyOfRow = keyFunction(keys);
  return { columns, size: byKey.size, find: (row) => byKey.get(keyOfRow(row)) };
}

/**
 * Inserts rows that are new and updates rows that differ, matched on `keys`; leaves equal rows alone, so
 * loading the same data twice changes nothing and says so. Rows not in `rows` are kept. New rows go in as
 * bulk inserts, so large files cost few round trips.
 */
export async function syncRows(
  trx: Transaction<Database>,
  table: keyof Database,
  keys: readonly string[],
  rows: readonly Row[],
  options: SyncOptions = {},
): Promise<SyncCounts> {
  const first = rows[0];
  if (first === undefined) return emptyCounts();
  return writeChanges(trx, table, keys, rows, await readStoredRows(trx, table, keys, Object.keys(first)), options);
}

/** `syncRows` once what is stored has been read; `stored` has every column the rows have, in their order. */
export async function writeChanges(
  trx: Transaction<Database>,
  table: keyof Database,
  keys: readonly string[],
  rows: readonly Row[],
  stored: StoredRows,
  options: SyncOptions = {},
): Promise<SyncCounts> {
  const counts = emptyCounts();
  const { columns } = stored;
  const ignored = new Set(options.ignoreInComparison ?? []);
  const comparedAt = columns.flatMap((c, i) => (ignored.has(c) ? [] : [i]));
  const inserts: Row[] = [];
  const updates: Row[] = [];
  for (const row of rows) {
    const current = stored.find(row);
    if (current === undefined) {
      inserts.push(row);
    } else if (differs(current, row, columns, comparedAt)) {
      updates.push(row);
      options.onUpdate?.(Object.fromEntries(columns.map((c, i) => [c, current[i] ?? null])), row);
    } else {
      counts.unchanged += 1;
    }
  }
  const write = async () => {
    await insertInBatches(trx, table, columns, inserts);
    await updateRows(trx, table, keys, columns, updates);
  };
  const manyNew = inserts.length >= SUSPEND_INDEXES_FROM && inserts.length > stored.size;
  // PostgreSQL writes a new version of every updated row into every index; SQLite only touches the indexes
  // on the columns that changed, so rebuilding them all would cost it more than it saves.
  const manyChanged = updates.length >= SUSPEND_INDEXES_FROM && updates.length * 2 > stored.size && capabilitiesOf(trx).engine === 'postgres';
  if (manyNew || manyChanged) await withIndexesSuspended(trx, [table], write);
  else await write();
  counts.inserted = inserts.length;
  counts.updated = updates.length;
  return counts;
}

/** Writes changed rows: through a staging table when many, one UPDATE each when few. */
async function updateRows(trx: Transaction<Database>, table: keyof Database, keys: readonly string[], columns: readonly string[], updates: readonly Row[]): Promise<void> {
  if (updates.length > FEW_UPDATES) {
    await updateThroughStagingTable(trx, table, keys, columns, updates);
    return;
  }
  for (const row of updates) {
    const assignments = columns.map((c) => sql`${sql.ref(c)} = ${row[c] ?? null}`);
    const match = keys.map((k) => sql`${sql.ref(k)} = ${row[k] ?? null}`);
    await sql`update ${sql.table(table)} set ${sql.join(assignments)} where ${sql.join(match, sql` and `)}`.execute(trx);
  }
}

/**
 * From this many new rows, when they outnumber the rows already stored (a first national load), and on
 * PostgreSQL from this many changed rows when they are at least half the table, the table's secondary
 * indexes are dropped for the write and built again after it: quicker than keeping them up row by row
 * (docs/benchmarks.md, import). It holds the table exclusively until the load commits.
 */
const SUSPEND_INDEXES_FROM = 10_000;

/** Below this many changed rows, one UPDATE each is simpler and as quick as staging them. */
const FEW_UPDATES = 50;

/** Rows per bulk statement on PostgreSQL: a national file takes a handful of statements. */
const BULK_ROWS = 10_000;

/**
 * Inserts many rows quickly. On SQLite, one prepared statement run once per row on the connection (inside
 * the open transaction). On PostgreSQL, streamed with COPY when the transaction was opened with
 * `transactionWithClient` (as every import is), else `insert … select` from one bound JSON value per batch
 * (see `selectFromJsonRows`), not one bound value per cell: preparing and binding hundreds of thousands of
 * placeholders cost more than the database's own work.
 */
async function insertInBatches(trx: Transaction<Database>, table: string, columns: readonly string[], rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const dialect = capabilitiesOf(trx);
  const head = `insert into ${dialect.quote(table)} (${columns.map(dialect.quote).join(', ')}) `;
  const sqlite = rawSqliteOf(trx);
  if (sqlite !== undefined) {
    const statement = sqlite.prepare(`${head}values (${columns.map(() => '?').join(', ')})`);
    const values: (string | number | null)[] = new Array<string | number | null>(columns.length);
    for (const row of rows) {
      for (let i = 0; i < columns.length; i += 1) values[i] = row[columns[i] as string] ?? null;
      statement.run(values);
    }
    return;
  }
  const client = copyClientOf(trx);
  if (client !== undefined) {
    const source = {
      count: rows.length,
      write(index: number, into: Value[], at: number) {
        const row = rows[index] ?? {};
        for (let i = 0; i < columns.length; i += 1) into[at + i] = row[columns[i] as string] ?? null;
      },
    };
    await copyRowSource(client, dialect.quote(table), columns.map(dialect.quote), source);
    return;
  }
  const source = dialect.selectFromJsonRows(table, columns);
  for (let start = 0; start < rows.length; start += BULK_ROWS) {
    const batch = rows.slice(start, start + BULK_ROWS);
    await trx.executeQuery(CompiledQuery.raw(head + source, [dialect.encodeJsonRows(columns, batch)]));
  }
}

/**
 * Many changed rows: insert them in batches into a temporary copy of the table's columns, then one
 * UPDATE … FROM. The copy takes its column types from the table, so neither engine needs casts, and
 * thousands of updates cost a few statements instead of a round trip each. Both engines (SQLite 3.33+)
 * support UPDATE … FROM; the copy has no constraints, so partial rows (some columns only) are fine.
 */
async function updateThroughStagingTable(
  trx: Transaction<Database>,
  table: string,
  keys: readonly string[],
  columns: readonly string[],
  rows: readonly Row[],
): Promise<void> {
  const dialect = capabilitiesOf(trx);
  const q = dialect.quote;
  const staging = `sync_${table}_${String(Date.now() % 1_000_000)}_${String(Math.floor(Math.random() * 1_000_000))}`;
  await trx.executeQuery(CompiledQuery.raw(`create temporary table ${q(staging)} as select ${columns.map(q).join(', ')} from ${q(table)} where 1 = 0`));
  try {
    await insertInBatches(trx, staging, columns, rows);
    const assignments = columns.filter((c) => !keys.includes(c)).map((c) => `${q(c)} = ${q(staging)}.${q(c)}`);
    const match = keys.map((k) => `${q(table)}.${q(k)} = ${q(staging)}.${q(k)}`).join(' and ');
    if (assignments.length > 0) {
      await trx.executeQuery(CompiledQuery.raw(`update ${q(table)} set ${assignments.join(', ')} from ${q(staging)} where ${match}`));
    }
  } finally {
    await trx.executeQuery(CompiledQuery.raw(`drop table ${q(staging)}`));
  }
}

/**
 * How a row's key is written for matching: for a one-column key the value itself, a whole number as a
 * number whether it came as one or as text (PostgreSQL gives BIGINT as text), so the common case builds no
 * string per row.
 */
function keyFunction<K extends string | number>(keys: readonly K[]): (row: Readonly<Record<K, Value | undefined>>) => string | number | null {
  const [only] = keys;
  if (keys.length === 1 && only !== undefined) return (row) => keyValue(row[only] ?? null);
  return (row) => JSON.stringify(keys.map((k) => normalise(row[k] ?? null)));
}

function keyValue(value: Value): string | number | null {
  if (typeof value !== 'string') return value;
  return /^-?[1-9]\d{0,14}$|^0$/.test(value) ? Number(value) : value;
}

function differs(current: readonly Value[], row: Row, columns: readonly string[], comparedAt: readonly number[]): boolean {
  for (const i of comparedAt) {
    const before = current[i] ?? null;
    const after = row[columns[i] as string] ?? null;
    if (before !== after && (before === null || after === null || String(before) !== String(after))) return true;
  }
  return false;
}

// PostgreSQL returns BIGINT as a string and NUMERIC as text; compare as text so 600000000 equals "600000000".
function normalise(value: string | number | bigint | null): string | null {
  return value === null ? null : String(value);
}
