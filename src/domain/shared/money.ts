/**
 * Money is held as a whole number of pence so that sums are exact.
 * `poundsToPence(6_000_000)` → 600_000_000.
 */
export type Pence = number;

export function poundsToPence(pounds: number): Pence {
  const pence = Math.round(pounds * 100);
  assertPence(pence);
  return pence;
}

/** Throws when a value is not a safe whole number of pence: a programmer error, not user input. */
export function assertPence(value: number): asserts value is Pence {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Expected a whole number of pence, got ${String(value)}`);
  }
}

/** Sums pence exactly; throws if the total leaves the safe-integer range. */
export function sumPence(amounts: readonly Pence[]): Pence {
  let total = 0;
  for (const amount of amounts) {
    assertPence(amount);
    total += amount;
  }
  assertPence(total);
  return total;
}

/**
 * Formats pence as pounds the way GOV.UK style asks: `£6,000,000`, or `£1,970,000.50` when pence remain.
 * `formatPence(197_000_000)` → "£1,970,000".
 */
export function formatPence(pence: Pence): string {
  assertPence(pence);
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100);
  const rest = abs % 100;
  const whole = pounds.toLocaleString('en-GB');
  return rest === 0 ? `${sign}£${whole}` : `${sign}£${whole}.${String(rest).padStart(2, '0')}`;
}

/**
 * Pounds as people write them, read exactly to pence: digits with an optional `£`, commas only between groups
 * of three digits, and at most two decimal places. `poundsTextToPence('£1,250.5')` → 125050;
 * `poundsTextToPence('5,00.00')` → null (a misplaced comma is a typing slip, not £500).
 */
export function poundsTextToPence(text: string): Pence | null {
  const match = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (match?.[1] === undefined) return null;
  const pence = Number(match[1].replaceAll(',', '')) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(pence) ? pence : null;
}
