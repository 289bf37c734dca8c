const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const decimals = new Map<number, Intl.NumberFormat>();

/** A whole number with thousands separators: `formatCount(1234)` → "1,234". */
export function formatCount(value: number): string {
  return WHOLE.format(value);
}

/**
 * A number with exactly `places` decimal places and thousands separators:
 * `formatDecimal(12.345, 1)` → "12.3"; `formatDecimal(-0.04, 2)` → "-0.04".
 */
export function formatDecimal(value: number, places: number): string {
  let format = decimals.get(places);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: places, maximumFractionDigits: places });
    decimals.set(places, format);
  }
  return format.format(value);
}

/** A figure that is already a percentage: `formatPercent(23.45)` → "23.5%". */
export function formatPercent(value: number, places = 1): string {
  return `${formatDecimal(value, places)}%`;
}

/** A count of things, in words: `formatCountOf(1234, 'school')` → "1,234 schools"; `formatCountOf(1, 'school')` → "1 school". */
export function formatCountOf(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(value)} ${value === 1 ? singular : plural}`;
}
