import { seededRandom } from '../../src/domain/social-mobility-index/seeded-random.ts';
import type { HolidayBooking, HolidayClub } from '../../src/domain/holiday/index.ts';
import type { AttackClub, AttackPupil } from './holiday-attack.ts';

/** A small seeded population for attack tests: four clubs in two districts, three schools, a few pupils at two clubs. */
export interface SmallHolidayPopulation {
  readonly clubs: readonly HolidayClub[];
  readonly bookings: readonly HolidayBooking[];
  readonly attackClubs: readonly AttackClub[];
  readonly pupils: readonly AttackPupil[];
}

const DAYS = ['2026-07-27', '2026-07-28', '2026-07-29', '2026-07-30', '2026-08-03', '2026-08-04'];

export function smallHolidayPopulation(seed: number, size = 30): SmallHolidayPopulation {
  const random = seededRandom(seed);
  const place = (ref: string, district: string, area: string): HolidayClub => ({ ref, district, area, la: 'E10000003', startDate: '2026-07-27', endDate: '2026-08-07', days: '1234', placesPerDay: 40 });
  const clubs = [place('A', 'E07000008', 'fenland'), place('B', 'E07000008', 'fenland'), place('C', 'E07000011', 'fenland'), place('D', 'E07000012', '')];
  const schools = [110001, 110002, 110003];
  const pupils: AttackPupil[] = [];
  const bookings: HolidayBooking[] = [];
  for (let p = 1; p <= size; p++) {
    const school = schools[Math.floor(random() * schools.length)] ?? 110001;
    const fsm = random() < 0.3;
    const first = clubs[Math.floor(random() * clubs.length)]?.ref ?? 'A';
    const second = random() < 0.15 ? clubs[Math.floor(random() * clubs.length)]?.ref : undefined;
    const refs = [...new Set([first, ...(second === undefined ? [] : [second])])];
    pupils.push({ school, fsm, clubs: refs });
    for (const ref of refs) {
      const days = 1 + Math.floor(random() * 5);
      for (let d = 0; d < days; d++) bookings.push({ pupil: p, school, schoolDistrict: 'E07000008', fsm, clubRef: ref, day: DAYS[d] ?? '2026-07-27', attended: d === 0 || random() < 0.85 });
    }
  }
  return { clubs, bookings, attackClubs: clubs.map((c) => ({ ref: c.ref, district: c.district, area: c.area, la: c.la })), pupils };
}
