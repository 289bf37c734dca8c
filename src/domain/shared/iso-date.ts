import { err, ok, type Result } from './result.ts';

/**
 * An ISO 8601 calendar date, to the day (`2017-01-18`) or, where the source gives only the month, to the
 * month (`2016-10`). Reduced precision is kept rather than inventing a day.
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

export function parseIsoDate(input: string): Result<IsoDate, string> {
  const match = ISO_DATE.exec(input.trim());
  if (!match) return err(`"${input}" is not a date: use YYYY-MM-DD, or YYYY-MM when only the month is known`);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return err(`"${input}" has no month ${String(month)}`);
  if (match[3] !== undefined) {
    const day = Number(match[3]);
    const daysInMonth = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return err(`"${input}" has no day ${String(day)}`);
  }
  return ok(input.trim() as IsoDate);
}

/** "2017-01-18" → "18 January 2017"; "2016-10" → "October 2016" (GOV.UK date style). */
export function formatIsoDate(date: string): string {
  const match = ISO_DATE.exec(date);
  if (!match) return date;
  const monthName = MONTHS[Number(match[2]) - 1] ?? match[2];
  return match[3] === undefined ? `${monthName} ${match[1] ?? ''}` : `${String(Number(match[3]))} ${monthName} ${match[1] ?? ''}`;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
