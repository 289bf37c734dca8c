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
}

const doubleQuote = (name: string) => `"${name.replaceAll('"', '""')}"`;

const SQLITE: DialectCapabilities = {
  engine: 'sqlite',
  autoIncrementPrimaryKey: (c) => c.primaryKey().autoIncrement(),
  placeholder: () => '?',
  maxBoundValues: 32_000,
  quote: doubleQuote,
};

const POSTGRES: DialectCapabilities = {
  engine: 'postgres',
  autoIncrementPrimaryKey: (c) => c.primaryKey().generatedByDefaultAsIdentity(),
  placeholder: (n) => `$${String(n)}`,
  maxBoundValues: 60_000,
  quote: doubleQuote,
};

// Both PGlite and node-postgres use Kysely's PostgresAdapter; only SQLite uses SqliteAdapter.
export function capabilitiesOf(db: { getExecutor(): { readonly adapter: unknown } }): DialectCapabilities {
  return db.getExecutor().adapter instanceof SqliteAdapter ? SQLITE : POSTGRES;
}
