import type { Transaction } from 'kysely';
import { NOT_RECORDED } from '../../../domain/catch-up/index.ts';
import { execute } from '../../bulk-insert.ts';
import type { Database } from '../../schema.ts';

/** Staging tables of one refresh: the pupil-years and the school-years whose tallies it rebuilds. */
const UNITS = 'catch_up_tally_units';
const SCHOOL_YEARS = 'catch_up_tally_school_years';

export interface ChangedTutoring {
  /** SQL selecting `pupil_id, urn, academic_year`: pupils whose sessions or facts at a school in a year may have changed; null for none. */
  readonly pupilYears: string | null;
  /** SQL selecting `academic_year, urn`: schools whose census return or sessions in a year may have changed; null for none. */
  readonly schoolYears: string | null;
}

/**
 * Rebuilds the running tallies of tutoring (migration 0037) for what a write changed, inside the write's
 * transaction: each changed pupil-year's rows of `catch_up_pupil_tallies` from its sessions, the census
 * rows of each school-year touched (which stand in for sessions only while the school has none that year),
 * then `catch_up_school_tallies` for those school-years. Rebuilding the rows whole, rather than adding and
 * subtracting, keeps them right under corrections, changed facts and a school's first sessions arriving.
 */
export async function refreshTutoringTallies(trx: Transaction<Database>, changed: ChangedTutoring): Promise<void> {
  await execute(trx, `create temporary table ${UNITS} (pupil_id integer, urn integer, academic_year integer, primary key (academic_year, urn, pupil_id))`);
  await execute(trx, `create temporary table ${SCHOOL_YEARS} (academic_year integer, urn integer, primary key (academic_year, urn))`);
  if (changed.pupilYears !== null) {
    await execute(trx, `insert into ${UNITS} (pupil_id, urn, academic_year) select distinct pupil_id, urn, academic_year from (${changed.pupilYears}) c`);
  }
  await execute(
    trx,
    `insert into ${SCHOOL_YEARS} (academic_year, urn) select distinct academic_year, urn from (
       select academic_year, urn from ${UNITS}${changed.schoolYears === null ? '' : ` union select academic_year, urn from (${changed.schoolYears}) c`}) t`,
  );
  await execute(trx, `delete from catch_up_pupil_tallies where from_census = 0 and (academic_year, urn, pupil_id) in (select academic_year, urn, pupil_id from ${UNITS})`);
  await execute(trx, `delete from catch_up_pupil_tallies where from_census = 1 and (academic_year, urn) in (select academic_year, urn from ${SCHOOL_YEARS})`);
  // Each changed pupil's sessions through the ledger's key (pupil, school), driven from the pupils (`cross
  // join` keeps SQLite to that order); `+ 0` keeps it off the year index, which fetched every session of the
  // year's schools one lookup at a time (2.5 times slower on a small import).
  await execute(
    trx,
    `insert into catch_up_pupil_tallies (academic_year, urn, pupil_id, route, subject, from_census, sessions, half_hours, year_group, fsm, pupil_premium)
     select s.academic_year, s.urn, s.pupil_id, s.route, s.subject, 0, count(*), sum(s.half_hours), y.year_group, y.fsm, y.pupil_premium
     from ${UNITS} u
       cross join catch_up_sessions s
       join catch_up_pupil_years y on y.pupil_id = u.pupil_id and y.urn = u.urn and y.academic_year = u.academic_year
     where s.pupil_id = u.pupil_id and s.urn = u.urn and s.academic_year + 0 = u.academic_year
     group by s.academic_year, s.urn, s.pupil_id, s.route, s.subject, y.year_group, y.fsm, y.pupil_premium`,
  );
  await execute(
    trx,
    `insert into catch_up_pupil_tallies (academic_year, urn, pupil_id, route, subject, from_census, sessions, half_hours, year_group, fsm, pupil_premium)
     select c.academic_year, c.urn, c.pupil_id, '${NOT_RECORDED}', '${NOT_RECORDED}', 1, 0, c.half_hours, y.year_group, y.fsm, y.pupil_premium
     from ${SCHOOL_YEARS} sy
       join catch_up_census c on c.academic_year = sy.academic_year and c.urn = sy.urn
       join catch_up_pupil_years y on y.pupil_id = c.pupil_id and y.urn = c.urn and y.academic_year = c.academic_year
     where c.tutored = 1 and not exists (select 1 from catch_up_sessions s where s.academic_year = c.academic_year and s.urn = c.urn)`,
  );
  await rebuildSchoolTallies(trx, SCHOOL_YEARS);
  for (const table of [UNITS, SCHOOL_YEARS]) await execute(trx, `drop table ${table}`);
}

