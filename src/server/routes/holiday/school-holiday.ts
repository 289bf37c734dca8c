import { summariseHoliday, type HolidayFigures } from '../../../domain/holiday/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import type { ProtectedHolidayCache } from './protected-holiday-cache.ts';
import { exactRow, publishedRow, type HolidayRow } from './holiday-rows.ts';

export interface SchoolHolidayTable {
  /** The school's pupils at each club they were booked on: only with pupil-level rights (none otherwise). */
  readonly rows: HolidayRow[];
  /** The school's row: its pupils, once each, however many clubs they went to. */
  readonly total: HolidayRow;
  /** Which clubs the figures count: every club, or (through disclosure control) those of the population the school's row is cut from. */
  readonly clubsCounted: 'all' | 'opportunity-area' | 'outside-opportunity-areas';
  /** Hidden figures the protection could not prove safe (0 when it succeeded). */
  readonly unprotected: number;
}

/**
 * A school's pupils at holiday clubs (docs/methodology.md §18.4). With pupil-level rights, every club and
 * every figure. Without, only the school's row, cut from one protected population: the clubs of the
 * school's Opportunity Area (the population its area's tables are cut from, so the row hides what they
 * hide), or, for a school in none, the clubs in no Opportunity Area, counting this school's pupils only.
 */
export async function schoolHolidayTable(services: Pick<Services, 'holidayReportInput'>, cache: ProtectedHolidayCache, school: { urn: number; name: string; areaId: string | null }, pupilLevel: boolean): Promise<SchoolHolidayTable> {
  const input = await services.holidayReportInput.readHolidayReportInput('club');
  const name = (ref: string) => input.labels.get(ref) ?? ref;
  const own = input.bookings.filter((b) => b.school === school.urn);
  if (pupilLevel) {
    const refs = new Set(own.map((b) => b.clubRef));
    const clubs = input.clubs.filter((c) => refs.has(c.ref));
    const [total] = summariseHoliday(clubs, own, 'school');
    return {
      rows: summariseHoliday(clubs, own, 'club').map((f) => exactRow(f, name(f.key), { placesApply: false })),
      total: exactRow(total ?? noPupils(school.urn), school.name),
      clubsCounted: 'all',
      unprotected: 0,
    };
  }
  const area = school.areaId ?? '';
  const clubs = input.clubs.filter((c) => c.area === area);
  const refs = new Set(clubs.map((c) => c.ref));
  const bookings = (school.areaId === null ? own : input.bookings).filter((b) => refs.has(b.clubRef));
  const population = cache.protect(clubs, bookings);
  const row = population.rows('school').find((r) => r.key === String(school.urn));
  return {
    // A school's pupils at one club are mostly fewer than 5: shown only with pupil-level rights.
    rows: [],
    total: row === undefined ? exactRow(noPupils(school.urn), school.name) : publishedRow(row, school.name),
    clubsCounted: school.areaId === null ? 'outside-opportunity-areas' : 'opportunity-area',
    unprotected: population.unprotected,
  };
}

/** A school none of whose pupils was booked on a club. */
function noPupils(urn: number): HolidayFigures {
  return { key: String(urn), placesOffered: null, placesTaken: 0, daysAttended: 0, pupils: 0, fsmPupils: 0, fsmShare: null, daysPerPupil: null, takeUp: null, pupilsWeekOrMore: 0 };
}
