/**
 * Why a cell is confidential: `primary` when its own count is small, `secondary` when it is hidden so that a
 * primary cell cannot be worked out by subtraction from a total (docs/methodology.md, 4. Disclosure control).
 */
export type SuppressionReason = 'primary' | 'secondary';

/** A number shown as it is, or rounded to a base. Zero is a value: a true zero is never hidden. */
export interface ValueCell {
  readonly kind: 'value';
  readonly value: number;
}

/** Confidential: withheld so no pupil can be identified. */
export interface SuppressedCell {
  readonly kind: 'suppressed';
  readonly symbol: 'c';
  readonly reason: SuppressionReason;
}

/** Missing data: the figure is not held, so neither it nor any total that includes it can be shown. */
export interface NotAvailableCell {
  readonly kind: 'not_available';
  readonly symbol: 'x';
}

/** No figure could exist, such as a rate whose denominator is zero. */
export interface NotApplicableCell {
  readonly kind: 'not_applicable';
  readonly symbol: 'z';
}

/** A positive count that rounds to zero: not a zero, so it is not shown as 0. */
export interface LowCell {
  readonly kind: 'low';
  readonly symbol: 'low';
}

/** One published cell. Its five states stay distinct everywhere: a zero, a secret and a gap are never the same. */
export type Cell = ValueCell | SuppressedCell | NotAvailableCell | NotApplicableCell | LowCell;

/** The Government Statistical Service shorthand for cells without a number. */
export type CellSymbol = 'c' | 'x' | 'z' | 'low';

/** What each symbol means, for a table's key or an `<abbr title>`. */
export const CELL_SYMBOL_MEANINGS: Readonly<Record<CellSymbol, string>> = {
  c: 'confidential',
  x: 'not available',
  z: 'not applicable',
  low: 'a positive number that rounds to zero',
};

export const NOT_AVAILABLE: NotAvailableCell = { kind: 'not_available', symbol: 'x' };
export const NOT_APPLICABLE: NotApplicableCell = { kind: 'not_applicable', symbol: 'z' };
export const LOW: LowCell = { kind: 'low', symbol: 'low' };

/**
 * A shown number. Throws on NaN or infinity: those are programmer errors, never a state of a cell.
 * `valueCell(12)` → `{ kind: 'value', value: 12 }` (docs/methodology.md, 4. Disclosure control).
 */
export function valueCell(value: number): ValueCell {
  if (!Number.isFinite(value)) throw new RangeError(`Expected a finite number for a cell, got ${String(value)}`);
  return { kind: 'value', value };
}

/**
 * A confidential cell and why it is hidden (docs/methodology.md, 4. Disclosure control, 4.1 and 4.4).
 * `suppressedCell('primary')` → `{ kind: 'suppressed', symbol: 'c', reason: 'primary' }`.
 */
export function suppressedCell(reason: SuppressionReason): SuppressedCell {
  return { kind: 'suppressed', symbol: 'c', reason };
}

/**
 * A cell in JSON. `value` is always present: a number, or `null` with a `symbol` saying why there is none,
 * so `{ "value": 0 }`, `{ "value": null, "symbol": "c" }` and `{ "value": null, "symbol": "x" }` cannot be
 * mistaken for each other, and a client that only reads `value` never sees a hidden cell as 0. Whether a
 * `c` is primary or secondary is not published: it would tell a reader which hidden cell is the small one.
 */
export type CellJson = { readonly value: number } | { readonly value: null; readonly symbol: CellSymbol };

/**
 * The JSON shape of a cell (docs/methodology.md, 4. Disclosure control, 4.7).
 * `cellToJson(suppressedCell('primary'))` → `{ value: null, symbol: 'c' }`; `cellToJson(valueCell(0))` → `{ value: 0 }`.
 */
export function cellToJson(cell: Cell): CellJson {
  return cell.kind === 'value' ? { value: cell.value } : { value: null, symbol: cell.symbol };
}

/**
 * A CSV field: the number as text, or the bare GSS symbol `c`, `x`, `z` or `low`, as DfE open data files
 * carry them (docs/methodology.md, 4. Disclosure control, 4.7).
 * `cellToCsv(valueCell(12))` → "12"; `cellToCsv(NOT_AVAILABLE)` → "x".
 */
export function cellToCsv(cell: Cell): string {
  return cell.kind === 'value' ? String(cell.value) : cell.symbol;
}

/**
 * Text for a table on screen. Numbers get thousands separators; symbols go in square brackets, `[c]`,
 * `[x]`, `[z]`, `[low]`, as the GSS "Symbols in tables" guidance asks, so shorthand is never read as a
 * number or a footnote marker. One scheme everywhere on screen; CSV keeps the bare symbols
 * (docs/methodology.md, 4. Disclosure control, 4.7).
 * `cellToDisplay(valueCell(1234))` → "1,234"; `cellToDisplay(suppressedCell('secondary'))` → "[c]".
 */
export function cellToDisplay(cell: Cell): string {
  return cell.kind === 'value' ? cell.value.toLocaleString('en-GB', { maximumFractionDigits: 10 }) : `[${cell.symbol}]`;
}
