import type { Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Index recipes saved by analysts, every version kept (a recipe is never changed in place: saving makes
 * the next version), and named area selections with the inputs and the decisions they produced.
 */
export async function up(db: AnyDb): Promise<void> {
  const dialect = capabilitiesOf(db);
  await db.schema
    .createTable('index_recipes')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('name', 'varchar(60)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('recipe', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('saved_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('index_recipes_name_version_key', ['name', 'version'])
    .execute();

  await db.schema
    .createTable('area_selections')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('name', 'varchar(80)', (c) => c.notNull().unique())
    .addColumn('inputs', 'text', (c) => c.notNull())
    .addColumn('decisions', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('saved_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('area_selections').execute();
  await db.schema.dropTable('index_recipes').execute();
}
