import type { Kysely } from 'kysely';

/**
 * The tables of the database's own schema (the connection's current schema on PostgreSQL), Kysely's
 * migration tables included: none means the database is empty and safe to restore into.
 */
export async function listOwnTables<DB>(db: Kysely<DB>): Promise<string[]> {
  // On PostgreSQL the dialect's introspection reads the connection's own schema only (own-schema-postgres-dialect.ts).
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  return tables.filter((t) => !t.isView).map((t) => t.name).sort();
}
