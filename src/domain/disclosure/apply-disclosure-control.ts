import type { Cell, SuppressionReason } from './cell.ts';
import type { LinkedRelation } from './linked-counts.ts';
import { protectLinkedCounts } from './protect-linked-counts.ts';
import { assertBase, roundCell } from './round-to-base.ts';
import { assertCount, assertThreshold, DEFAULT_THRESHOLD } from './suppress-counts.ts';

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

/** Where a cell sits: a body row or column index, or `'total'` for the margin. */
export interface CellPosition {
  readonly row: number | 'total';
  readonly column: number | 'total';
}

/** A table with its margins: each row adds up to its row total, each column to its column total. */
export interface MarginTable {
  readonly body: readonly (readonly Cell[])[];
  readonly rowTotals: readonly Cell[];
  readonly columnTotals: readonly Cell[];
  readonly grandTotal: Cell;
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
 * Disclosure control for a two-way table of counts, through `protectLinkedCounts` (the one rule every
 * published table goes through): primary suppression of every count and total, secondary suppression until
 * no hidden cell can be worked out from what is shown (totals from the unrounded counts, `x` when any count
 * they cover is missing), then optional rounding. Throws a RangeError on a malformed table or option: a
 * programmer error. See docs/methodology.md, 4. Disclosure control.
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
  const { grid, linked } = asLinkedCounts(counts, columnLabels.length);
  const result = protectLinkedCounts(linked, { threshold });
  const protectedTable = fromGrid(grid.map((row) => row.map((k) => result.cells[k] ?? { kind: 'not_available', symbol: 'x' })));

  const shown: MarginTable = base === null ? protectedTable : roundTable(protectedTable, base);
  const label = (labels: readonly string[], index: number | 'total') => (index === 'total' ? TOTAL_LABEL : (labels[index] ?? ''));
  const suppressions = listSuppressions(protectedTable);
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

/**
 * The table as linked counts: the body cells are the finest counts; every row, column and the grand total
 * is a sum of them. Lines in the order of docs/methodology.md 4.4: body rows, the column-totals row, body
 * columns, the row-totals column. Each row is a block (rectangles pair two rows).
 */
function asLinkedCounts(counts: readonly (readonly (number | null)[])[], columnCount: number): { grid: number[][]; linked: { inner: (number | null)[]; cells: number[][]; relations: LinkedRelation[]; blocks: number[][] } } {
  const rowCount = counts.length;
  const inner = counts.flat();
  const cells: number[][] = [];
  const grid: number[][] = Array.from({ length: rowCount + 1 }, () => new Array<number>(columnCount + 1).fill(-1));
  const put = (r: number, c: number, members: number[]) => {
    (grid[r] ?? [])[c] = cells.length;
    cells.push(members);
  };
  const at = (r: number, c: number) => grid[r]?.[c] ?? -1;
  for (let r = 0; r < rowCount; r++) for (let c = 0; c < columnCount; c++) put(r, c, [r * columnCount + c]);
  for (let r = 0; r < rowCount; r++) put(r, columnCount, Array.from({ length: columnCount }, (_, c) => r * columnCount + c));
  for (let c = 0; c < columnCount; c++) put(rowCount, c, Array.from({ length: rowCount }, (_, r) => r * columnCount + c));
  put(rowCount, columnCount, inner.map((_, i) => i));
  const relations: LinkedRelation[] = [];
  for (let r = 0; r <= rowCount; r++) relations.push({ total: at(r, columnCount), parts: Array.from({ length: columnCount }, (_, c) => at(r, c)) });
  for (let c = 0; c <= columnCount; c++) relations.push({ total: at(rowCount, c), parts: Array.from({ length: rowCount }, (_, r) => at(r, c)) });
  const blocks = Array.from({ length: rowCount }, (_, r) => Array.from({ length: columnCount }, (_, c) => r * columnCount + c));
  return { grid, linked: { inner, cells, relations, blocks } };
}

/** The grid back as a table: the last row holds the column totals, the last column the row totals. */
function fromGrid(grid: readonly (readonly Cell[])[]): MarginTable {
  const body = grid.slice(0, -1).map((row) => row.slice(0, -1));
  const last = grid.length - 1;
  const lastColumn = (grid[0]?.length ?? 1) - 1;
  const at = (r: number, c: number): Cell => grid[r]?.[c] ?? { kind: 'not_available', symbol: 'x' };
  return {
    body,
    rowTotals: body.map((_, r) => at(r, lastColumn)),
    columnTotals: Array.from({ length: lastColumn }, (_, c) => at(last, c)),
    grandTotal: at(last, lastColumn),
  };
}

/** Every suppressed cell, top to bottom then left to right, totals last in each row and the totals row last. */
function listSuppressions(table: MarginTable): (CellPosition & { reason: SuppressionReason })[] {
  const rows = [...table.body.map((row, r) => [...row, table.rowTotals[r]]), [...table.columnTotals, table.grandTotal]];
  const list: (CellPosition & { reason: SuppressionReason })[] = [];
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell?.kind !== 'suppressed') return;
      list.push({ row: r === rows.length - 1 ? 'total' : r, column: c === row.length - 1 ? 'total' : c, reason: cell.reason });
    });
  });
  return list;
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
