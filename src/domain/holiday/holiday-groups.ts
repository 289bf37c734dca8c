import { groupKeyOf, type HolidayBooking, type HolidayClub, type HolidayGrouping } from './summarise-holiday.ts';

/**
 * Every group a holiday table of one population can show: the groupings of the report, a school's pupils
 * at one club (the school's own page), and the whole population.
 */
export type HolidayGroupKind = HolidayGrouping | 'school-club' | 'total';

/** A school's pupils at one club are keyed `urn|club`. */
export const schoolClubKey = (school: number, clubRef: string): string => `${String(school)}|${clubRef}`;

/** The id of a group: its kind and key. */
export const groupId = (kind: HolidayGroupKind, key: string): string => `${kind}\u0000${key}`;

/**
 * The groups one booking at `club` by a pupil of `school` counts in: its club, district, Opportunity Area
 * (or none), local authority, the pupil's school, the school at that club, and the total.
 * `groupsOfBooking(141257, club C1 in Blackpool)` → club C1, district E06000009, area blackpool, la
 * E06000009, school 141257, school-club 141257|C1, total.
 */
export function groupsOfBooking(school: number, club: HolidayClub): string[] {
  const booking: HolidayBooking = { pupil: 0, school, schoolDistrict: '', fsm: false, clubRef: club.ref, day: '', attended: false };
  const located: HolidayGrouping[] = ['club', 'district', 'area', 'la', 'school'];
  return [...located.map((by) => groupId(by, groupKeyOf(by, booking, club))), groupId('school-club', schoolClubKey(school, club.ref)), groupId('total', '')];
}

/**
 * The lines a reader can add up along, as [whole, parts] by kind: a club of its schools' pupils, a district
 * of its clubs, an area or authority of its districts, the total of its areas, authorities or schools, a
 * school of its pupils at each club. Each is used only where it is an exact sum in the population (no pupil
 * in two of its parts), which the caller checks.
 */
export const HOLIDAY_LINES: readonly (readonly [HolidayGroupKind, HolidayGroupKind])[] = [
  ['club', 'school-club'],
  ['school', 'school-club'],
  ['district', 'club'],
  ['area', 'district'],
  ['la', 'district'],
  ['total', 'area'],
  ['total', 'la'],
  ['total', 'school'],
];
