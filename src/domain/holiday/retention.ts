/**
 * Attendance records carry no leaving date, so retention runs by the academic year of the club day: a
 * year's records are kept until `years` whole years after that year ends (31 August), the same rule as
 * tutoring records. Returns the first academic year (its first calendar year) still kept on `today`
 * (docs/methodology.md, "Holiday activities").
 * `holidayRetentionFirstYearKept('2026-11-25', 6)` → 2020 (2020/21 is kept): 2019/20, whose summer clubs ran
 * in 2020, ended 31 August 2020, six years before 31 August 2026, which has passed, so it goes.
 */
export function holidayRetentionFirstYearKept(today: string, years: number): number {
  if (!Number.isSafeInteger(years) || years < 0) throw new RangeError(`Expected a whole number of years, got ${String(years)}`);
  const year = Number(today.slice(0, 4));
  return today.slice(5, 10) > '08-31' ? year - years : year - years - 1;
}
