import { LOW, valueCell, type Cell } from './cell.ts';
import { assertCount } from './suppress-counts.ts';

/** Throws unless a rounding base is a whole number from 1 up: `assertBase(0)` throws a RangeError. */
export function assertBase(base: number): void {
  if (!Number.isSafeInteger(base) || base < 1) throw new RangeError(`Expected a rounding base of 1 or more, got ${String(base)}`);
}

/**
 * Rounds a count to the nearest multiple of `base` (default 5), halves up: with base 10, 5 → 10. A true 0
 * stays 0; a positive count that rounds to 0 becomes `low`, never 0. Round totals from the unrounded
 * counts, so rounded cells need not add up to their rounded total. See docs/methodology.md,
 * 4. Disclosure control.
 * `roundToBase(7)` → 5; `roundToBase(24)` → 25; `roundToBase(2)` → low; `roundToBase(0)` → 0.
 */
export function roundToBase(count: number, base = 5): Cell {
  assertCount(count);
  assertBase(base);
  const rounded = Math.floor((2 * count + base) / (2 * base)) * base;
  return count > 0 && rounded === 0 ? LOW : valueCell(rounded);
}

/**
 * Rounds a cell that shows a count and leaves every other state (`c`, `x`, `z`, `low`) as it is
 * (docs/methodology.md, 4. Disclosure control, 4.5).
 * `roundCell(valueCell(8), 5)` → 10; `roundCell(NOT_AVAILABLE, 5)` → x.
 */
export function roundCell(cell: Cell, base = 5): Cell {
  return cell.kind === 'value' ? roundToBase(cell.value, base) : cell;
}
