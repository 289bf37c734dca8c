import { err, ok, type Result } from '../../shared/result.ts';

/** A non-negative decimal held exactly: `units / 10^scale`. `"12.5"` → { units: 125n, scale: 1 }. */
export interface ExactDecimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Reads a measure exactly from its decimal text (a number is read by its shortest decimal form, so 0.1 is
 * one tenth, not the nearest binary fraction). Negative values are refused by the caller, which knows the
 * recipient; this only says whether the text is a finite decimal.
 * `parseExactDecimal('1.5e3')` → { units: 1500n, scale: 0 }.
 */
export function parseExactDecimal(value: number | string): Result<{ readonly decimal: ExactDecimal; readonly negative: boolean }, string> {
  if (typeof value === 'number' && !Number.isFinite(value)) return err(`"${String(value)}" is not a finite number`);
  const text = (typeof value === 'number' ? String(value) : value).trim().replace(/,/g, '');
  const match = DECIMAL.exec(text);
  if (match === null || text === '' || (match[2] === '' && (match[3] ?? '') === '')) return err(`"${text}" is not a number`);
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 300) return err(`"${text}" has an exponent out of range`);
  let units = BigInt(`${whole}${fraction}` === '' ? '0' : `${whole}${fraction}`);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  // Trailing zeros after the point carry no value; dropping them keeps the common scale small.
  while (scale > 0 && units % 10n === 0n && units !== 0n) {
    units /= 10n;
    scale -= 1;
  }
  if (units === 0n) scale = 0;
  return ok({ decimal: { units, scale }, negative: sign === '-' && units !== 0n });
}

/** Brings decimals to one scale so they compare and add as integers: [1.5, 2] → [15n, 20n]. */
export function toCommonScale(decimals: readonly ExactDecimal[]): bigint[] {
  const scale = Math.max(0, ...decimals.map((d) => d.scale));
  return decimals.map((d) => d.units * 10n ** BigInt(scale - d.scale));
}
