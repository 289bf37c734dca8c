import { sql, type Kysely } from 'kysely';
import { capabilitiesOf } from './dialect-capabilities.ts';

/**
 * Kysely's migrator and introspection read every schema's tables (its introspection calls `pg_get_serial_sequence` on each),
 * so on a PostgreSQL server where another schema is dropped at that moment (another tenant, or another test)
 * the read fails with "schema … does not exist" naming that other schema. Nothing was changed by then: try
 * again, a few times.
 */
export async function retryWhenAnotherSchemaIsDropped<DB, T>(db: Kysely<DB>, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const dropped = /schema "([^"]+)" does not exist/.exec(error instanceof Error ? error.message : '')?.[1];
      if (dropped === undefined || attempt >= 5 || capabilitiesOf(db).engine !== 'postgres') throw error;
      const own = (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema;
      if (dropped === own) throw error;
    }
  }
}
