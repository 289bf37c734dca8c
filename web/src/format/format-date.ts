const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * Formats an ISO date in GOV.UK style, keeping the precision the source gave.
 * `formatDate('2017-01-18')` → "18 January 2017"; `formatDate('2016-10')` → "October 2016".
 * Anything else is shown as it came, rather than hiding it.
 */
export function formatDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  const year = match?.[1];
  const month = MONTHS[Number(match?.[2]) - 1];
  if (year === undefined || month === undefined) return iso;
  const day = match?.[3];
  return day === undefined ? `${month} ${year}` : `${String(Number(day))} ${month} ${year}`;
}
