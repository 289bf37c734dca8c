import { SqliteAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/**
 * Where SQLite and PostgreSQL differ, the difference lives here as a capability, not as `if (sqlite)`
 * scattered through repositories and migrations.
 */
export interface DialectCapabilities {
  readonly engine: 'sqlite' | 'postgres';
  /** Makes an integer primary key that numbers itself. */
  readonly autoIncrementPrimaryKey: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
}

const SQLITE: DialectCapabilities = {
  engine: 'sqlite',
  autoIncrementPrimaryKey: (c) => c.primaryKey().autoIncrement(),
};

const POSTGRES: DialectCapabilities = {
  engine: 'postgres',
  autoIncrementPrimaryKey: (c) => c.primaryKey().generatedByDefaultAsIdentity(),
};

// Both PGlite and node-postgres use Kysely's PostgresAdapter; only SQLite uses SqliteAdapter.
export function capabilitiesOf<DB>(db: Kysely<DB>): DialectCapabilities {
  return db.getExecutor().adapter instanceof SqliteAdapter ? SQLITE : POSTGRES;
}
