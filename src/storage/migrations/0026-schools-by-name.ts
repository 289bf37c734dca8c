import type { Kysely } from 'kysely';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Schools in list order, name then URN (issue 23, finding 3): a download of the whole register reads it a
 * page at a time after the last school sent, which without this index means sorting every school for
 * every page, and on SQLite holding the event loop while it does.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.createIndex('schools_name_urn_idx').on('schools').columns(['name', 'urn']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('schools_name_urn_idx').execute();
}
