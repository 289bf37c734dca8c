import { retryWhenAnotherSchemaIsDropped } from '../../../src/storage/retry-when-schema-dropped.ts';
import { sql, type Kysely } from 'kysely';

/**
 * Every row of every table in the database (the current schema on PostgreSQL), each table ordered by all
 * its columns, as one JSON string: two dumps are equal exactly when the data are. For checking that a
 * failed or dry-run import left the database as it was.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the dump does not depend on table types
export async function dumpDatabase(db: Kysely<any>): Promise<string> {
  const tables = await retryWhenAnotherSchemaIsDropped(db, () => db.introspection.getTables({ withInternalKyselyTables: true }));
  const schemas = new Set(tables.map((t) => t.schema).filter((s) => s !== undefined));
  // PostgreSQL introspection lists every schema in the database; tests run side by side in schemas of one database.
  const current = schemas.size === 0 ? undefined : (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema;
  const dump: Record<string, unknown[]> = {};
  for (const table of tables.filter((t) => !t.isView && t.schema === current).sort((a, b) => a.name.localeCompare(b.name))) {
    const order = table.columns.map((c) => sql.ref(c.name));
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)} order by ${sql.join(order)}`.execute(db);
    dump[table.name] = rows.rows;
  }
  return JSON.stringify(dump);
}
