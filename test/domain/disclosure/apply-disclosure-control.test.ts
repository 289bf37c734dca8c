import { describe, expect, it } from 'vitest';
import {
  NOT_AVAILABLE,
  applyDisclosureControl,
  applySecondarySuppression,
  suppressedCell,
  valueCell,
  type CountTable,
} from '../../../src/domain/disclosure/index.ts';

const encounters: CountTable = {
  rowLabels: ['Blackpool school', 'Derby school'],
  columnLabels: ['FSM', 'Not FSM'],
  counts: [
    [3, 12],
    [9, 30],
  ],
};

describe('applying disclosure control to a table', () => {
  it('protects totals even when it does not publish them, and lists only the cells it publishes', () => {
    const withTotals = applyDisclosureControl(encounters);
    const withoutTotals = applyDisclosureControl(encounters, { totals: false });
    expect(withoutTotals.body).toEqual(withTotals.body);
    expect(withoutTotals.body).toEqual([
      [suppressedCell('primary'), suppressedCell('secondary')],
      [suppressedCell('secondary'), suppressedCell('secondary')],
    ]);
    expect(withoutTotals).toMatchObject({ rowTotals: null, columnTotals: null, grandTotal: null });
    expect(withTotals).toMatchObject({ rowTotals: [valueCell(15), valueCell(39)], columnTotals: [valueCell(12), valueCell(42)], grandTotal: valueCell(54) });
    expect(withoutTotals.suppressions.map((s) => [s.row, s.column, s.reason])).toEqual([
      [0, 0, 'primary'],
      [0, 1, 'secondary'],
      [1, 0, 'secondary'],
      [1, 1, 'secondary'],
    ]);
  });

  it('does not change the counts it is given and gives the same answer every time', () => {
    const counts = [
      [2, 30, 6],
      [40, 8, 50],
    ];
    const table = { rowLabels: ['a', 'b'], columnLabels: ['p', 'q', 'r'], counts };
    const first = applyDisclosureControl(table, { round: { base: 5 } });
    expect(applyDisclosureControl(table, { round: { base: 5 } })).toEqual(first);
    expect(counts).toEqual([
      [2, 30, 6],
      [40, 8, 50],
    ]);
  });

  it('publishes an empty table as a grand total of 0', () => {
    const table = applyDisclosureControl({ rowLabels: [], columnLabels: ['FSM'], counts: [] });
    expect(table).toMatchObject({ body: [], rowTotals: [], columnTotals: [valueCell(0)], grandTotal: valueCell(0), suppressions: [] });
  });

  it('refuses a table whose counts do not match its labels, or a count that is not a count', () => {
    expect(() => applyDisclosureControl({ rowLabels: ['a'], columnLabels: ['p', 'q'], counts: [[1]] })).toThrow(
      'Expected 2 counts in row 0, one per column label, got 1',
    );
    expect(() => applyDisclosureControl({ rowLabels: ['a', 'b'], columnLabels: ['p'], counts: [[1]] })).toThrow(RangeError);
    expect(() => applyDisclosureControl({ rowLabels: ['a'], columnLabels: ['p'], counts: [[-3]] })).toThrow('got -3');
    expect(() => applyDisclosureControl(encounters, { round: { base: 0 } })).toThrow('Expected a rounding base of 1 or more, got 0');
  });
});

describe('secondary suppression on its own', () => {
  it('treats a suppressed grand total as a cell of both margins', () => {
    // One row, 20 + 30, whose total was hidden by some other rule: the visible cells would give it away,
    // in the body row and in the column-totals row alike, so each of those lines hides its 20.
    const result = applySecondarySuppression({
      body: [[valueCell(20), valueCell(30)]],
      rowTotals: [suppressedCell('primary')],
      columnTotals: [valueCell(20), valueCell(30)],
      grandTotal: suppressedCell('primary'),
    });
    expect(result.suppressions).toEqual([
      { row: 0, column: 0, reason: 'secondary' },
      { row: 0, column: 'total', reason: 'primary' },
      { row: 'total', column: 0, reason: 'secondary' },
      { row: 'total', column: 'total', reason: 'primary' },
    ]);
  });

  it('leaves a line alone when its only unknown is a missing figure, which is not confidential', () => {
    const table = { body: [[NOT_AVAILABLE, valueCell(8)]], rowTotals: [NOT_AVAILABLE], columnTotals: [NOT_AVAILABLE, valueCell(8)], grandTotal: NOT_AVAILABLE };
    expect(applySecondarySuppression(table)).toEqual({ table, suppressions: [] });
  });

  it('refuses totals that do not match the body', () => {
    expect(() => applySecondarySuppression({ body: [[valueCell(1)]], rowTotals: [], columnTotals: [valueCell(1)], grandTotal: valueCell(1) })).toThrow(RangeError);
  });
});
