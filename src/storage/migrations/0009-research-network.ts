import type { Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The Research School network's own records: Guidance Reports, training programmes, events and who came
 * (by school URN and role), manual engagement updates with their reason, and school evidence plans.
 * Strands are Toolkit strand slugs, stored as a JSON array. Attendance rows are keyed (event, school, role)
 * so importing the same file twice changes nothing.
 */
export async function up(db: AnyDb): Promise<void> {
  const dialect = capabilitiesOf(db);
  await db.schema
    .createTable('guidance_reports')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('strands', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('research_programmes')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('hub_id', 'varchar(100)', (c) => c.notNull().references('research_schools.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('strands', 'text', (c) => c.notNull())
    .addColumn('guidance_report_id', 'varchar(100)', (c) => c.references('guidance_reports.id'))
    .addColumn('format', 'varchar(20)', (c) => c.notNull())
    .addColumn('starts_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('ends_on', 'varchar(10)')
    .addColumn('recorded_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('research_events')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('hub_id', 'varchar(100)', (c) => c.notNull().references('research_schools.id'))
    .addColumn('programme_id', 'varchar(100)', (c) => c.references('research_programmes.id'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('data_source_id', 'integer', (c) => c.references('data_sources.id'))
    .execute();
  await db.schema.createIndex('research_events_hub_idx').on('research_events').column('hub_id').execute();

  await db.schema
    .createTable('event_attendance')
    .addColumn('event_id', 'varchar(100)', (c) => c.notNull().references('research_events.id'))
    .addColumn('urn', 'integer', (c) => c.notNull())
    .addColumn('role', 'varchar(30)', (c) => c.notNull())
    .addColumn('people', 'integer', (c) => c.notNull())
    .addColumn('data_source_id', 'integer', (c) => c.references('data_sources.id'))
    .addPrimaryKeyConstraint('event_attendance_pkey', ['event_id', 'urn', 'role'])
    .execute();
  await db.schema.createIndex('event_attendance_urn_idx').on('event_attendance').column('urn').execute();

  await db.schema
    .createTable('engagement_updates')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('urn', 'integer', (c) => c.notNull())
    .addColumn('level', 'varchar(20)', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('recorded_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('engagement_updates_urn_idx').on('engagement_updates').column('urn').execute();

  await db.schema
    .createTable('evidence_plans')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('urn', 'integer', (c) => c.notNull())
    .addColumn('strands', 'text', (c) => c.notNull())
    .addColumn('target_pupils', 'integer', (c) => c.notNull())
    .addColumn('cost_per_pupil_pence', 'bigint', (c) => c.notNull())
    .addColumn('expected_months', 'integer', (c) => c.notNull())
    .addColumn('starts_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('recorded_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('evidence_plans_urn_idx').on('evidence_plans').column('urn').execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['evidence_plans', 'engagement_updates', 'event_attendance', 'research_events', 'research_programmes', 'guidance_reports']) {
    await db.schema.dropTable(table).execute();
  }
}
