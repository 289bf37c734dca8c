import type { Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const AREA = 'opportunity_areas.id';

/**
 * Partnership boards (members, meetings and the decisions they log) and delivery plans: priorities →
 * objectives → measures, each with targets by period and actuals (entered, or read from an indicator by
 * `indicator_code` and `indicator_area_code`); and the what-worked library shared across areas.
 */
export async function up(db: AnyDb): Promise<void> {
  const dialect = capabilitiesOf(db);
  await db.schema
    .createTable('board_members')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('opportunity_area_id', 'varchar(100)', (c) => c.notNull().references(AREA).onDelete('cascade'))
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('organisation', 'varchar(200)', (c) => c.notNull())
    .addColumn('sector', 'varchar(40)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('board_meetings')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('opportunity_area_id', 'varchar(100)', (c) => c.notNull().references(AREA).onDelete('cascade'))
    .addColumn('held_on', 'varchar(10)', (c) => c.notNull())
    /** JSON array of the papers' titles. */
    .addColumn('papers', 'text', (c) => c.notNull())
    .addUniqueConstraint('board_meetings_area_date_key', ['opportunity_area_id', 'held_on'])
    .execute();

  await db.schema
    .createTable('board_decisions')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('board_meetings.id').onDelete('cascade'))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('owner', 'varchar(200)', (c) => c.notNull())
    .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('done_on', 'varchar(10)')
    .execute();

  await db.schema
    .createTable('plan_priorities')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('opportunity_area_id', 'varchar(100)', (c) => c.notNull().references(AREA).onDelete('cascade'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('theme', 'varchar(60)', (c) => c.notNull())
    .addUniqueConstraint('plan_priorities_area_title_key', ['opportunity_area_id', 'title'])
    .execute();

  await db.schema
    .createTable('plan_objectives')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('priority_id', 'integer', (c) => c.notNull().references('plan_priorities.id').onDelete('cascade'))
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addUniqueConstraint('plan_objectives_priority_title_key', ['priority_id', 'title'])
    .execute();

  await db.schema
    .createTable('plan_measures')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('opportunity_area_id', 'varchar(100)', (c) => c.notNull().references(AREA).onDelete('cascade'))
    .addColumn('objective_id', 'integer', (c) => c.notNull().references('plan_objectives.id').onDelete('cascade'))
    .addColumn('code', 'varchar(60)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('unit', 'varchar(40)', (c) => c.notNull())
    .addColumn('polarity', 'varchar(20)', (c) => c.notNull())
    .addColumn('baseline_value', 'double precision', (c) => c.notNull())
    .addColumn('baseline_period', 'varchar(20)', (c) => c.notNull())
    .addColumn('indicator_code', 'varchar(80)')
    .addColumn('indicator_area_code', 'varchar(9)')
    .addColumn('override_status', 'varchar(20)')
    .addColumn('override_reason', 'text')
    .addUniqueConstraint('plan_measures_area_code_key', ['opportunity_area_id', 'code'])
    .execute();

  await db.schema
    .createTable('plan_targets')
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('plan_measures.id').onDelete('cascade'))
    .addColumn('period', 'varchar(20)', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_targets_pk', ['measure_id', 'period'])
    .execute();

  await db.schema
    .createTable('plan_actuals')
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('plan_measures.id').onDelete('cascade'))
    .addColumn('period', 'varchar(20)', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('recorded_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_actuals_pk', ['measure_id', 'period'])
    .execute();

  await db.schema
    .createTable('what_worked_entries')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('opportunity_area_id', 'varchar(100)', (c) => c.notNull().references(AREA).onDelete('cascade'))
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('where_done', 'text', (c) => c.notNull())
    .addColumn('for_whom', 'text', (c) => c.notNull())
    .addColumn('cost_pence', 'bigint')
    .addColumn('evidence_strand', 'varchar(200)', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('contact', 'varchar(200)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['what_worked_entries', 'plan_actuals', 'plan_targets', 'plan_measures', 'plan_objectives', 'plan_priorities', 'board_decisions', 'board_meetings', 'board_members']) {
    await db.schema.dropTable(table).execute();
  }
}
