/**
 * School data are labelled by academic year (September to August), written `2018/19`. Exams in the summer
 * and the January census both fall in the academic year that ends in their calendar year.
 */

/** The academic year ending in `year`: `academicYearEndingIn(2019)` → `'2018/19'`. */
export function academicYearEndingIn(year: number): string {
  return `${String(year - 1)}/${String(year % 100).padStart(2, '0')}`;
}

/**
 * The academic year a file's name says it covers, or null when the name has no year or more than one:
 * `dfe_ks4_provisional_2019_england.csv` → `'2018/19'` (summer 2019 exams), `census_jan2019.csv` →
 * `'2018/19'`, `ks4_2018-19.csv` → `'2018/19'`, `ks4_2018_2019.csv` → null (ambiguous).
 */
export function academicYearFromFileName(name: string): string | null {
  const span = /(?<!\d)(20\d{2})[-_]?(\d{2})(?!\d)/.exec(name);
  if (span?.[1] !== undefined && span[2] !== undefined && (Number(span[1]) + 1) % 100 === Number(span[2])) {
    return `${span[1]}/${span[2]}`;
  }
  const years = new Set([...name.matchAll(/(?<!\d)(20\d{2})(?!\d)/g)].map((m) => Number(m[1])));
  const [year] = years;
  return years.size === 1 && year !== undefined ? academicYearEndingIn(year) : null;
}

/** The problem to report when a file's name does not say its year. */
export function yearMissingFromFileName(example: string): string {
  return `The file name must say which year the figures are for, like ${example}: rename the file`;
}

/** For load steps, after `check` has reported a file name without a year: a missing year here is a bug. */
export function academicYearFromFileNameOrThrow(name: string): string {
  const year = academicYearFromFileName(name);
  if (year === null) throw new Error(`No year in the file name ${name}: check() should have reported it`);
  return year;
}
