import { sql, type Kysely } from 'kysely';
import { NOT_RECORDED, type RollRecord, type SchoolPlace, type TutoringRecord } from '../../../domain/catch-up/index.ts';
import type { Database } from '../../schema.ts';

/** An integer column as a driver gives it: PostgreSQL gives sums and some aggregates as text. */
type Num = number | string;

/** Which records to read: one academic year, and optionally only some schools (a caller's scope). */
export interface RecordsQuery {
  readonly academicYear: number;
  /** null: every school. */
  readonly urns: readonly number[] | null;
}

const inUrns = (column: string, urns: readonly number[] | null) =>
  urns === null ? sql`1 = 1` : urns.length === 0 ? sql`1 = 0` : sql`${sql.ref(column)} in (${sql.join(urns.map((u) => sql`${u}`))})`;

/**
 * A year's tutoring as the statistics read it (docs/methodology.md §17): sessions summed per pupil, school,
 * route and subject; and, for a school with no sessions that year, its School Census return's tutored
 * pupils (route and subject `not-recorded`). The roll is every census return's pupils.
 * `academic_year + 0` keeps SQLite from reading a year's sessions through the year index one key lookup at a
 * time: a scan in the ledger's own order is 2.5 times quicker (docs/benchmarks.md, catch-up); the pupil's
 * facts are one row per pupil, school and year, so `min` only carries them through the grouping.
 */
export async function readTutoringRecords(db: Kysely<Database>, query: RecordsQuery): Promise<{ records: TutoringRecord[]; roll: RollRecord[] }> {
  const year = query.academicYear;
  const { rows: sessions } = await sql<{ pupil_id: Num; urn: Num; route: string; subject: string; half_hours: Num; year_group: Num; fsm: Num; pupil_premium: Num }>`
    select s.pupil_id, s.urn, s.route, s.subject, sum(s.half_hours) as half_hours, min(y.year_group) as year_group, min(y.fsm) as fsm, min(y.pupil_premium) as pupil_premium
    from catch_up_sessions s join catch_up_pupil_years y on y.pupil_id = s.pupil_id and y.urn = s.urn and y.academic_year = s.academic_year
    where s.academic_year + 0 = ${year} and ${inUrns('s.urn', query.urns)}
    group by s.pupil_id, s.urn, s.route, s.subject`.execute(db);
  const { rows: census } = await sql<{ pupil_id: Num; urn: Num; tutored: Num; half_hours: Num; has_sessions: Num; year_group: Num; fsm: Num; pupil_premium: Num }>`
    select c.pupil_id, c.urn, c.tutored, c.half_hours, y.year_group, y.fsm, y.pupil_premium,
      case when exists (select 1 from catch_up_sessions s where s.urn = c.urn and s.academic_year = c.academic_year) then 1 else 0 end as has_sessions
    from catch_up_census c join catch_up_pupil_years y on y.pupil_id = c.pupil_id and y.urn = c.urn and y.academic_year = c.academic_year
    where c.academic_year = ${year} and ${inUrns('c.urn', query.urns)}`.execute(db);
  const records: TutoringRecord[] = sessions.map((r) => ({
    pupil: Number(r.pupil_id), urn: Number(r.urn), yearGroup: Number(r.year_group), fsm: Number(r.fsm) === 1, pupilPremium: Number(r.pupil_premium) === 1,
    route: r.route, subject: r.subject, halfHours: Number(r.half_hours),
  }));
  const roll: RollRecord[] = [];
  for (const r of census) {
    const pupil = { pupil: Number(r.pupil_id), urn: Number(r.urn), yearGroup: Number(r.year_group), fsm: Number(r.fsm) === 1, pupilPremium: Number(r.pupil_premium) === 1 };
    roll.push(pupil);
    if (Number(r.has_sessions) === 0 && Number(r.tutored) === 1) records.push({ ...pupil, route: NOT_RECORDED, subject: NOT_RECORDED, halfHours: Number(r.half_hours) });
  }
  return { records, roll };
}

/** Each school's district, education authority and Opportunity Area, and its name, for the schools given. */
export async function readSchoolPlaces(db: Kysely<Database>, urns: readonly number[]): Promise<{ places: Map<number, SchoolPlace>; names: Map<string, string> }> {
  const places = new Map<number, SchoolPlace>();
  const names = new Map<string, string>();
  if (urns.length === 0) return { places, names };
  const wanted = new Set(urns);
  const schools = await db
    .selectFrom('schools')
    .leftJoin('opportunity_area_districts as d', 'd.district_code', 'schools.district_code')
    .select(['schools.urn', 'schools.name', 'schools.district_code', 'schools.education_la_code', 'd.opportunity_area_id'])
    .$if(urns.length <= 1000, (q) => q.where('schools.urn', 'in', urns))
    .execute();
  for (const s of schools) {
    if (!wanted.has(s.urn)) continue;
    places.set(s.urn, { district: s.district_code, la: s.education_la_code, area: s.opportunity_area_id });
    names.set(String(s.urn), s.name);
  }
  const codes = [...new Set([...places.values()].flatMap((p) => [p.district, p.la]).filter((c): c is string => c !== null))];
  for (let start = 0; start < codes.length; start += 1000) {
    for (const a of await db.selectFrom('areas').select(['code', 'name']).where('code', 'in', codes.slice(start, start + 1000)).execute()) names.set(a.code, a.name);
  }
  const areas = [...new Set([...places.values()].map((p) => p.area).filter((c): c is string => c !== null))];
  if (areas.length > 0) for (const a of await db.selectFrom('opportunity_areas').select(['id', 'name']).where('id', 'in', areas).execute()) names.set(a.id, a.name);
  return { places, names };
}

/** The latest academic year with any tutoring record, or null when there is none. */
export async function latestTutoringYear(db: Kysely<Database>): Promise<number | null> {
  const { rows } = await sql<{ year: Num | null }>`select max(y) as year from (select max(academic_year) as y from catch_up_sessions union all select max(academic_year) as y from catch_up_census) t`.execute(db);
  const year = rows[0]?.year;
  return year === null || year === undefined ? null : Number(year);
}

/** The academic years with any tutoring record at the schools given (every school when null), oldest first. */
export async function tutoringYears(db: Kysely<Database>, urns: readonly number[] | null): Promise<number[]> {
  const { rows } = await sql<{ year: Num }>`
    select distinct academic_year as year from catch_up_sessions where ${inUrns('urn', urns)}
    union select distinct academic_year as year from catch_up_census where ${inUrns('urn', urns)}`.execute(db);
  return rows.map((r) => Number(r.year)).sort((a, b) => a - b);
}
