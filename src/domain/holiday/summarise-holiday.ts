import { clubDays } from './days-offered.ts';

export const HOLIDAY_GROUPINGS = ['club', 'school', 'district', 'area', 'la'] as const;
export type HolidayGrouping = (typeof HOLIDAY_GROUPINGS)[number];

/** A club as the report needs it: where it is (district, Opportunity Area if any, local authority) and its places. */
export interface HolidayClub {
  readonly ref: string;
  readonly district: string;
  /** The Opportunity Area the district is in; '' when none. */
  readonly area: string;
  readonly la: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly days: string;
  readonly placesPerDay: number;
}

/** One pupil booked on one club day. `pupil` is an opaque number (a row id), never a UPN. */
export interface HolidayBooking {
  readonly pupil: number;
  /** The pupil's school, and its district ('' when the register gives none). */
  readonly school: number;
  readonly schoolDistrict: string;
  readonly fsm: boolean;
  readonly clubRef: string;
  readonly day: string;
  readonly attended: boolean;
}

export interface HolidayFigures {
  readonly key: string;
  /** Places a day × days offered, over the group's clubs; null by school (places belong to clubs). */
  readonly placesOffered: number | null;
  /** Pupil-days booked. */
  readonly placesTaken: number;
  /** Pupil-days attended. */
  readonly daysAttended: number;
  /** Pupils attending at least one day. */
  readonly pupils: number;
  readonly fsmPupils: number;
  /** FSM-eligible pupils as a share (0–1) of pupils attending; null with none attending. */
  readonly fsmShare: number | null;
  /** Days attended ÷ pupils attending; null with none attending. */
  readonly daysPerPupil: number | null;
  /** Places taken ÷ places offered (0–1); null by school or with no places. */
  readonly takeUp: number | null;
  /** Pupils attending at least 4 days: a week of the HAF core offer. */
  readonly pupilsWeekOrMore: number;
}

/** Days that make a week of HAF provision (4 days a week: docs/methodology.md §18). */
export const WEEK_OF_DAYS = 4;

/** The group a booking counts in: the club's place for club groupings, the pupil's school by school. */
export function groupKeyOf(by: HolidayGrouping, booking: HolidayBooking, club: HolidayClub): string {
  switch (by) {
    case 'club':
      return club.ref;
    case 'school':
      return String(booking.school);
    case 'district':
      return club.district;
    case 'area':
      return club.area;
    case 'la':
      return club.la;
  }
}

/** Places offered by one club: places a day × the days from its first to its last day on a day offered. */
export function placesOffered(club: HolidayClub): number {
  return club.placesPerDay * clubDays(club.startDate, club.endDate, club.days).length;
}

const ratio = (numerator: number, denominator: number, decimals: number) => (denominator === 0 ? null : Number((numerator / denominator).toFixed(decimals)));

/**
 * The report's figures for each group, exact (for those allowed pupil-level detail): places offered against
 * taken, pupils attending, the FSM share of attendees and days attended per pupil (docs/methodology.md
 * §18.4). A pupil attending clubs in two groups counts in each. Groups with clubs but no bookings are
 * listed, except by school. Shares to 3 decimals, days per pupil to 1.
 * Hand-worked: one club of 3 places × 8 days (24 offered); pupil 1 (not FSM) booked and came 2 days, pupil 2
 * (FSM) booked 2 days and came 1 → taken 4, attended 3, pupils 2, FSM share 0.5, days per pupil 1.5,
 * take-up 0.167.
 */
export function summariseHoliday(clubs: readonly HolidayClub[], bookings: readonly HolidayBooking[], by: HolidayGrouping): HolidayFigures[] {
  const byRef = new Map(clubs.map((c) => [c.ref, c]));
  const groups = new Map<string, { offered: number | null; taken: number; attended: number; pupils: Map<number, { fsm: boolean; days: number }> }>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (g === undefined) {
      g = { offered: by === 'school' ? null : 0, taken: 0, attended: 0, pupils: new Map() };
      groups.set(key, g);
    }
    return g;
  };
  if (by !== 'school') {
    for (const club of clubs) {
      const g = group(groupKeyOf(by, { pupil: 0, school: 0, schoolDistrict: '', fsm: false, clubRef: club.ref, day: '', attended: false }, club));
      g.offered = (g.offered ?? 0) + placesOffered(club);
    }
  }
  for (const b of bookings) {
    const club = byRef.get(b.clubRef);
    if (club === undefined) throw new RangeError(`Booking for a club not given: ${b.clubRef}`);
    const g = group(groupKeyOf(by, b, club));
    g.taken += 1;
    if (!b.attended) continue;
    g.attended += 1;
    const pupil = g.pupils.get(b.pupil) ?? { fsm: b.fsm, days: 0 };
    pupil.days += 1;
    g.pupils.set(b.pupil, pupil);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareGroupKeys(a, b))
    .map(([key, g]) => {
      const pupils = g.pupils.size;
      const fsmPupils = [...g.pupils.values()].filter((p) => p.fsm).length;
      return {
        key,
        placesOffered: g.offered,
        placesTaken: g.taken,
        daysAttended: g.attended,
        pupils,
        fsmPupils,
        fsmShare: ratio(fsmPupils, pupils, 3),
        daysPerPupil: ratio(g.attended, pupils, 1),
        takeUp: g.offered === null ? null : ratio(g.taken, g.offered, 3),
        pupilsWeekOrMore: [...g.pupils.values()].filter((p) => p.days >= WEEK_OF_DAYS).length,
      };
    });
}

/** Keys in order, numbers as numbers, '' (no area) last. */
export function compareGroupKeys(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const numbers = /^\d+$/.test(a) && /^\d+$/.test(b);
  return numbers ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0;
}
