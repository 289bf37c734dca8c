import { SqliteAdapter, type ColumnDefinitionBuilder } from 'kysely';

/**
 * Where SQLite and PostgreSQL differ, the difference lives here as a capability, not as `if (sqlite)`
 * scattered through repositories and migrations.
 */
export interface DialectCapabilities {
  readonly engine: 'sqlite' | 'postgres';
  /** Makes an integer primary key that numbers itself. */
  readonly autoIncrementPrimaryKey: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  /** The placeholder for the n-th (1-based) bound value in hand-built SQL. */
  readonly placeholder: (n: number) => string;
  /** How many values one statement may bind (SQLite 32,766; PostgreSQL 65,535), with a margin. */
  readonly maxBoundValues: number;
  /** How a table or column name is quoted. */
  readonly quote: (name: string) => string;
  /**
   * A SELECT giving `columns` of `table`'s shape from one bound JSON array of row arrays (values in
   * `columns` order): how bulk writes send thousands of rows as one value instead of one value per cell.
   */
  readonly selectFromJsonRows: (table: string, columns: readonly string[]) => string;
  /** The one JSON value `selectFromJsonRows` reads. */
  readonly encodeJsonRows: (columns: readonly string[], rows: readonly Readonly<Record<string, string | number | null>>[]) => string;
  /**
   * A statement that makes other writers of `table` wait until this transaction ends (readers carry on),
   * so a read-then-write inside it sees every earlier write; null where the engine lets one transaction
   * write at a time anyway (SQLite, whose connection is held for the whole transaction).
   */
  readonly lockAgainstWriters: (table: string) => string | null;
  /**
   * The collation that orders text by Unicode code point, whatever the database's own locale: SQLite's
   * BINARY compares UTF-8 bytes (code point order); PostgreSQL's "C" does the same, where the database's
   * default collation may be a language's.
   */
  readonly codePointCollation: string;
}

const doubleQuote = (name: string) => `"${name.replaceAll('"', '""')}"`;

const SQLITE: DialectCapabilities = {
  engine: 'sqlite',
  autoIncrementPrimaryKey: (c) => c.primaryKey().autoIncrement(),
  placeholder: () => '?',
  maxBoundValues: 32_000,
  quote: doubleQuote,
  // `->>` gives SQL values (INTEGER, REAL, TEXT, NULL) as binding the JSON values would; the column's
  // affinity applies on insert as it does for bound values.
  selectFromJsonRows: (_table, columns) =>
    `select ${columns.map((c, i) => `value ->> ${String(i)} as ${doubleQuote(c)}`).join(', ')} from json_each(?)`,
  encodeJsonRows: (columns, rows) => JSON.stringify(rows.map((row) => columns.map((c) => row[c] ?? null))),
  lockAgainstWriters: () => null,
  codePointCollation: 'binary',
};

const POSTGRES: DialectCapabilities = {
  engine: 'postgres',
  autoIncrementPrimaryKey: (c) => c.primaryKey().generatedByDefaultAsIdentity(),
  placeholder: (n) => `$${String(n)}`,
  maxBoundValues: 60_000,
  quote: doubleQuote,
  // json_populate_recordset reads each object by column name and converts to the table's own column types.
  selectFromJsonRows: (table, columns) =>
    `select ${columns.map(doubleQuote).join(', ')} from json_populate_recordset(null::${doubleQuote(table)}, $1::json)`,
  encodeJsonRows: (columns, rows) => JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null])))),
  lockAgainstWriters: (table) => `lock table ${doubleQuote(table)} in share row exclusive mode`,
  codePointCollation: '"C"',
};

// Both PGlite and node-postgres use Kysely's PostgresAdapter; only SQLite uses SqliteAdapter.
export function capabilitiesOf(db: { getExecutor(): { readonly adapter: unknown } }): DialectCapabilities {
  return db.getExecutor().adapter instanceof SqliteAdapter ? SQLITE : POSTGRES;
}
