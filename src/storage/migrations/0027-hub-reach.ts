import type { Kysely } from 'kysely';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * A hub's own reach where the programme sets one: how far beyond its own Opportunity Area it serves schools,
 * and how many it can serve (null: the network's). Kept apart from `research_schools`, which is reloaded
 * from the published list.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('hub_reach')
    .addColumn('hub_id', 'varchar(100)', (c) => c.primaryKey().references('research_schools.id'))
    .addColumn('radius_metres', 'integer')
    .addColumn('capacity', 'integer')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('hub_reach').execute();
}
