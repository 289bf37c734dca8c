/**
 * Writes `numerator / denominator` (both non-negative) in decimal with up to `places` digits after the
 * point, marking a value cut short with "…": (25_000_000n, 3n) → "8,333,333.3333…".
 */
export function decimalText(numerator: bigint, denominator: bigint, places = 4): string {
  const whole = numerator / denominator;
  let rest = numerator % denominator;
  let digits = '';
  for (let i = 0; i < places && rest !== 0n; i += 1) {
    rest *= 10n;
    digits += String(rest / denominator);
    rest %= denominator;
  }
  const wholeText = groupThousands(whole);
  if (digits === '') return wholeText;
  return `${wholeText}.${digits}${rest === 0n ? '' : '…'}`;
}

/** The fraction in lowest terms: (50n, 6n) → "25/3"; a whole number stays whole: (12n, 4n) → "3". */
export function fractionText(numerator: bigint, denominator: bigint): string {
  const divisor = gcd(numerator, denominator);
  const n = numerator / divisor;
  const d = denominator / divisor;
  return d === 1n ? String(n) : `${String(n)}/${String(d)}`;
}

/** `a/b` as a percentage with two decimals, rounded half up: (1n, 3n) → "33.33%". */
export function percentText(numerator: bigint, denominator: bigint): string {
  const basisPoints = (numerator * 20_000n + denominator) / (2n * denominator);
  return `${String(basisPoints / 100n)}.${String(basisPoints % 100n).padStart(2, '0')}%`;
}

export function groupThousands(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const digits = (value < 0n ? -value : value).toString();
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

/** Whole pence as pounds for messages, exact for any size: 100_000_000_000_000n → "£1,000,000,000,000". */
export function poundsText(pence: bigint): string {
  const sign = pence < 0n ? '-' : '';
  const abs = pence < 0n ? -pence : pence;
  const rest = abs % 100n;
  return `${sign}£${groupThousands(abs / 100n)}${rest === 0n ? '' : `.${String(rest).padStart(2, '0')}`}`;
}
