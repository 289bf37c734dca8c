import { describe, expect, it } from 'vitest';
import {
  CELL_SYMBOL_MEANINGS,
  LOW,
  NOT_APPLICABLE,
  NOT_AVAILABLE,
  cellToCsv,
  cellToDisplay,
  cellToJson,
  suppressedCell,
  valueCell,
  type Cell,
} from '../../../src/domain/disclosure/index.ts';

const zero = valueCell(0);
const confidential = suppressedCell('primary');

describe('published cells', () => {
  it('keeps a zero, a confidential cell and a missing figure apart in JSON', () => {
    expect(cellToJson(zero)).toEqual({ value: 0 });
    // Primary and secondary look the same to a reader: the difference would point at the small count.
    expect(cellToJson(confidential)).toEqual({ value: null, symbol: 'c' });
    expect(cellToJson(suppressedCell('secondary'))).toEqual({ value: null, symbol: 'c' });
    expect(cellToJson(NOT_AVAILABLE)).toEqual({ value: null, symbol: 'x' });
    expect(cellToJson(NOT_APPLICABLE)).toEqual({ value: null, symbol: 'z' });
    expect(cellToJson(LOW)).toEqual({ value: null, symbol: 'low' });
    expect(JSON.stringify(cellToJson(valueCell(12)))).toBe('{"value":12}');
  });

  it('writes numbers as text and the bare GSS symbols in CSV', () => {
    const cells: Cell[] = [valueCell(12), zero, confidential, NOT_AVAILABLE, NOT_APPLICABLE, LOW, valueCell(12.5)];
    expect(cells.map(cellToCsv)).toEqual(['12', '0', 'c', 'x', 'z', 'low', '12.5']);
  });

  it('shows numbers with thousands separators and symbols in square brackets on screen', () => {
    const cells: Cell[] = [valueCell(1234), zero, confidential, NOT_AVAILABLE, NOT_APPLICABLE, LOW, valueCell(66.7)];
    expect(cells.map(cellToDisplay)).toEqual(['1,234', '0', '[c]', '[x]', '[z]', '[low]', '66.7']);
  });

  it('gives every symbol a meaning for the table key', () => {
    expect(CELL_SYMBOL_MEANINGS).toEqual({ c: 'confidential', x: 'not available', z: 'not applicable', low: 'a positive number that rounds to zero' });
  });

  it('refuses a number that is not finite', () => {
    expect(() => valueCell(Number.NaN)).toThrow(RangeError);
    expect(() => valueCell(Infinity)).toThrow('Expected a finite number for a cell, got Infinity');
  });
});
