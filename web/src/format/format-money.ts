const WHOLE_POUNDS = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * Formats integer pence as pounds in GOV.UK style, showing pence only when there are some.
 * `formatMoney(600_000_000)` → "£6,000,000"; `formatMoney(12_345)` → "£123.45"; `formatMoney(-500)` → "-£5".
 */
export function formatMoney(pence: number): string {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`Expected a whole number of pence, got ${String(pence)}`);
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = WHOLE_POUNDS.format(Math.floor(abs / 100));
  const rest = abs % 100;
  return rest === 0 ? `${sign}£${pounds}` : `${sign}£${pounds}.${String(rest).padStart(2, '0')}`;
}
