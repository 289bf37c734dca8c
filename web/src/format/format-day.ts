/** The calendar day in the UK, whatever the time zone of the computer showing it. */
const UK_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The day of an ISO timestamp in GOV.UK style, in UK time: `formatDay('2026-11-25T14:05:00Z')` → "25 November 2026";
 * `formatDay('2026-06-30T23:30:00Z')` → "1 July 2026" (British Summer Time). Anything else is shown as it came.
 */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : UK_DAY.format(date);
}
