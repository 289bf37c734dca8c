import { sql, type Kysely } from 'kysely';

/**
 * Every row of every table in the database (the current schema on PostgreSQL), each table ordered by all
 * its columns, as one JSON string: two dumps are equal exactly when the data are. For checking that a
 * failed or dry-run import left the database as it was.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the dump does not depend on table types
export async function dumpDatabase(db: Kysely<any>): Promise<string> {
  // On PostgreSQL the test engines' introspection reads the connection's own schema only.
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  const dump: Record<string, unknown[]> = {};
  for (const table of tables.filter((t) => !t.isView).sort((a, b) => a.name.localeCompare(b.name))) {
    const order = table.columns.map((c) => sql.ref(c.name));
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)} order by ${sql.join(order)}`.execute(db);
    dump[table.name] = rows.rows;
  }
  return JSON.stringify(dump);
}
