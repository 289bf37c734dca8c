import { DEFAULT_MIGRATION_TABLE, sql, type Kysely, type RawBuilder } from 'kysely';
import { capabilitiesOf } from './dialect-capabilities.ts';
import type { ExecutedMigration } from './migration-order.ts';

/**
 * On PostgreSQL the connection's own schema, where the migrator keeps its tables (migrate.ts says why);
 * undefined on SQLite.
 */
export async function migrationTableSchemaOf<DB>(db: Kysely<DB>): Promise<string | undefined> {
  return capabilitiesOf(db).engine === 'postgres'
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
}

function migrationTable(schema: string | undefined): RawBuilder<unknown> {
  return sql.table(schema === undefined ? DEFAULT_MIGRATION_TABLE : `${schema}.${DEFAULT_MIGRATION_TABLE}`);
}

/** Kysely's record of the migrations this database ran, under the names it recorded; none on a new database. */
export async function readExecutedMigrations<DB>(db: Kysely<DB>, schema: string | undefined): Promise<readonly ExecutedMigration[]> {
  const exists =
    schema === undefined
      ? await sql<{ found: number }>`select 1 as found from sqlite_master where type = 'table' and name = ${DEFAULT_MIGRATION_TABLE}`.execute(db)
      : await sql<{ found: number }>`select 1 as found from information_schema.tables where table_schema = ${schema} and table_name = ${DEFAULT_MIGRATION_TABLE}`.execute(db);
  if (exists.rows.length === 0) return [];
  return (await sql<ExecutedMigration>`select name, timestamp from ${migrationTable(schema)}`.execute(db)).rows;
}

/** Gives a record in Kysely's table another name, keeping the time it ran; part of the caller's transaction. */
export async function renameExecutedMigration<DB>(db: Kysely<DB>, schema: string | undefined, from: string, to: string): Promise<void> {
  await sql`update ${migrationTable(schema)} set name = ${to} where name = ${from}`.execute(db);
}
