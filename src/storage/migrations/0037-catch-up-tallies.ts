import { sql, type Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Running tallies of catch-up tutoring (issue 20, item 6), kept by every write in its own transaction so
 * the report reads them instead of the sessions:
 * - `catch_up_pupil_tallies`: a pupil's tutoring at a school in an academic year, in one route and subject,
 *   with the pupil's facts there: the records the statistics read (docs/methodology.md §17). A school
 *   with no sessions in a year has its School Census return's tutored pupils here (`from_census = 1`,
 *   route and subject `not-recorded`).
 * - `catch_up_school_tallies`: per school and year, tutees (a pupil at the school), their hours, those
 *   over one course under the NTP rule (more than 16 hours) by disadvantage, and the census roll.
 * Both are filled here from the ledger an earlier release wrote. The statements are this migration's own
 * copy of the repository's, so what this migration does never changes.
 */
export async function up(db: AnyDb): Promise<void> {
  const withoutRowid = capabilitiesOf(db).engine === 'sqlite' ? ' without rowid' : '';
  const run = (statement: string) => sql.raw(statement).execute(db);
  await run(`create table catch_up_pupil_tallies (
    academic_year integer not null,
    urn integer not null,
    pupil_id integer not null,
    route varchar(40) not null,
    subject varchar(100) not null,
    from_census integer not null check (from_census in (0, 1)),
    sessions integer not null,
    half_hours integer not null,
    year_group integer not null,
    fsm integer not null,
    pupil_premium integer not null,
    primary key (academic_year, urn, pupil_id, route, subject))${withoutRowid}`);
  await run(`create table catch_up_school_tallies (
    academic_year integer not null,
    urn integer not null,
    tutees integer not null,
    disadvantaged_tutees integer not null,
    fsm_tutees integer not null,
    pupil_premium_tutees integer not null,
    half_hours integer not null,
    disadvantaged_half_hours integer not null,
    disadvantaged_over_one_course integer not null,
    other_over_one_course integer not null,
    roll integer not null,
    roll_disadvantaged integer not null,
    roll_tutored integer not null,
    roll_disadvantaged_tutored integer not null,
    primary key (academic_year, urn))${withoutRowid}`);

  await run(`insert into catch_up_pupil_tallies (academic_year, urn, pupil_id, route, subject, from_census, sessions, half_hours, year_group, fsm, pupil_premium)
    select s.academic_year, s.urn, s.pupil_id, s.route, s.subject, 0, count(*), sum(s.half_hours), y.year_group, y.fsm, y.pupil_premium
    from catch_up_sessions s join catch_up_pupil_years y on y.pupil_id = s.pupil_id and y.urn = s.urn and y.academic_year = s.academic_year
    group by s.academic_year, s.urn, s.pupil_id, s.route, s.subject, y.year_group, y.fsm, y.pupil_premium`);
  await run(`insert into catch_up_pupil_tallies (academic_year, urn, pupil_id, route, subject, from_census, sessions, half_hours, year_group, fsm, pupil_premium)
    select c.academic_year, c.urn, c.pupil_id, 'not-recorded', 'not-recorded', 1, 0, c.half_hours, y.year_group, y.fsm, y.pupil_premium
    from catch_up_census c join catch_up_pupil_years y on y.pupil_id = c.pupil_id and y.urn = c.urn and y.academic_year = c.academic_year
    where c.tutored = 1 and not exists (select 1 from catch_up_sessions s where s.academic_year = c.academic_year and s.urn = c.urn)`);
  await run(`insert into catch_up_school_tallies (academic_year, urn, tutees, disadvantaged_tutees, fsm_tutees, pupil_premium_tutees, half_hours, disadvantaged_half_hours,
      disadvantaged_over_one_course, other_over_one_course, roll, roll_disadvantaged, roll_tutored, roll_disadvantaged_tutored)
    with units as (
      select academic_year, urn, pupil_id, min(fsm) as fsm, min(pupil_premium) as pp, sum(half_hours) as hh
      from catch_up_pupil_tallies group by academic_year, urn, pupil_id),
    parts as (
      select academic_year, urn, 1 as tutee, case when fsm = 1 or pp = 1 then 1 else 0 end as dis, fsm, pp, hh, case when hh > 32 then 1 else 0 end as over_one, 0 as roll, 0 as roll_tutored
      from units where hh > 0
      union all
      select c.academic_year, c.urn, 0, case when y.fsm = 1 or y.pupil_premium = 1 then 1 else 0 end, 0, 0, 0, 0, 1, case when u.hh > 0 then 1 else 0 end
      from catch_up_census c join catch_up_pupil_years y on y.pupil_id = c.pupil_id and y.urn = c.urn and y.academic_year = c.academic_year
        left join units u on u.academic_year = c.academic_year and u.urn = c.urn and u.pupil_id = c.pupil_id)
    select academic_year, urn, sum(tutee), sum(tutee * dis), sum(tutee * fsm), sum(tutee * pp), sum(hh), sum(dis * hh),
      sum(tutee * dis * over_one), sum(tutee * (1 - dis) * over_one), sum(roll), sum(roll * dis), sum(roll_tutored), sum(roll_tutored * dis)
    from parts group by academic_year, urn`);
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['catch_up_school_tallies', 'catch_up_pupil_tallies']) await db.schema.dropTable(table).execute();
}
