import type { Kysely } from 'kysely';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Where the programme has placed a Research School whose host cannot place it (no single URN, or no
 * location in the register), with how the point was found and why. Kept apart from `research_schools`,
 * which is reloaded from the published list.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('hub_placements')
    .addColumn('hub_id', 'varchar(100)', (c) => c.primaryKey().references('research_schools.id'))
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('hub_placements').execute();
}
