import type { Cell, SuppressionReason } from './cell.ts';
import { assertBase, roundCell } from './round-to-base.ts';
import { applySecondarySuppression, type CellPosition, type MarginTable } from './secondary-suppression.ts';
import { assertCount, assertThreshold, DEFAULT_THRESHOLD, suppressCount } from './suppress-counts.ts';

/** Counts by row and column, such as pupils with four careers encounters by school × FSM status. */
export interface CountTable {
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  /** One row per row label, one count per column label; `null` means the count is not held. */
  readonly counts: readonly (readonly (number | null)[])[];
}

export interface DisclosureOptions {
  /** Counts from 1 to `threshold − 1` are confidential. Default 5; 1 turns primary suppression off. */
  readonly threshold?: number;
  /** Round shown counts to a base, such as `{ base: 5 }`. Default `false`. */
  readonly round?: { readonly base: number } | false;
  /** Publish row, column and grand totals. Default `true`. Totals are protected either way. */
  readonly totals?: boolean;
}

/** A suppressed cell, where it is and why, with the labels a reader sees. */
export interface PublishedSuppression extends CellPosition {
  readonly rowLabel: string;
  readonly columnLabel: string;
  readonly reason: SuppressionReason;
}

/** A table fit for anyone without pupil-level rights. Totals are `null` when not published. */
export interface PublishedTable {
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  readonly body: readonly (readonly Cell[])[];
  readonly rowTotals: readonly Cell[] | null;
  readonly columnTotals: readonly Cell[] | null;
  readonly grandTotal: Cell | null;
  readonly suppressions: readonly PublishedSuppression[];
  readonly rules: { readonly threshold: number; readonly roundingBase: number | null };
}

/** The label given to the margin in suppression lists. */
export const TOTAL_LABEL = 'Total';

/**
 * Disclosure control for a two-way table of counts, in this order: totals from the unrounded counts (`x`
 * when any count they cover is missing), primary suppression of every count and total, secondary
 * suppression until no `c` can be recovered by subtraction, then optional rounding.
 * Throws a RangeError on a malformed table or option: a programmer error. See docs/methodology.md,
 * 4. Disclosure control.
 *
 * `applyDisclosureControl({ rowLabels: ['A'], columnLabels: ['FSM', 'Not FSM'], counts: [[0, 12]] })`
 * → body [[0, 12]], row totals [12], column totals [0, 12], grand total 12, nothing suppressed.
 */
export function applyDisclosureControl(table: CountTable, options: DisclosureOptions = {}): PublishedTable {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const base = options.round === undefined || options.round === false ? null : options.round.base;
  const publishTotals = options.totals ?? true;
  assertThreshold(threshold);
  if (base !== null) assertBase(base);
  checkShape(table);

  const { rowLabels, columnLabels, counts } = table;
  const columnIndexes = columnLabels.map((_, c) => c);
  const column = (c: number) => counts.map((row) => row[c] ?? null);
  const primary = (count: number | null) => suppressCount(count, threshold);
  const { table: protectedTable, suppressions } = applySecondarySuppression({
    body: counts.map((row) => row.map(primary)),
    rowTotals: counts.map((row) => primary(sumOrNull(row))),
    columnTotals: columnIndexes.map((c) => primary(sumOrNull(column(c)))),
    grandTotal: primary(sumOrNull(counts.flat())),
  });

  const shown: MarginTable = base === null ? protectedTable : roundTable(protectedTable, base);
  const label = (labels: readonly string[], index: number | 'total') => (index === 'total' ? TOTAL_LABEL : (labels[index] ?? ''));
  return {
    rowLabels,
    columnLabels,
    body: shown.body,
    rowTotals: publishTotals ? shown.rowTotals : null,
    columnTotals: publishTotals ? shown.columnTotals : null,
    grandTotal: publishTotals ? shown.grandTotal : null,
    // Unpublished totals are left out of the list; the body cells hidden to protect them stay in it.
    suppressions: suppressions
      .filter((s) => publishTotals || (s.row !== 'total' && s.column !== 'total'))
      .map((s) => ({ ...s, rowLabel: label(rowLabels, s.row), columnLabel: label(columnLabels, s.column) })),
    rules: { threshold, roundingBase: base },
  };
}

/** A sum of counts, or `null` (not available) when any of them is missing: a partial sum would mislead. */
function sumOrNull(counts: readonly (number | null)[]): number | null {
  let total = 0;
  for (const count of counts) {
    if (count === null) return null;
    total += count;
  }
  return total;
}

function roundTable(table: MarginTable, base: number): MarginTable {
  const round = (cell: Cell) => roundCell(cell, base);
  return {
    body: table.body.map((row) => row.map(round)),
    rowTotals: table.rowTotals.map(round),
    columnTotals: table.columnTotals.map(round),
    grandTotal: round(table.grandTotal),
  };
}

function checkShape(table: CountTable): void {
  if (table.counts.length !== table.rowLabels.length) {
    throw new RangeError(`Expected ${table.rowLabels.length} rows of counts, one per row label, got ${table.counts.length}`);
  }
  table.counts.forEach((row, r) => {
    if (row.length !== table.columnLabels.length) {
      throw new RangeError(`Expected ${table.columnLabels.length} counts in row ${r}, one per column label, got ${row.length}`);
    }
    for (const count of row) if (count !== null) assertCount(count);
  });
}
