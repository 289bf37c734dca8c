import { describe, expect, it } from 'vitest';
import { clubDays, generateSyntheticHoliday, syntheticSummer, type SyntheticDistrict } from '../../../src/domain/holiday/index.ts';

const districts: SyntheticDistrict[] = [
  { code: 'E06000009', name: 'Blackpool', la: 'E06000009', schools: [141257, 140001] },
  { code: 'E06000015', name: 'Derby', la: 'E06000015', schools: [140002] },
  { code: 'E07000011', name: 'Huntingdonshire', la: 'E10000003', schools: [] },
];

describe('synthetic holiday clubs and attendance', () => {
  const make = (pupils: number, seed = 3) => {
    const synthetic = generateSyntheticHoliday(districts, { pupils, seed, academicYear: 2025 }, 500);
    return { clubs: synthetic.clubs, pupils: [...synthetic.batches()].flat() };
  };

  it('runs Monday to Thursday for four summer weeks from the first Monday on or after 22 July: 16 days', () => {
    expect(syntheticSummer(2025)).toEqual({ startDate: '2026-07-27', endDate: '2026-08-20' });
    expect(clubDays('2026-07-27', '2026-08-20', '1234')).toHaveLength(16);
  });

  it('puts at least two clubs in every district, one with no school included, labelled synthetic', () => {
    const { clubs } = make(50);
    for (const d of districts) expect(clubs.filter((c) => c.districtCode === d.code).length).toBeGreaterThanOrEqual(2);
    expect(clubs.find((c) => c.districtCode === 'E07000011')).toMatchObject({ urn: null, postcode: 'ZZ99 9ZZ', laCode: 'E10000003', ref: 'SYN-3-E07000011-1' });
    expect(clubs.every((c) => c.name.startsWith('Synthetic holiday club') && c.provider.startsWith('Synthetic provider'))).toBe(true);
  });

  it('gives the same data for the same seed and other data for another', () => {
    expect(make(200)).toEqual(make(200));
    expect(make(200, 4).pupils).not.toEqual(make(200).pupils);
  });

  it('books each pupil at their school’s district, never beyond a club day’s places, about 85% FSM, nearly all on 4 to 20 days (fewer only where the club’s days were full)', () => {
    const { clubs, pupils } = make(3000);
    const booked = new Map<string, number>();
    for (const p of pupils) {
      const district = districts.find((d) => d.schools.includes(p.urn))?.code;
      expect(p.bookings.length).toBeGreaterThanOrEqual(1);
      expect(p.bookings.length).toBeLessThanOrEqual(20);
      for (const b of p.bookings) {
        expect(clubs[b.club]?.districtCode).toBe(district);
        booked.set(`${String(b.club)}|${b.day}`, (booked.get(`${String(b.club)}|${b.day}`) ?? 0) + 1);
      }
    }
    for (const [key, n] of booked) expect(n).toBeLessThanOrEqual(clubs[Number(key.split('|')[0])]?.placesPerDay ?? 0);
    expect(pupils.length).toBe(3000);
    expect(pupils.filter((p) => p.bookings.length >= 4).length / pupils.length).toBeGreaterThan(0.95);
    const fsm = pupils.filter((p) => p.fsm).length / pupils.length;
    expect(fsm).toBeGreaterThan(0.82);
    expect(fsm).toBeLessThan(0.88);
  });
});
