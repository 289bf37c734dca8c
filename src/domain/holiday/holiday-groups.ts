import { groupKeyOf, type HolidayBooking, type HolidayClub, type HolidayGrouping } from './summarise-holiday.ts';

/**
 * Every group a holiday table of one population can show: the groupings of the report and the whole
 * population. A school's pupils at one club are not published without pupil-level rights: with clubs of
 * about 30 a day drawing on many schools, those cells are mostly below 5, and protecting them with the rest
 * hid nearly every club's figures (docs/methodology.md §18.4).
 */
export type HolidayGroupKind = HolidayGrouping | 'total';

/** A school's bookings at one club (the finest unit of pupil-days) are keyed `urn|club`. */
export const schoolClubKey = (school: number, clubRef: string): string => `${String(school)}|${clubRef}`;

/** The id of a group: its kind and key. */
export const groupId = (kind: HolidayGroupKind, key: string): string => `${kind}\u0000${key}`;

/**
 * The groups one booking at `club` by a pupil of `school` counts in: its club, district, Opportunity Area
 * (or none), local authority, the pupil's school, and the total.
 * `groupsOfBooking(141257, club C1 in Blackpool)` → club C1, district E06000009, area blackpool, la
 * E06000009, school 141257, total.
 */
export function groupsOfBooking(school: number, club: HolidayClub): string[] {
  const booking: HolidayBooking = { pupil: 0, school, schoolDistrict: '', fsm: false, clubRef: club.ref, day: '', attended: false };
  const located: HolidayGrouping[] = ['club', 'district', 'area', 'la', 'school'];
  return [...located.map((by) => groupId(by, groupKeyOf(by, booking, club))), groupId('total', '')];
}

/**
 * The lines a reader can add up along, as [whole, parts] by kind: a district of its clubs, an area or
 * authority of its districts, the total of its areas, authorities or schools. Each is used only where it is an exact sum in the population (no pupil
 * in two of its parts), which the caller checks.
 */
export const HOLIDAY_LINES: readonly (readonly [HolidayGroupKind, HolidayGroupKind])[] = [
  ['district', 'club'],
  ['area', 'district'],
  ['la', 'district'],
  ['total', 'area'],
  ['total', 'la'],
  ['total', 'school'],
];
