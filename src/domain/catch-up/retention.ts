/** Route and subject of tutoring known only from a School Census return, which records neither. */
export const NOT_RECORDED = 'not-recorded';

/**
 * Tutoring records carry no leaving date, so retention runs by academic year: a year's records are kept
 * until `years` whole years after the year ends (31 August). Returns the first academic year (its first
 * calendar year) still kept on `today`; earlier years are removed (docs/methodology.md §17.6).
 * `tutoringRetentionCutOffYear('2026-11-25', 6)` → 2020: 2019/20 ended 31 August 2020, six years before
 * 31 August 2026, which has passed; 2020/21 is kept until 31 August 2027.
 */
export function tutoringRetentionCutOffYear(today: string, years: number): number {
  if (!Number.isSafeInteger(years) || years < 0) throw new RangeError(`Expected a whole number of years, got ${String(years)}`);
  // A year ending on 31 August of year E is removed once 31 August of E + years has passed.
  const year = Number(today.slice(0, 4));
  return today.slice(5, 10) > '08-31' ? year - years : year - years - 1;
}
