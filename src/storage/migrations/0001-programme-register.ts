import { sql, type Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';

// Migrations are append-only: never edit one that has shipped; add the next number instead.
// `Kysely<any>` because a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const dialect = capabilitiesOf(db);
  await db.schema
    .createTable('areas')
    .addColumn('code', 'varchar(9)', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull().check(inList('kind', ['country', 'region', 'education_la', 'district'])))
    .addColumn('parent_code', 'varchar(9)', (c) => c.references('areas.code'))
    .addColumn('source_note', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('opportunity_areas')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('announced_as', 'text')
    .addColumn('wave', 'integer', (c) => c.notNull())
    .addColumn('announced_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('source_note', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('opportunity_area_districts')
    .addColumn('opportunity_area_id', 'varchar(100)', (c) => c.notNull().references('opportunity_areas.id').onDelete('cascade'))
    .addColumn('district_code', 'varchar(9)', (c) => c.notNull().references('areas.code'))
    .addPrimaryKeyConstraint('opportunity_area_districts_pk', ['opportunity_area_id', 'district_code'])
    .execute();

  await db.schema
    .createTable('partnership_boards')
    .addColumn('opportunity_area_id', 'varchar(100)', (c) => c.primaryKey().references('opportunity_areas.id').onDelete('cascade'))
    .addColumn('chair', 'text', (c) => c.notNull())
    .addColumn('chair_named_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('source_note', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('research_schools')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('host_name', 'text', (c) => c.notNull())
    .addColumn('host_urn', 'integer')
    .addColumn('opportunity_area_id', 'varchar(100)', (c) => c.references('opportunity_areas.id').onDelete('set null'))
    .addColumn('announced_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('source_note', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('funds')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('amount_pence', 'bigint', (c) => c.notNull())
    .addColumn('period', 'varchar(40)', (c) => c.notNull())
    .addColumn('scope', 'varchar(30)', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('parent_id', 'varchar(100)', (c) => c.references('funds.id'))
    .addColumn('opportunity_area_id', 'varchar(100)', (c) => c.references('opportunity_areas.id'))
    .addColumn('source_note', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('funds_parent_idx').on('funds').column('parent_id').execute();
  await db.schema.createIndex('funds_area_idx').on('funds').column('opportunity_area_id').execute();

  await db.schema
    .createTable('data_sources')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('loaded_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('checksum', 'varchar(64)', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['data_sources', 'funds', 'research_schools', 'partnership_boards', 'opportunity_area_districts', 'opportunity_areas', 'areas']) {
    await db.schema.dropTable(table).execute();
  }
}

function inList(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
