import { seededRandom } from '../social-mobility-index/seeded-random.ts';
import { clubDays } from './days-offered.ts';
import type { HolidayClubRecord } from './club-record.ts';

/** A district clubs can be placed in: its local authority, and the open schools of the register in it. */
export interface SyntheticDistrict {
  readonly code: string;
  readonly name: string;
  readonly la: string;
  readonly schools: readonly number[];
}

export interface SyntheticHolidaySettings {
  readonly pupils: number;
  readonly seed: number;
  /** The academic year whose summer the clubs run in (its first calendar year: 2025 is summer 2026). */
  readonly academicYear: number;
}

/** A synthetic club, stored as a provider's would be. */
export type SyntheticClub = HolidayClubRecord;

/** One synthetic pupil, their school, FSM eligibility and their bookings (club index, day, attended). */
export interface SyntheticAttendee {
  /** 0-based, so the pseudonym is `synthetic:<seed>:<n>`. */
  readonly n: number;
  readonly urn: number;
  readonly fsm: boolean;
  readonly bookings: readonly { readonly club: number; readonly day: string; readonly attended: boolean }[];
}

export interface SyntheticHoliday {
  readonly clubs: readonly SyntheticClub[];
  /** Pupils in batches of about `batchBookings` bookings. */
  readonly batches: () => Generator<SyntheticAttendee[]>;
}

/** Share of attendees eligible for benefits-related FSM: HAF is for them, with up to 15% of funding for others. */
const FSM_SHARE = 0.85;
/** A pupil comes to about 4 in 5 of the days booked. */
const ATTENDANCE_RATE = 0.85;
/** Bookings per pupil: 4 to 16 days of the summer's 16, mean about 10 (the core offer is 16 days). */
const MIN_DAYS = 4;
const MAX_DAYS = 16;

/** `syntheticHolidayPseudonym(1, 5)` → 'synthetic:1:5': no HMAC (64 hex characters) can equal it. */
export function syntheticHolidayPseudonym(seed: number, n: number): string {
  return `synthetic:${String(seed)}:${String(n)}`;
}

/** The summer's four weeks: from the first Monday on or after 22 July of the year's second calendar year. */
export function syntheticSummer(academicYear: number): { startDate: string; endDate: string } {
  const start = new Date(Date.UTC(academicYear + 1, 6, 22));
  while (start.getUTCDay() !== 1) start.setUTCDate(start.getUTCDate() + 1);
  const end = new Date(start);
  end.setUTCDate(end.getUTCDate() + 24);
  return { startDate: start.toISOString().slice(0, 10), endDate: end.toISOString().slice(0, 10) };
}

/**
 * Clearly synthetic holiday clubs and attendance for demonstrations and benchmarks, the same for the same
 * seed (docs/methodology.md §18.5): pupils spread over the districts' schools; in every district, clubs
 * enough for its pupils (at least two, so a district with no school still has clubs), Monday to Thursday
 * for four summer weeks (16 days, the core offer's summer), 20 to 40 places a day, at one of its schools
 * where it has one; each pupil, 85% FSM-eligible, booked on 4 to 16 days of one club of their school's
 * district (one in ten at a second club too), never beyond a club day's places, attending 85% of them.
 * `generateSyntheticHoliday([{ code: 'E06000009', … schools: [141257] }], { pupils: 10, seed: 1, academicYear: 2025 })`
 * → 2 clubs in Blackpool, 10 pupils of St Mary's.
 */
