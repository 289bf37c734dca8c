import { parseIsoDate } from '../../domain/shared/iso-date.ts';

export type Cell<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };
const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const bad = (reason: string): Cell<never> => ({ ok: false, reason });

/** `9`, `Y9`, `Year 9` → 9; only 7 to 13. */
export function parseYearGroup(raw: string): Cell<number> {
  const match = /^(?:y(?:ear)?\s*)?(\d{1,2})$/i.exec(raw.trim());
  const year = match === null ? NaN : Number(match[1]);
  return year >= 7 && year <= 13 ? ok(year) : bad('A year group is a secondary year from 7 to 13, like 9 or Y9');
}

const YES = new Set(['y', 'yes', 'true', '1']);
const NO = new Set(['n', 'no', 'false', '0']);

/** Free school meals (or disadvantaged) flag: Y/N, yes/no, true/false, 1/0. */
export function parseFlag(raw: string): Cell<boolean> {
  const value = raw.trim().toLowerCase();
  if (YES.has(value)) return ok(true);
  if (NO.has(value)) return ok(false);
  return bad('Use Y or N (yes/no, true/false and 1/0 also work)');
}

/** A day as ISO `2019-10-15` or as school systems export it, `15/10/2019`. */
export function parseDay(raw: string): Cell<string> {
  const value = raw.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = uk === null ? value : `${uk[3] ?? ''}-${(uk[2] ?? '').padStart(2, '0')}-${(uk[1] ?? '').padStart(2, '0')}`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return bad('A date is YYYY-MM-DD or DD/MM/YYYY, like 2019-10-15');
  const parsed = parseIsoDate(iso);
  return parsed.ok ? ok(iso) : bad(`There is no such day: ${parsed.error}`);
}

export function parseOptionalDay(raw: string): Cell<string | null> {
  return raw.trim() === '' ? ok(null) : parseDay(raw);
}
