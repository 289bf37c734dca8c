import { NOT_APPLICABLE, NOT_AVAILABLE, suppressedCell, valueCell, type Cell } from './cell.ts';

/** Counts of 1 to 4 are hidden by default: the DfE convention for pupil-level data. */
export const DEFAULT_THRESHOLD = 5;

/** Throws unless a count is a whole number from 0 up, a programmer error otherwise: `assertCount(-1)` throws. */
export function assertCount(count: number): void {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`Expected a count (a whole number, 0 or more), got ${String(count)}`);
  }
}

/** Throws unless a threshold is a whole number from 1 up (1 turns primary suppression off): `assertThreshold(0)` throws. */
export function assertThreshold(threshold: number): void {
  if (!Number.isSafeInteger(threshold) || threshold < 1) {
    throw new RangeError(`Expected a suppression threshold of 1 or more, got ${String(threshold)}`);
  }
}

/**
 * Primary suppression of one count: `0 < count < threshold` becomes `c`; a true 0 is shown as 0, as DfE
 * does, because "none" identifies no one; `null` (not held) becomes `x`. See docs/methodology.md,
 * 4. Disclosure control.
 * `suppressCount(3)` → c (primary); `suppressCount(0)` → 0; `suppressCount(5)` → 5; `suppressCount(null)` → x.
 */
export function suppressCount(count: number | null, threshold: number = DEFAULT_THRESHOLD): Cell {
  assertThreshold(threshold);
  if (count === null) return NOT_AVAILABLE;
  assertCount(count);
  return count > 0 && count < threshold ? suppressedCell('primary') : valueCell(count);
}

export interface RateOptions {
  /** 100 for a percentage (the default), 1000 for a rate per thousand. */
  readonly scale?: number;
  /** Decimal places kept, rounding half up (default 1). */
  readonly decimals?: number;
}

/**
 * A percentage or rate built from published cells, hiding what its counts hide, checked in this order:
 * either count `c` → `c` (reason `primary` if either count is a primary suppression, else `secondary`);
 * either `x` → `x`; either `z` or a denominator of 0 → `z`; either `low` → `x`, as it cannot be worked out.
 * Pass the cells that are published (rounded, if the table is): a rate from unrounded counts beside rounded
 * counts would undo the rounding. See docs/methodology.md, 4. Disclosure control.
 * `calculateRate(valueCell(12), valueCell(40))` → 30; `calculateRate(suppressedCell('primary'), valueCell(40))` → c.
 */
export function calculateRate(numerator: Cell, denominator: Cell, options: RateOptions = {}): Cell {
  const scale = options.scale ?? 100;
  const decimals = options.decimals ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`Expected a positive scale, got ${String(scale)}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`Expected 0 to 10 decimal places, got ${String(decimals)}`);
  }
  const both = [numerator, denominator];
  const suppressed = both.filter((cell) => cell.kind === 'suppressed');
  if (suppressed.length > 0) {
    return suppressedCell(suppressed.some((cell) => cell.reason === 'primary') ? 'primary' : 'secondary');
  }
  if (both.some((cell) => cell.kind === 'not_available')) return NOT_AVAILABLE;
  if (both.some((cell) => cell.kind === 'not_applicable')) return NOT_APPLICABLE;
  if (numerator.kind !== 'value' || denominator.kind !== 'value') return NOT_AVAILABLE;
  if (denominator.value === 0) return NOT_APPLICABLE;
  // Scale to whole units of the last decimal place before dividing, so 1/8 → 12.5 exactly, not 12.499….
  const unit = 10 ** decimals;
  return valueCell(Math.round((numerator.value * scale * unit) / denominator.value) / unit);
}
