import { sql, type Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';
import { retryWhenAnotherSchemaIsDropped } from '../retry-when-schema-dropped.ts';

/**
 * The tables of the database's own schema (the connection's current schema on PostgreSQL), Kysely's
 * migration tables included: none means the database is empty and safe to restore into.
 */
export async function listOwnTables<DB>(db: Kysely<DB>): Promise<string[]> {
  const tables = await retryWhenAnotherSchemaIsDropped(db, () => db.introspection.getTables({ withInternalKyselyTables: true }));
  if (capabilitiesOf(db).engine !== 'postgres') return tables.filter((t) => !t.isView).map((t) => t.name).sort();
  const schema = (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema;
  return tables.filter((t) => !t.isView && t.schema === schema).map((t) => t.name).sort();
}