/**
 * Rebuilds `catch_up_school_tallies` for the school-years in `schoolYearsTable` (columns academic_year,
 * urn) from the pupil tallies and the census roll. A tutee is a pupil with hours at the school (all routes
 * and subjects), over one course when those hours pass 16 (the NTP rule, §17.3); disadvantaged is FSM or
 * pupil premium; the roll is the census return's pupils, tutored when they are tutees of the school.
 */
export async function rebuildSchoolTallies(trx: Transaction<Database>, schoolYearsTable: string): Promise<void> {
  // Driven from the school-years (`cross join` keeps SQLite to that order), so a write touching a few
  // schools reads their tallies and census pupils alone: a plain join scanned every pupil's facts.
  const at = (t: string) => `${t}.academic_year = sy.academic_year and ${t}.urn = sy.urn`;
  await execute(trx, `delete from catch_up_school_tallies where (academic_year, urn) in (select academic_year, urn from ${schoolYearsTable})`);
  await execute(
    trx,
    `insert into catch_up_school_tallies (academic_year, urn, tutees, disadvantaged_tutees, fsm_tutees, pupil_premium_tutees, half_hours, disadvantaged_half_hours,
       disadvantaged_over_one_course, other_over_one_course, roll, roll_disadvantaged, roll_tutored, roll_disadvantaged_tutored)
     with units as (
       select t.academic_year, t.urn, t.pupil_id, min(t.fsm) as fsm, min(t.pupil_premium) as pp, sum(t.half_hours) as hh
       from ${schoolYearsTable} sy cross join catch_up_pupil_tallies t where ${at('t')} group by t.academic_year, t.urn, t.pupil_id),
     parts as (
       select academic_year, urn, 1 as tutee, case when fsm = 1 or pp = 1 then 1 else 0 end as dis, fsm, pp, hh, case when hh > 32 then 1 else 0 end as over_one, 0 as roll, 0 as roll_tutored
       from units where hh > 0
       union all
       select c.academic_year, c.urn, 0, case when y.fsm = 1 or y.pupil_premium = 1 then 1 else 0 end, 0, 0, 0, 0, 1, case when u.hh > 0 then 1 else 0 end
       from ${schoolYearsTable} sy cross join catch_up_census c cross join catch_up_pupil_years y
         left join units u on u.academic_year = c.academic_year and u.urn = c.urn and u.pupil_id = c.pupil_id
       where ${at('c')} and y.pupil_id = c.pupil_id and y.urn = c.urn and y.academic_year = c.academic_year)
     select academic_year, urn, sum(tutee), sum(tutee * dis), sum(tutee * fsm), sum(tutee * pp), sum(hh), sum(dis * hh),
       sum(tutee * dis * over_one), sum(tutee * (1 - dis) * over_one), sum(roll), sum(roll * dis), sum(roll_tutored), sum(roll_tutored * dis)
     from parts group by academic_year, urn`,
  );
}

/** Removes the tallies of academic years before `firstYearKept`, as retention removes their records. */
export async function removeTutoringTalliesBefore(trx: Transaction<Database>, firstYearKept: number): Promise<void> {
  for (const table of ['catch_up_pupil_tallies', 'catch_up_school_tallies']) await execute(trx, `delete from ${table} where academic_year < ${String(Math.trunc(firstYearKept))}`);
}
