import type { Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Saved neighbour sets: each with the recipe (as JSON), the options, the data vintage (each indicator's
 * period) and a checksum of the values used, and every area's list, so a later run after new data or a
 * boundary change can be compared with it (docs/methodology.md §11.10).
 */
export async function up(db: AnyDb): Promise<void> {
  const dialect = capabilitiesOf(db);
  await db.schema
    .createTable('neighbour_sets')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tier', 'varchar(10)', (c) => c.notNull())
    .addColumn('recipe_name', 'text', (c) => c.notNull())
    .addColumn('recipe', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('vintage', 'text', (c) => c.notNull())
    .addColumn('checksum', 'varchar(64)', (c) => c.notNull())
    .addColumn('area_count', 'integer', (c) => c.notNull())
    .addColumn('saved_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('neighbour_set_entries')
    .addColumn('set_id', 'integer', (c) => c.notNull().references('neighbour_sets.id').onDelete('cascade'))
    .addColumn('area_code', 'varchar(9)', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('neighbour_code', 'varchar(9)', (c) => c.notNull())
    .addColumn('distance', 'double precision', (c) => c.notNull())
    .addColumn('band', 'varchar(20)', (c) => c.notNull())
    .addColumn('reciprocal', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('neighbour_set_entries_pk', ['set_id', 'area_code', 'rank'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('neighbour_set_entries').execute();
  await db.schema.dropTable('neighbour_sets').execute();
}