export function generateSyntheticHoliday(districts: readonly SyntheticDistrict[], settings: SyntheticHolidaySettings, batchBookings = 50_000): SyntheticHoliday {
  const withSchools = districts.filter((d) => d.schools.length > 0);
  if (withSchools.length === 0 && settings.pupils > 0) throw new RangeError('Synthetic holiday attendance needs at least one district with a school');
  const random = seededRandom(settings.seed);
  // Pupils per district in proportion to its schools.
  const schoolCount = withSchools.reduce((sum, d) => sum + d.schools.length, 0);
  const pupilsOf = new Map<string, number>();
  let given = 0;
  withSchools.forEach((d, i) => {
    const share = i === withSchools.length - 1 ? settings.pupils - given : Math.floor((settings.pupils * d.schools.length) / schoolCount);
    pupilsOf.set(d.code, share);
    given += share;
  });
  const { startDate, endDate } = syntheticSummer(settings.academicYear);
  const days = clubDays(startDate, endDate, '1234');
  const clubs: SyntheticClub[] = [];
  const clubsOf = new Map<string, number[]>();
  for (const d of districts) {
    // Places for about 1.6 times the bookings expected (10.4 a pupil, 30 places a day), so few club days fill.
    const wanted = Math.max(2, Math.ceil(((pupilsOf.get(d.code) ?? 0) * 10.4 * 1.6) / (30 * days.length)));
    const own: number[] = [];
    for (let k = 1; k <= wanted; k += 1) {
      own.push(clubs.length);
      const urn = d.schools.length === 0 ? null : (d.schools[Math.floor(random() * d.schools.length)] ?? null);
      clubs.push({
        ref: `SYN-${String(settings.seed)}-${d.code}-${String(k)}`,
        name: `Synthetic holiday club ${String(k)}, ${d.name}`,
        provider: `Synthetic provider ${String(1 + Math.floor(random() * 50))}`,
        urn,
        // ZZ99 9ZZ is no real postcode: a club with no school to meet at is placed by its district alone.
        postcode: urn === null ? 'ZZ99 9ZZ' : null,
        districtCode: d.code,
        laCode: d.la,
        startDate,
        endDate,
        days: '1234',
        placesPerDay: 20 + Math.floor(random() * 21),
      });
    }
    clubsOf.set(d.code, own);
  }
  const seed = settings.seed;
  function* batches(): Generator<SyntheticAttendee[]> {
    const pupilRandom = seededRandom(seed + 1);
    const booked = new Map<string, number>();
    const book = (club: number, count: number, out: { club: number; day: string; attended: boolean }[]) => {
      const places = clubs[club]?.placesPerDay ?? 0;
      const start = Math.floor(pupilRandom() * days.length);
      for (let k = 0; k < days.length && out.filter((b) => b.club === club).length < count; k += 1) {
        const day = days[(start + k) % days.length] ?? startDate;
        const key = `${String(club)}|${day}`;
        if ((booked.get(key) ?? 0) >= places) continue;
        booked.set(key, (booked.get(key) ?? 0) + 1);
        out.push({ club, day, attended: pupilRandom() < ATTENDANCE_RATE });
      }
    };
    let n = 0;
    let batch: SyntheticAttendee[] = [];
    let inBatch = 0;
    for (const d of withSchools) {
      const own = clubsOf.get(d.code) ?? [];
      for (let p = 0; p < (pupilsOf.get(d.code) ?? 0); p += 1) {
        const urn = d.schools[Math.floor(pupilRandom() * d.schools.length)] ?? 0;
        const fsm = pupilRandom() < FSM_SHARE;
        const bookings: { club: number; day: string; attended: boolean }[] = [];
        const first = own[Math.floor(pupilRandom() * own.length)] ?? 0;
        const wanted = MIN_DAYS + Math.floor(pupilRandom() * (MAX_DAYS - MIN_DAYS + 1));
        book(first, wanted, bookings);
        // A club whose days are full: the district's next club with room, as a parent would look for one.
        for (let k = 1; k < own.length && bookings.length === 0; k += 1) book(own[(own.indexOf(first) + k) % own.length] ?? first, wanted, bookings);
        if (own.length > 1 && pupilRandom() < 0.1) {
          const second = own[Math.floor(pupilRandom() * own.length)] ?? first;
          if (second !== first) book(second, MIN_DAYS, bookings);
        }
        // A pupil every club day of the district was full for is not booked at all.
        if (bookings.length > 0) {
          batch.push({ n, urn, fsm, bookings });
          inBatch += bookings.length;
        }
        n += 1;
        if (inBatch >= batchBookings) {
          yield batch;
          batch = [];
          inBatch = 0;
        }
      }
    }
    if (batch.length > 0) yield batch;
  }
  return { clubs, batches };
}
