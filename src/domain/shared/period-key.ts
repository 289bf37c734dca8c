/** `2016`, `2018/19`, `2014-16`, `2013/14-15/16`, each with an optional note in brackets (`(OT)`, `(Rev)`). */
const PERIOD = /^(\d{4})(?:[/-](\d{2}|\d{4}))?(?:-(\d{2}|\d{4})(?:\/(\d{2}))?)?(?:\s*\(([^()]*)\))?$/;

/**
 * A period label's sortable key: the first and last calendar years it covers, `SSSS-EEEE`, so that keys
 * sort in time as text (docs/methodology.md §16.6). The label itself is kept beside the key: an academic
 * year (`2018/19`), a financial year (`2018-19`, `2018-19 (OT)`) and a two-year span (`2018-19`) share
 * the key `2018-2019`. Null when the label is not a period (`0`, `Q2`).
 * @example periodKey('2016') → '2016-2016'; periodKey('2018/19') → '2018-2019'; periodKey('2014-16') → '2014-2016';
 * periodKey('2013/14-15/16') → '2013-2016'; periodKey('2023-24 (OT)') → '2023-2024'; periodKey('0') → null
 */
export function periodKey(label: string): string | null {
  const match = PERIOD.exec(label.trim());
  if (match === null) return null;
  const start = Number(match[1]);
  // The last year is the last two- or four-digit number in the label: 2014-16 → 16, 2013/14-15/16 → 16.
  const last = match[4] ?? match[3] ?? match[2];
  const end = last === undefined ? start : last.length === 4 ? Number(last) : fullYear(start, Number(last));
  if (end < start || end - start > 20) return null;
  return `${String(start)}-${String(end)}`;
}

/** The year after `start` ending in the two digits `yy` (2018, 19 → 2019; 1999, 00 → 2000). */
function fullYear(start: number, yy: number): number {
  const century = start - (start % 100);
  const candidate = century + yy;
  return candidate >= start ? candidate : candidate + 100;
}
