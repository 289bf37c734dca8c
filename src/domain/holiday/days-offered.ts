import { err, ok, type Result } from '../shared/result.ts';

const NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** The ISO weekday of a day, Monday 1 to Sunday 7. `isoWeekday('2026-07-27')` → 1 (a Monday). */
export function isoWeekday(isoDate: string): number {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

function weekdayOf(name: string): number | null {
  const index = NAMES.indexOf(name.slice(0, 3).toLowerCase() as (typeof NAMES)[number]);
  const full = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'][index];
  if (index < 0 || full === undefined || !full.startsWith(name.toLowerCase())) return null;
  return index + 1;
}

/**
 * The days of the week a club runs, as providers write them: `Mon-Thu`, `Mon Tue Wed Thu`,
 * `Monday, Wednesday`, `Tue-Fri` (a range runs forwards within one week). Returns the ISO weekdays as digits
 * in order, how they are stored: `parseDaysOffered('Mon-Thu')` → '1234'; `parseDaysOffered('Fri, Mon')` → '15'.
 */
export function parseDaysOffered(input: string): Result<string, string> {
  const reason = 'Days offered are weekday names or a range, like Mon-Thu or Mon Tue Wed Thu';
  const parts = input.trim().split(/[\s,;/]+/).filter((p) => p !== '');
  if (parts.length === 0) return err(reason);
  const days = new Set<number>();
  for (const part of parts) {
    const range = /^([a-z]+)-([a-z]+)$/i.exec(part);
    if (range !== null) {
      const from = weekdayOf(range[1] ?? '');
      const to = weekdayOf(range[2] ?? '');
      if (from === null || to === null || from > to) return err(reason);
      for (let d = from; d <= to; d += 1) days.add(d);
      continue;
    }
    const day = weekdayOf(part);
    if (day === null) return err(reason);
    days.add(day);
  }
  return ok([...days].sort((a, b) => a - b).join(''));
}

/** '1234' → 'Mon Tue Wed Thu'. */
export function formatDaysOffered(days: string): string {
  return LABELS.filter((_, i) => days.includes(String(i + 1))).join(' ');
}

/** Whether a club offering `days` (stored digits) runs on `isoDate`'s weekday. */
export function isDayOffered(days: string, isoDate: string): boolean {
  return days.includes(String(isoWeekday(isoDate)));
}

/**
 * The days a club runs from `start` to `end` inclusive on the weekdays offered: what its places offered
 * are counted over. `clubDays('2026-07-27', '2026-08-07', '1234')` → 8 days (two weeks of Monday to Thursday).
 */
export function clubDays(start: string, end: string, days: string): string[] {
  const out: string[] = [];
  const last = Date.parse(`${end}T00:00:00Z`);
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= last; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (isDayOffered(days, day)) out.push(day);
  }
  return out;
}
