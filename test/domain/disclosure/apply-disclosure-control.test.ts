import { describe, expect, it } from 'vitest';
import {
  NOT_AVAILABLE,
  applyDisclosureControl,
  protectLinkedCounts,
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

describe('protecting linked counts on their own', () => {
  it('treats a total hidden by an earlier pass as a cell of every line it is in', () => {
    // One row, 20 + 30, whose total an earlier pass hid: the shown cells would give it away, so 20 goes too.
    const result = protectLinkedCounts(
      { inner: [20, 30], cells: [[0], [1], [0, 1]], relations: [{ total: 2, parts: [0, 1] }], blocks: [[0, 1]] },
      { locked: new Map([[2, 'primary']]) },
    );
    expect(result.cells).toEqual([suppressedCell('secondary'), valueCell(30), suppressedCell('primary')]);
    expect(result.unprotected).toEqual([]);
  });

  it('leaves a line alone when its only unknown is a missing figure, which is not confidential', () => {
    const result = protectLinkedCounts({ inner: [null, 8], cells: [[0], [1], [0, 1]], relations: [{ total: 2, parts: [0, 1] }], blocks: [[0, 1]] });
    expect(result.cells).toEqual([NOT_AVAILABLE, valueCell(8), NOT_AVAILABLE]);
  });

  it('refuses a line whose parts do not add up to its total', () => {
    expect(() => protectLinkedCounts({ inner: [1, 2], cells: [[0], [1], [0]], relations: [{ total: 2, parts: [0, 1] }], blocks: [] })).toThrow(RangeError);
  });
});
