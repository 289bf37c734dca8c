import { describe, expect, it } from 'vitest';
import {
  applyDisclosureControl,
  calculateRate,
  cellToDisplay,
  type Cell,
  type DisclosureOptions,
  type PublishedTable,
} from '../../../src/domain/disclosure/index.ts';

/** A cell as written in the hand-worked tables: the number, `c:p` or `c:s` (primary or secondary), `x`, `low`. */
function show(cell: Cell): string {
  if (cell.kind === 'value') return String(cell.value);
  if (cell.kind === 'suppressed') return cell.reason === 'primary' ? 'c:p' : 'c:s';
  return cell.symbol;
}

/** The published table as one grid: each body row with its row total, then the column totals and grand total. */
function cells(table: PublishedTable): Cell[][] {
  const { rowTotals, columnTotals, grandTotal } = table;
  if (rowTotals === null || columnTotals === null || grandTotal === null) throw new Error('totals expected');
  return [...table.body.map((row, r) => [...row, ...rowTotals.slice(r, r + 1)]), [...columnTotals, grandTotal]];
}

function grid(table: PublishedTable): string[][] {
  return cells(table).map((row) => row.map(show));
}

function publish(counts: (number | null)[][], options: DisclosureOptions = {}): PublishedTable {
  const rowLabels = counts.map((_, r) => `school ${r + 1}`);
  const columnLabels = (counts[0] ?? []).map((_, c) => `group ${c + 1}`);
  return applyDisclosureControl({ rowLabels, columnLabels, counts }, options);
}

interface WorkedExample {
  readonly name: string;
  readonly counts: (number | null)[][];
  readonly options?: DisclosureOptions;
  /** Worked by hand with the rules of docs/methodology.md, 4.4: body rows with row totals, then the totals row. */
  readonly expected: string[][];
}

// Lines are checked rows first (totals row last), then columns (totals column last); a line whose only
// unknown is a c hides its smallest visible non-zero cell, the first on a tie; passes repeat until stable.
const WORKED_EXAMPLES: WorkedExample[] = [
  {
    // Row 0 hides 12 (smallest of 12, 20, 35); column 0 hides 15 (of 15, 25, 43); column 1 now holds one c
    // (the 12) and hides 9 (of 9, 40, 61). Row 1 then holds two. The four corners of a rectangle.
    name: '(a) one cell of 3 costs a rectangle of four hidden cells',
    counts: [[3, 12, 20], [15, 9, 30], [25, 40, 11]],
    expected: [
      ['c:p', 'c:s', '20', '35'],
      ['c:s', 'c:s', '30', '54'],
      ['25', '40', '11', '76'],
      ['43', '61', '61', '165'],
    ],
  },
  {
    // Pass 1: row 0 hides 6; column 0 hides 7; column 2 (now c, 50, 60 | 116) hides 50.
    // Rows 1 and 2 were already passed and now hold one c each, so pass 2: row 1 hides 8, row 2 hides 45.
    // Pass 3 changes nothing.
    name: '(b) a secondary choice leaves a single c in a line already checked, so a second pass is needed',
    counts: [[2, 30, 6], [40, 8, 50], [7, 45, 60]],
    expected: [
      ['c:p', '30', 'c:s', '38'],
      ['40', 'c:s', 'c:s', '98'],
      ['c:s', 'c:s', '60', '112'],
      ['49', '83', '116', '248'],
    ],
  },
  {
    // Row 0 hides 20, not the 0 beside the 3; column 0 hides 9; column 2 hides 14. The zeros and the
    // zero column total stay 0.
    name: '(c) zeros are shown as 0 and never chosen as secondary suppressions',
    counts: [[3, 0, 20], [9, 0, 14]],
    expected: [
      ['c:p', '0', 'c:s', '23'],
      ['c:s', '0', 'c:s', '23'],
      ['12', '0', '34', '46'],
    ],
  },
  {
    // Row 0 (c, 10, 10 | 23) has two smallest cells of 10: the first, in column 1, is hidden. Column 0 hides
    // 20; column 1 (c, 10 | 20) hides its 10; column 2 keeps its 10 visible.
    name: '(b) a tie goes to the first cell in the line',
    counts: [[3, 10, 10], [20, 10, 30]],
    expected: [
      ['c:p', 'c:s', '10', '23'],
      ['c:s', 'c:s', '30', '60'],
      ['23', '20', '40', '83'],
    ],
  },
  {
    name: '(d) a count that is not held is x, and so is every total that includes it',
    counts: [[null, 10], [6, 7]],
    expected: [
      ['x', '10', 'x'],
      ['6', '7', '13'],
      ['x', '17', 'x'],
    ],
  },
  {
    // Row 0 is x, c, 20 | x: three unknowns, safe. Column 1 (c, 9 | 12) hides 9; row 1 (6, c, 14 | 29)
    // then hides 6 on the second pass; column 0 is x, c | x.
    name: '(d) an x counts as an unknown, so a row with an x needs no secondary suppression',
    counts: [[null, 3, 20], [6, 9, 14]],
    expected: [
      ['x', 'c:p', '20', 'x'],
      ['c:s', 'c:s', '14', '29'],
      ['x', '12', '34', 'x'],
    ],
  },
  {
    name: '(e) rounding to 5 rounds totals from the unrounded counts: 7 + 8 + 9 = 24 → 5, 10, 10 and 25',
    counts: [[7, 8, 9]],
    options: { round: { base: 5 } },
    expected: [
      ['5', '10', '10', '25'],
      ['5', '10', '10', '25'],
    ],
  },
  {
    name: '(e) rounded cells need not add up to the rounded total: 6 + 6 + 6 = 18 → 5, 5, 5 and 20',
    counts: [[6, 6, 6]],
    options: { round: { base: 5 } },
    expected: [
      ['5', '5', '5', '20'],
      ['5', '5', '5', '20'],
    ],
  },
  {
    name: '(e) with rounding only, 2 is low, not 0',
    counts: [[2, 10]],
    options: { threshold: 1, round: { base: 5 } },
    expected: [
      ['low', '10', '10'],
      ['low', '10', '10'],
    ],
  },
  {
    // Suppression is decided before rounding: 4 is c although it would round to 5. The rectangle hides the
    // whole body; totals 16, 39, 13, 42, 55 round to 15, 40, 15, 40, 55.
    name: '(e) suppression is decided on unrounded counts and rounding comes after',
    counts: [[4, 12], [9, 30]],
    options: { round: { base: 5 } },
    expected: [
      ['c:p', 'c:s', '15'],
      ['c:s', 'c:s', '40'],
      ['15', '40', '55'],
    ],
  },
  {
    // Row 0 is 3, 0, 0 | 3: its total would give the 3 away, and is itself a count of 3, so it is primary.
    // Pass 1: column 0 hides 8; the row-totals column (c, 42, 48 | 93) hides 42.
    // Pass 2: row 1 (10, 12, 20 | c) hides 10; row 2 (c, 15, 25 | 48) hides 15; column 1 (0, 12, c | 27)
    // hides 12. Pass 3 changes nothing.
    name: '(g) a total that would reveal a small cell is suppressed and takes part in its margin',
    counts: [[3, 0, 0], [10, 12, 20], [8, 15, 25]],
    expected: [
      ['c:p', '0', '0', 'c:p'],
      ['c:s', 'c:s', '20', 'c:s'],
      ['c:s', 'c:s', '25', '48'],
      ['21', '27', '45', '93'],
    ],
  },
];

