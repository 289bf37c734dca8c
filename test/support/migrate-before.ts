import { Migrator, sql, type Kysely } from 'kysely';
import { MIGRATIONS } from '../../src/storage/migrations/index.ts';
import type { Database } from '../../src/storage/schema.ts';

/**
 * Applies the migrations named before `first` (e.g. '0016'), as a database made by an earlier release would
 * have them, so a test can put rows in the old shape and then migrate to the latest.
 */
export async function migrateBefore(db: Kysely<Database>, engine: string, first: string): Promise<void> {
  const schema = engine === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  const earlier = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < first));
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(earlier) }, ...(schema === undefined ? {} : { migrationTableSchema: schema }) });
  const result = await migrator.migrateToLatest();
  if (result.error !== undefined) throw result.error instanceof Error ? result.error : new Error(JSON.stringify(result.error));
}
