/**
 * The academic year (1 September to 31 August) a date falls in: `academicYearOf('2019-10-02')` → `2019/20`,
 * `academicYearOf('2020-08-31')` → `2019/20`.
 */
export function academicYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const start = month >= 9 ? year : year - 1;
  return `${String(start)}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The academic years a fund's period covers, from the way periods are written here: `2020/21` → one year;
 * `2017/18 to 2019/20` → three. Null when the period is written some other way (then spend is not
 * profiled by year).
 */
export function academicYearsOf(period: string): string[] | null {
  const match = /^(\d{4})\/(\d{2})(?:\s+to\s+(\d{4})\/(\d{2}))?$/.exec(period.trim());
  if (match === null) return null;
  const first = Number(match[1]);
  const last = match[3] === undefined ? first : Number(match[3]);
  if (last < first || last - first > 20) return null;
  return Array.from({ length: last - first + 1 }, (_, i) => `${String(first + i)}/${String((first + i + 1) % 100).padStart(2, '0')}`);
}

/** The last day of an academic year: `2019/20` → `2020-08-31`. */
export function endOfAcademicYear(year: string): string {
  return `${String(Number(year.slice(0, 4)) + 1)}-08-31`;
}
