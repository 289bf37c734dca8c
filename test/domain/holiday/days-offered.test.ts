import { describe, expect, it } from 'vitest';
import { clubDays, formatDaysOffered, holidayRetentionFirstYearKept, isDayOffered, isoWeekday, parseDaysOffered } from '../../../src/domain/holiday/index.ts';

describe('days offered', () => {
  it('reads ranges, lists and full names into ISO weekday digits', () => {
    expect(parseDaysOffered('Mon-Thu')).toEqual({ ok: true, value: '1234' });
    expect(parseDaysOffered('Mon Tue Wed Thu')).toEqual({ ok: true, value: '1234' });
    expect(parseDaysOffered('friday, Monday')).toEqual({ ok: true, value: '15' });
    expect(parseDaysOffered('Tues/Thurs')).toEqual({ ok: true, value: '24' });
    expect(parseDaysOffered('Mon-Thu Sat')).toEqual({ ok: true, value: '12346' });
  });

  it('refuses what is not a weekday, and a range running backwards', () => {
    for (const bad of ['', 'Funday', 'Thu-Mon', 'Mo', 'Mondays', '1-4']) expect(parseDaysOffered(bad).ok, bad).toBe(false);
  });

  it('knows the weekday of a day and whether a club runs on it', () => {
    expect(isoWeekday('2026-07-27')).toBe(1);
    expect(isoWeekday('2026-08-02')).toBe(7);
    expect(isDayOffered('1234', '2026-07-30')).toBe(true);
    expect(isDayOffered('1234', '2026-07-31')).toBe(false);
    expect(formatDaysOffered('1234')).toBe('Mon Tue Wed Thu');
  });

  it('counts the days a club runs: six weeks of Monday to Thursday is 24 days', () => {
    expect(clubDays('2026-07-27', '2026-09-04', '1234')).toHaveLength(24);
    expect(clubDays('2026-07-27', '2026-08-06', '1234')).toEqual(['2026-07-27', '2026-07-28', '2026-07-29', '2026-07-30', '2026-08-03', '2026-08-04', '2026-08-05', '2026-08-06']);
    expect(clubDays('2026-07-31', '2026-08-02', '1234')).toEqual([]);
  });
});

describe('holiday retention', () => {
  it('keeps an academic year until the given number of years after it ends on 31 August', () => {
    expect(holidayRetentionFirstYearKept('2026-11-25', 6)).toBe(2020);
    expect(holidayRetentionFirstYearKept('2026-08-31', 6)).toBe(2019);
    expect(holidayRetentionFirstYearKept('2026-09-01', 0)).toBe(2026);
    expect(() => holidayRetentionFirstYearKept('2026-09-01', -1)).toThrow(RangeError);
  });
});
