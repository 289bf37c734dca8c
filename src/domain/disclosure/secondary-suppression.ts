import { suppressedCell, type Cell, type SuppressionReason } from './cell.ts';

/** A two-way table with its margins: each row adds up to its row total, each column to its column total. */
export interface MarginTable {
  readonly body: readonly (readonly Cell[])[];
  readonly rowTotals: readonly Cell[];
  readonly columnTotals: readonly Cell[];
  readonly grandTotal: Cell;
}

/** Where a cell sits: a body row or column index, or `'total'` for the margin. */
export interface CellPosition {
  readonly row: number | 'total';
  readonly column: number | 'total';
}

export interface Suppression extends CellPosition {
  readonly reason: SuppressionReason;
}

export interface SecondarySuppressionResult {
  readonly table: MarginTable;
  /** Every suppressed cell, primary and secondary, top to bottom then left to right, totals last. */
  readonly suppressions: readonly Suppression[];
}

/**
 * Hides more cells until no confidential cell is the only unknown (`c` or `x`) in any row or column,
 * margins included, so none can be recovered by subtracting the visible cells from a total.
 *
 * Lines are checked in a fixed order: body rows top to bottom, the column-totals row, body columns left to
 * right, the row-totals column. A line whose only unknown is a `c` gets one more cell suppressed at once:
 * its smallest visible non-zero value, the first in the line on a tie (a total comes after its body cells).
 * Passes repeat until one changes nothing; each pass hides at least one cell, so this ends.
 * Run it on unrounded cells, after primary suppression. See docs/methodology.md, 4. Disclosure control.
 *
 * `applySecondarySuppression` on rows [c, 12 | 15] and [9, 30 | 39], column totals [12, 42 | 54]
 * → row 0 hides 12, column 0 hides 9, column 1 hides 30: the four corners of a rectangle, each line with two.
 */
export function applySecondarySuppression(table: MarginTable): SecondarySuppressionResult {
  const grid = toGrid(table);
  const rowCount = grid.length;
  const columnCount = grid[0]?.length ?? 0;
  const lines: (readonly [number, number])[][] = [];
  for (let r = 0; r < rowCount; r++) lines.push(Array.from({ length: columnCount }, (_, c) => [r, c] as const));
  for (let c = 0; c < columnCount; c++) lines.push(Array.from({ length: rowCount }, (_, r) => [r, c] as const));

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const cells = line.map(([r, c]) => at(grid, r, c));
      const unknowns = cells.filter((cell) => cell.kind === 'suppressed' || cell.kind === 'not_available');
      if (unknowns.length !== 1 || unknowns[0]?.kind !== 'suppressed') continue;
      const choice = smallestVisibleNonZero(cells);
      const position = line[choice];
      if (position === undefined) throw new Error('A suppressed cell has no visible non-zero cell to hide with it: are the totals the sums of the body?');
      setAt(grid, position[0], position[1], suppressedCell('secondary'));
      changed = true;
    }
  }
  return { table: fromGrid(grid), suppressions: listSuppressions(grid) };
}

/**
 * Zeros are never chosen: the total gives away the sum of a line's hidden cells, so hiding a 0 beside a
 * primary cell leaves that sum equal to the primary count. The smallest non-zero cell adds the most doubt
 * for the least information lost.
 */
function smallestVisibleNonZero(cells: readonly Cell[]): number {
  let best = -1;
  let bestValue = Infinity;
  cells.forEach((cell, index) => {
    if (cell.kind === 'value' && cell.value > 0 && cell.value < bestValue) {
      best = index;
      bestValue = cell.value;
    }
  });
  return best;
}

/** The table as one (rows + 1) × (columns + 1) grid: the last row holds column totals, the last column row totals. */
function toGrid(table: MarginTable): Cell[][] {
  const width = table.columnTotals.length;
  if (table.rowTotals.length !== table.body.length || table.body.some((row) => row.length !== width)) {
    throw new RangeError(`Expected ${table.rowTotals.length} rows of ${width} cells to match the totals`);
  }
  const rows = table.body.map((row, r) => [...row, ...table.rowTotals.slice(r, r + 1)]);
  rows.push([...table.columnTotals, table.grandTotal]);
  return rows;
}

function fromGrid(grid: readonly (readonly Cell[])[]): MarginTable {
  const body = grid.slice(0, -1).map((row) => row.slice(0, -1));
  const last = grid.length - 1;
  const lastColumn = (grid[0]?.length ?? 1) - 1;
  return {
    body,
    rowTotals: body.map((_, r) => at(grid, r, lastColumn)),
    columnTotals: Array.from({ length: lastColumn }, (_, c) => at(grid, last, c)),
    grandTotal: at(grid, last, lastColumn),
  };
}

function listSuppressions(grid: readonly (readonly Cell[])[]): Suppression[] {
  const lastRow = grid.length - 1;
  const suppressions: Suppression[] = [];
  grid.forEach((row, r) => {
    const lastColumn = row.length - 1;
    row.forEach((cell, c) => {
      if (cell.kind !== 'suppressed') return;
      suppressions.push({ row: r === lastRow ? 'total' : r, column: c === lastColumn ? 'total' : c, reason: cell.reason });
    });
  });
  return suppressions;
}

function at(grid: readonly (readonly Cell[])[], r: number, c: number): Cell {
  const cell = grid[r]?.[c];
  if (cell === undefined) throw new RangeError(`No cell at row ${r}, column ${c}: rows and totals must have matching lengths`);
  return cell;
}

function setAt(grid: Cell[][], r: number, c: number, cell: Cell): void {
  const row = grid[r];
  if (row === undefined || c >= row.length) throw new RangeError(`No cell at row ${r}, column ${c}`);
  row[c] = cell;
}
