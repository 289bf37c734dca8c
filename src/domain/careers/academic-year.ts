/**
 * The academic year a date falls in, as the calendar year it starts: 1 September to 31 August.
 * `academicYearOf('2019-08-31')` → 2018; `academicYearOf('2019-09-01')` → 2019.
 */
export function academicYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 9 ? year : year - 1;
}

/** `formatAcademicYear(2019)` → '2019/20'. */
export function formatAcademicYear(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/**
 * Parses '2019/20' (or '2019') to its starting year; null when it is not one.
 * `parseAcademicYear('2019/20')` → 2019; `parseAcademicYear('2019/21')` → null.
 */
export function parseAcademicYear(input: string): number | null {
  const match = /^(\d{4})(?:\/(\d{2}))?$/.exec(input.trim());
  if (match === null) return null;
  const start = Number(match[1]);
  if (match[2] !== undefined && Number(match[2]) !== (start + 1) % 100) return null;
  return start;
}

/**
 * The academic year a pupil in `yearGroup` during `asAt` was in year 7: their first secondary year.
 * `firstSecondaryYear(9, 2019)` → 2017.
 */
export function firstSecondaryYear(yearGroup: number, asAt: number): number {
  return asAt - (yearGroup - 7);
}