describe('disclosure control on hand-worked tables', () => {
  it.each(WORKED_EXAMPLES)('$name', ({ counts, options, expected }) => {
    expect(grid(publish(counts, options))).toEqual(expected);
  });

  it('lists what was suppressed and why, with the labels a reader sees', () => {
    const table = publish([[3, 0, 0], [10, 12, 20], [8, 15, 25]]);
    expect(table.suppressions.map((s) => `${s.rowLabel} / ${s.columnLabel}: ${s.reason}`)).toEqual([
      'school 1 / group 1: primary',
      'school 1 / Total: primary',
      'school 2 / group 1: secondary',
      'school 2 / group 2: secondary',
      'school 2 / Total: secondary',
      'school 3 / group 1: secondary',
      'school 3 / group 2: secondary',
    ]);
    expect(table.suppressions[1]).toEqual({ row: 0, column: 'total', rowLabel: 'school 1', columnLabel: 'Total', reason: 'primary' });
    expect(table.rules).toEqual({ threshold: 5, roundingBase: null });
  });

  it('(f) hides a percentage whose numerator is suppressed, and shows the rest to one decimal place', () => {
    // Pupils with four careers encounters (numerators) out of all pupils (denominators), by school × group.
    const numerators = publish([[3, 40, 25], [12, 50, 30]]);
    const denominators = publish([[10, 60, 50], [30, 80, 40]]);
    expect(grid(numerators)).toEqual([
      ['c:p', '40', 'c:s', '68'],
      ['c:s', '50', 'c:s', '92'],
      ['15', '90', '55', '160'],
    ]);
    const denominatorCells = cells(denominators);
    const rates = cells(numerators).map((row, r) =>
      row.map((numerator, c) => {
        const denominator = denominatorCells[r]?.[c];
        if (denominator === undefined) throw new Error(`no denominator at ${r}, ${c}`);
        return calculateRate(numerator, denominator);
      }),
    );
    expect(rates.map((row) => row.map(show))).toEqual([
      ['c:p', '66.7', 'c:s', '56.7'],
      ['c:s', '62.5', 'c:s', '61.3'],
      ['37.5', '64.3', '61.1', '59.3'],
    ]);
    expect(rates.map((row) => row.map(cellToDisplay))[0]).toEqual(['[c]', '66.7', '[c]', '56.7']);
  });
});
