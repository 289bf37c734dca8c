import type { Kysely } from 'kysely';
import { academicYearOf } from '../../../domain/careers/index.ts';
import type { HolidayBooking, HolidayClub, HolidayGrouping } from '../../../domain/holiday/index.ts';
import type { Database } from '../../schema.ts';

export interface HolidayReportInput {
  readonly clubs: readonly HolidayClub[];
  readonly bookings: readonly HolidayBooking[];
  /** Each group key's name: a club's name, a school's, an Opportunity Area's, a district's or authority's. */
  readonly labels: ReadonlyMap<string, string>;
}

/**
 * Every club with its Opportunity Area (through its district), every booking with its pupil's school and
 * FSM eligibility, and the names of the groups `by` makes; with `academicYear`, only clubs starting in it
 * and their bookings. Pupils are their row ids here: no pseudonym leaves the database.
 */
export async function readHolidayReportInput(db: Kysely<Database>, by: HolidayGrouping, academicYear?: number): Promise<HolidayReportInput> {
  const clubRows = await db
    .selectFrom('holiday_clubs as c')
    .leftJoin('opportunity_area_districts as o', 'o.district_code', 'c.district_code')
    .select(['c.club_ref', 'c.name', 'c.district_code', 'c.la_code', 'c.start_date', 'c.end_date', 'c.days_offered', 'c.places_per_day', 'o.opportunity_area_id'])
    .orderBy('c.club_ref')
    .orderBy('o.opportunity_area_id')
    .execute();
  const clubs = new Map<string, HolidayClub>();
  const labels = new Map<string, string>();
  for (const c of clubRows) {
    if (clubs.has(c.club_ref) || (academicYear !== undefined && academicYearOf(c.start_date) !== academicYear)) continue;
    clubs.set(c.club_ref, { ref: c.club_ref, district: c.district_code, area: c.opportunity_area_id ?? '', la: c.la_code, startDate: c.start_date, endDate: c.end_date, days: c.days_offered, placesPerDay: c.places_per_day });
    if (by === 'club') labels.set(c.club_ref, c.name);
  }
  const rows = await db
    .selectFrom('holiday_attendance as a')
    .innerJoin('holiday_pupils as p', 'p.id', 'a.pupil_id')
    .innerJoin('holiday_clubs as c', 'c.id', 'a.club_id')
    .leftJoin('schools as s', 's.urn', 'p.urn')
    .select(['a.pupil_id', 'p.urn', 'p.fsm', 's.district_code', 'c.club_ref', 'a.day', 'a.attended'])
    .execute();
  const bookings = rows.filter((r) => clubs.has(r.club_ref)).map((r): HolidayBooking => ({ pupil: r.pupil_id, school: r.urn, schoolDistrict: r.district_code ?? '', fsm: r.fsm === 1, clubRef: r.club_ref, day: r.day, attended: r.attended === 1 }));
  if (by === 'school') {
    const urns = [...new Set(bookings.map((b) => b.school))];
    for (let start = 0; start < urns.length; start += 500) {
      for (const s of await db.selectFrom('schools').select(['urn', 'name']).where('urn', 'in', urns.slice(start, start + 500)).execute()) labels.set(String(s.urn), s.name);
    }
  }
  if (by === 'area') {
    for (const a of await db.selectFrom('opportunity_areas').select(['id', 'name']).execute()) labels.set(a.id, a.name);
    labels.set('', 'Not in an Opportunity Area');
  }
  if (by === 'district' || by === 'la') {
    const codes = [...new Set([...clubs.values()].map((c) => (by === 'la' ? c.la : c.district)))];
    if (codes.length > 0) for (const a of await db.selectFrom('areas').select(['code', 'name']).where('code', 'in', codes).execute()) labels.set(a.code, a.name);
  }
  return { clubs: [...clubs.values()], bookings, labels };
}
