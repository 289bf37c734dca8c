import type { Kysely } from 'kysely';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Where each postcode centroid came from (ONS census headcount, or a geocoder whose results may carry
 * OpenStreetMap's licence), so a deployment that must avoid one source can tell its rows apart.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('postcodes').addColumn('source', 'varchar(60)', (c) => c.notNull().defaultTo('unknown')).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('postcodes').dropColumn('source').execute();
}
