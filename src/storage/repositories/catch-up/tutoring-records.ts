import { sql, type Kysely } from 'kysely';
import type { RollRecord, SchoolPlace, SchoolTally, TutoringRecord } from '../../../domain/catch-up/index.ts';
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
 * A year's tutoring as the statistics read it (docs/methodology.md §17), from the running tallies every
 * write keeps (migration 0037): sessions summed per pupil, school, route and subject; and, for a school with
 * no sessions that year, its School Census return's tutored pupils (route and subject `not-recorded`). The
 * roll is every census return's pupils.
 */
export async function readTutoringRecords(db: Kysely<Database>, query: RecordsQuery): Promise<{ records: TutoringRecord[]; roll: RollRecord[] }> {
  const year = query.academicYear;
  const { rows: tallies } = await sql<{ pupil_id: Num; urn: Num; route: string; subject: string; half_hours: Num; year_group: Num; fsm: Num; pupil_premium: Num }>`
    select pupil_id, urn, route, subject, half_hours, year_group, fsm, pupil_premium
    from catch_up_pupil_tallies where academic_year = ${year} and ${inUrns('urn', query.urns)}`.execute(db);
  const { rows: census } = await sql<{ pupil_id: Num; urn: Num; year_group: Num; fsm: Num; pupil_premium: Num }>`
    select c.pupil_id, c.urn, y.year_group, y.fsm, y.pupil_premium
    from catch_up_census c join catch_up_pupil_years y on y.pupil_id = c.pupil_id and y.urn = c.urn and y.academic_year = c.academic_year
    where c.academic_year = ${year} and ${inUrns('c.urn', query.urns)}`.execute(db);
  const records: TutoringRecord[] = tallies.map((r) => ({
    pupil: Number(r.pupil_id), urn: Number(r.urn), yearGroup: Number(r.year_group), fsm: Number(r.fsm) === 1, pupilPremium: Number(r.pupil_premium) === 1,
    route: r.route, subject: r.subject, halfHours: Number(r.half_hours),
  }));
  const roll: RollRecord[] = census.map((r) => ({ pupil: Number(r.pupil_id), urn: Number(r.urn), yearGroup: Number(r.year_group), fsm: Number(r.fsm) === 1, pupilPremium: Number(r.pupil_premium) === 1 }));
  return { records, roll };
}

type SchoolTallyColumn =
  | 'urn' | 'tutees' | 'disadvantaged_tutees' | 'fsm_tutees' | 'pupil_premium_tutees' | 'half_hours' | 'disadvantaged_half_hours'
  | 'disadvantaged_over_one_course' | 'other_over_one_course' | 'roll' | 'roll_disadvantaged' | 'roll_tutored' | 'roll_disadvantaged_tutored';

/**
 * Each school's tallies of a year (migration 0037), for the schools given (every school when null), in URN
 * order, with each school's place and name read in the same statement; with `groupNames`, the names of
 * their districts, education authorities and Opportunity Areas too.
 */
export async function readSchoolTallies(
  db: Kysely<Database>,
  query: RecordsQuery & { readonly groupNames: boolean },
): Promise<{ tallies: SchoolTally[]; places: Map<number, SchoolPlace>; names: Map<string, string> }> {
  const { rows } = await sql<Record<SchoolTallyColumn, Num> & { name: string | null; district_code: string | null; education_la_code: string | null; opportunity_area_id: string | null; in_register: Num | null }>`
    select t.urn, t.tutees, t.disadvantaged_tutees, t.fsm_tutees, t.pupil_premium_tutees, t.half_hours, t.disadvantaged_half_hours, t.disadvantaged_over_one_course,
      t.other_over_one_course, t.roll, t.roll_disadvantaged, t.roll_tutored, t.roll_disadvantaged_tutored,
      s.urn as in_register, s.name, s.district_code, s.education_la_code,
      (select min(d.opportunity_area_id) from opportunity_area_districts d where d.district_code = s.district_code) as opportunity_area_id
    from catch_up_school_tallies t left join schools s on s.urn = t.urn
    where t.academic_year = ${query.academicYear} and ${inUrns('t.urn', query.urns)} order by t.urn`.execute(db);
  const tallies: SchoolTally[] = [];
  const places = new Map<number, SchoolPlace>();
  const names = new Map<string, string>();
  for (const r of rows) {
    const urn = Number(r.urn);
    tallies.push({
      urn, tutees: Number(r.tutees), disadvantagedTutees: Number(r.disadvantaged_tutees), fsmTutees: Number(r.fsm_tutees), pupilPremiumTutees: Number(r.pupil_premium_tutees),
      halfHours: Number(r.half_hours), disadvantagedHalfHours: Number(r.disadvantaged_half_hours), disadvantagedOverOneCourse: Number(r.disadvantaged_over_one_course),
      otherOverOneCourse: Number(r.other_over_one_course), roll: Number(r.roll), rollDisadvantaged: Number(r.roll_disadvantaged), rollTutored: Number(r.roll_tutored),
      rollDisadvantagedTutored: Number(r.roll_disadvantaged_tutored),
    });
    if (r.in_register === null || r.name === null) continue;
    places.set(urn, { district: r.district_code, la: r.education_la_code, area: r.opportunity_area_id });
    names.set(String(urn), r.name);
  }
  if (query.groupNames) await namePlaces(db, places, names);
  return { tallies, places, names };
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
  await namePlaces(db, places, names);
  return { places, names };
}

/** Adds to `names` the names of the districts, education authorities and Opportunity Areas of `places`. */
async function namePlaces(db: Kysely<Database>, places: ReadonlyMap<number, SchoolPlace>, names: Map<string, string>): Promise<void> {
  const codes = [...new Set([...places.values()].flatMap((p) => [p.district, p.la]).filter((c): c is string => c !== null))];
  for (let start = 0; start < codes.length; start += 1000) {
    for (const a of await db.selectFrom('areas').select(['code', 'name']).where('code', 'in', codes.slice(start, start + 1000)).execute()) names.set(a.code, a.name);
  }
  const areas = [...new Set([...places.values()].map((p) => p.area).filter((c): c is string => c !== null))];
  if (areas.length > 0) for (const a of await db.selectFrom('opportunity_areas').select(['id', 'name']).where('id', 'in', areas).execute()) names.set(a.id, a.name);
}

/** The latest academic year with any tutoring record, or null when there is none (every school-year with a record has a tally). */
export async function latestTutoringYear(db: Kysely<Database>): Promise<number | null> {
  const { rows } = await sql<{ year: Num | null }>`select max(academic_year) as year from catch_up_school_tallies`.execute(db);
  const year = rows[0]?.year;
  return year === null || year === undefined ? null : Number(year);
}

/** The academic years with any tutoring record at the schools given (every school when null), oldest first. */
export async function tutoringYears(db: Kysely<Database>, urns: readonly number[] | null): Promise<number[]> {
  const { rows } = await sql<{ year: Num }>`select distinct academic_year as year from catch_up_school_tallies where ${inUrns('urn', urns)}`.execute(db);
  return rows.map((r) => Number(r.year)).sort((a, b) => a - b);
}
