import { sql, type Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Catch-up tutoring (issue 20): pupils by pseudonym (the careers keyed hash of the UPN, which is never
 * stored), each pupil's facts at a school in an academic year, tutoring sessions from MIS exports and
 * School Census returns (tutored Y/N, cumulative hours) for schools that have only those. Hours are kept
 * as whole half hours so sums are exact. Holiday activities, when they come, sit beside these as
 * `holiday_*` tables.
 */
export async function up(db: AnyDb): Promise<void> {
  const dialect = capabilitiesOf(db);
  const withoutRowid = dialect.engine === 'sqlite' ? ' without rowid' : '';
  const run = (statement: string) => sql.raw(statement).execute(db);
  await db.schema
    .createTable('catch_up_pupils')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('pseudonym', 'varchar(64)', (c) => c.notNull())
    .addColumn('synthetic', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await run('create unique index catch_up_pupils_pseudonym_idx on catch_up_pupils (pseudonym)');

  await run(`create table catch_up_pupil_years (
    pupil_id integer not null references catch_up_pupils (id) on delete cascade,
    urn integer not null,
    academic_year integer not null,
    year_group integer not null check (year_group between 0 and 13),
    fsm integer not null check (fsm in (0, 1)),
    pupil_premium integer not null check (pupil_premium in (0, 1)),
    primary key (pupil_id, urn, academic_year))${withoutRowid}`);
  await run('create index catch_up_pupil_years_school_idx on catch_up_pupil_years (urn, academic_year)');

  // One row per pupil, school, day, route, subject and provider ('' when none): importing the same export
  // again adds nothing, and a corrected row (hours, group size) updates its session.
  await run(`create table catch_up_sessions (
    pupil_id integer not null references catch_up_pupils (id) on delete cascade,
    urn integer not null,
    session_day integer not null,
    route varchar(40) not null,
    subject varchar(100) not null,
    provider varchar(200) not null,
    academic_year integer not null,
    group_size integer not null check (group_size between 1 and 99),
    half_hours integer not null check (half_hours between 1 and 80),
    primary key (pupil_id, urn, session_day, route, subject, provider))${withoutRowid}`);
  await run('create index catch_up_sessions_year_idx on catch_up_sessions (academic_year, urn)');

  // A school's School Census return for a year: every pupil on roll, tutored or not, with cumulative hours.
  await run(`create table catch_up_census (
    pupil_id integer not null references catch_up_pupils (id) on delete cascade,
    urn integer not null,
    academic_year integer not null,
    tutored integer not null check (tutored in (0, 1)),
    half_hours integer not null check (half_hours >= 0),
    primary key (pupil_id, urn, academic_year))${withoutRowid}`);
  await run('create index catch_up_census_school_idx on catch_up_census (academic_year, urn)');
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['catch_up_census', 'catch_up_sessions', 'catch_up_pupil_years', 'catch_up_pupils']) await db.schema.dropTable(table).execute();
}
