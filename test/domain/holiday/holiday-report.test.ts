import { describe, expect, it } from 'vitest';
import { cellToJson } from '../../../src/domain/disclosure/index.ts';
import { placesOffered, publishHoliday, summariseHoliday, type HolidayBooking, type HolidayClub } from '../../../src/domain/holiday/index.ts';

// C1: 3 places × Monday–Thursday over two weeks (8 days) = 24 offered; C2: 2 places × Mon–Wed in one week = 6.
const clubs: HolidayClub[] = [
  { ref: 'C1', district: 'E06000009', area: 'blackpool', la: 'E06000009', startDate: '2026-07-27', endDate: '2026-08-06', days: '1234', placesPerDay: 3 },
  { ref: 'C2', district: 'E07000011', area: '', la: 'E10000003', startDate: '2026-07-27', endDate: '2026-07-31', days: '123', placesPerDay: 2 },
];
const booking = (pupil: number, clubRef: string, day: string, attended: boolean, fsm: boolean, school = 141257): HolidayBooking => ({ pupil, school, schoolDistrict: 'E06000009', fsm, clubRef, day, attended });

describe('holiday report, hand-worked', () => {
  const bookings = [
    booking(1, 'C1', '2026-07-27', true, false),
    booking(1, 'C1', '2026-07-28', true, false),
    booking(2, 'C1', '2026-07-27', true, true),
    booking(2, 'C1', '2026-07-28', false, true),
    // Pupil 2 also goes to C2 on one day: counted in each club and each district, once in a school.
    booking(2, 'C2', '2026-07-29', true, true),
  ];

  it('counts places offered as places a day × days offered between the first and last day', () => {
    expect(clubs.map(placesOffered)).toEqual([24, 6]);
  });

  it('by club: places taken (booked pupil-days), pupils attending, FSM share, days per pupil, take-up', () => {
    expect(summariseHoliday(clubs, bookings, 'club')).toEqual([
      { key: 'C1', placesOffered: 24, placesTaken: 4, daysAttended: 3, pupils: 2, fsmPupils: 1, fsmShare: 0.5, daysPerPupil: 1.5, takeUp: 0.167, pupilsWeekOrMore: 0 },
      { key: 'C2', placesOffered: 6, placesTaken: 1, daysAttended: 1, pupils: 1, fsmPupils: 1, fsmShare: 1, daysPerPupil: 1, takeUp: 0.167, pupilsWeekOrMore: 0 },
    ]);
  });

  it('by school: a pupil at two clubs is one pupil of their school, and places are not a school’s', () => {
    expect(summariseHoliday(clubs, bookings, 'school')).toEqual([
      { key: '141257', placesOffered: null, placesTaken: 5, daysAttended: 4, pupils: 2, fsmPupils: 1, fsmShare: 0.5, daysPerPupil: 2, takeUp: null, pupilsWeekOrMore: 0 },
    ]);
  });

  it('by area and LA: clubs outside any Opportunity Area are the last row, keyed ""', () => {
    expect(summariseHoliday(clubs, bookings, 'area').map((r) => [r.key, r.placesOffered, r.pupils])).toEqual([
      ['blackpool', 24, 2],
      ['', 6, 1],
    ]);
    expect(summariseHoliday(clubs, bookings, 'la').map((r) => [r.key, r.placesOffered, r.placesTaken])).toEqual([
      ['E06000009', 24, 4],
      ['E10000003', 6, 1],
    ]);
  });

  it('lists a club no one booked, with its places and no shares', () => {
    expect(summariseHoliday(clubs, [], 'club')[1]).toEqual({ key: 'C2', placesOffered: 6, placesTaken: 0, daysAttended: 0, pupils: 0, fsmPupils: 0, fsmShare: null, daysPerPupil: null, takeUp: 0, pupilsWeekOrMore: 0 });
  });
});

describe('holiday report through disclosure control', () => {
  // C1: 12 pupils, 3 of them FSM, each attending 4 days; C2: 6 pupils, none FSM, 1 day each.
  const many: HolidayBooking[] = [];
  for (let p = 1; p <= 12; p++) for (const day of ['2026-07-27', '2026-07-28', '2026-07-29', '2026-07-30']) many.push(booking(p, 'C1', day, true, p <= 3));
  for (let p = 13; p <= 18; p++) many.push(booking(p, 'C2', '2026-07-27', true, false));
  const capacity = clubs.map((c) => ({ ...c, placesPerDay: 20 }));

  it('hides an FSM count below 5 and the share it gives, and shows places offered, which are no pupil’s', () => {
    const published = publishHoliday(capacity, many, 'club');
    expect(published.unprotected).toBe(0);
    const c1 = published.rows[0];
    expect(c1?.key).toBe('C1');
    expect(cellToJson(c1?.fsmPupils ?? { kind: 'low', symbol: 'low' })).toEqual({ value: null, symbol: 'c' });
    expect(cellToJson(c1?.fsmShare ?? { kind: 'low', symbol: 'low' })).toEqual({ value: null, symbol: 'c' });
    expect(cellToJson(c1?.placesOffered ?? { kind: 'low', symbol: 'low' })).toEqual({ value: 160 });
    // Every hidden figure stays hidden in the published row: no pupil cell is shown as fewer than 5.
    for (const row of published.rows) {
      for (const cell of [row.pupils, row.fsmPupils]) if (cell.kind === 'value') expect(cell.value === 0 || cell.value >= 5).toBe(true);
    }
  });

  it('shows the exact figures where every count is 5 or more or 0', () => {
    const published = publishHoliday(capacity, many.filter((b) => b.pupil > 3 || b.clubRef === 'C2'), 'la');
    expect(published.rows.map((r) => [r.key, cellToJson(r.pupils), cellToJson(r.fsmShare), cellToJson(r.daysPerPupil), cellToJson(r.placesTaken)])).toEqual([
      ['E06000009', { value: 9 }, { value: 0 }, { value: 4 }, { value: 36 }],
      ['E10000003', { value: 6 }, { value: 0 }, { value: 1 }, { value: 6 }],
    ]);
  });
});
