import { sql, type Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Holiday activities (issue 20, item 4): clubs as a provider describes them (where, when, which days, how
 * many places a day), pseudonymised pupils (a keyed hash stands in for the UPN, which is never stored,
 * the same key as careers) with their school and FSM eligibility, and one row per pupil booked on a club
 * day, saying whether they came (docs/methodology.md, "Holiday activities").
 */
export async function up(db: AnyDb): Promise<void> {
  const dialect = capabilitiesOf(db);
  await db.schema
    .createTable('holiday_clubs')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('club_ref', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('urn', 'integer')
    .addColumn('postcode', 'varchar(8)')
    .addColumn('district_code', 'varchar(9)', (c) => c.notNull())
    .addColumn('la_code', 'varchar(9)', (c) => c.notNull())
    .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('end_date', 'varchar(10)', (c) => c.notNull())
    // ISO weekdays offered, Monday 1 to Sunday 7, as digits in order: '1234' is Monday to Thursday.
    .addColumn('days_offered', 'varchar(7)', (c) => c.notNull())
    .addColumn('places_per_day', 'integer', (c) => c.notNull().check(sql`places_per_day > 0`))
    .addColumn('synthetic', 'integer', (c) => c.notNull().defaultTo(0))
    .addCheckConstraint('holiday_clubs_place', sql`urn is not null or postcode is not null`)
    .addCheckConstraint('holiday_clubs_dates', sql`start_date <= end_date`)
    .execute();
  await db.schema.createIndex('holiday_clubs_district_idx').on('holiday_clubs').column('district_code').execute();

  await db.schema
    .createTable('holiday_pupils')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('pseudonym', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('urn', 'integer', (c) => c.notNull())
    .addColumn('fsm', 'integer', (c) => c.notNull().check(sql`fsm in (0, 1)`))
    .addColumn('synthetic', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('holiday_pupils_urn_idx').on('holiday_pupils').column('urn').execute();

  await db.schema
    .createTable('holiday_attendance')
    .addColumn('club_id', 'integer', (c) => c.notNull().references('holiday_clubs.id').onDelete('cascade'))
    .addColumn('pupil_id', 'integer', (c) => c.notNull().references('holiday_pupils.id').onDelete('cascade'))
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('academic_year', 'integer', (c) => c.notNull())
    .addColumn('attended', 'integer', (c) => c.notNull().check(sql`attended in (0, 1)`))
    // One row per pupil and club day: importing the same file again adds nothing.
    .addPrimaryKeyConstraint('holiday_attendance_pk', ['club_id', 'day', 'pupil_id'])
    .execute();
  await db.schema.createIndex('holiday_attendance_pupil_idx').on('holiday_attendance').column('pupil_id').execute();
  await db.schema.createIndex('holiday_attendance_year_idx').on('holiday_attendance').column('academic_year').execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['holiday_attendance', 'holiday_pupils', 'holiday_clubs']) await db.schema.dropTable(table).execute();
}
