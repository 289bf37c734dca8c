/** Times are shown as the clock read in the UK, whatever the time zone of the computer showing them. */
const UK_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});

/**
 * Formats an ISO timestamp in GOV.UK style, in UK time, with "midday" and "midnight" for 12:00.
 * `formatDateTime('2026-11-25T14:05:00Z')` → "25 November 2026, 2:05pm";
 * `formatDateTime('2026-07-01T11:00:00Z')` → "1 July 2026, midday" (British Summer Time).
 * Anything that is not a timestamp is shown as it came.
 */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Map(UK_PARTS.formatToParts(date).map((part) => [part.type, part.value]));
  const day = parts.get('day');
  const month = parts.get('month');
  const year = parts.get('year');
  const hour = parts.get('hour');
  const minute = parts.get('minute');
  const period = parts.get('dayPeriod')?.toLowerCase().replaceAll('.', '').replaceAll(' ', '');
  if (day === undefined || month === undefined || year === undefined || hour === undefined || minute === undefined || period === undefined) {
    return iso;
  }
  const time = hour === '12' && minute === '00' ? (period === 'am' ? 'midnight' : 'midday') : `${hour}:${minute}${period}`;
  return `${day} ${month} ${year}, ${time}`;
}
