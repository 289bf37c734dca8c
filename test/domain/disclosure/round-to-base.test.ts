import { describe, expect, it } from 'vitest';
import { LOW, NOT_AVAILABLE, roundCell, roundToBase, suppressedCell, valueCell } from '../../../src/domain/disclosure/index.ts';

describe('rounding to a base', () => {
  it('rounds to the nearest 5 by default', () => {
    expect([5, 7, 8, 9, 12, 13, 24].map((n) => roundToBase(n))).toEqual([5, 5, 10, 10, 10, 15, 25].map(valueCell));
  });

  it('rounds halves up with an even base', () => {
    expect(roundToBase(5, 10)).toEqual(valueCell(10));
    expect(roundToBase(4, 10)).toEqual(LOW);
    expect(roundToBase(15, 10)).toEqual(valueCell(20));
    expect(roundToBase(14, 10)).toEqual(valueCell(10));
  });

  it('keeps a true 0 as 0 but shows a positive count that rounds to 0 as low', () => {
    expect(roundToBase(0)).toEqual(valueCell(0));
    expect(roundToBase(1)).toEqual(LOW);
    expect(roundToBase(2)).toEqual(LOW);
    expect(roundToBase(3)).toEqual(valueCell(5));
  });

  it('leaves confidential, missing and low cells as they are', () => {
    expect(roundCell(suppressedCell('secondary'), 5)).toEqual(suppressedCell('secondary'));
    expect(roundCell(NOT_AVAILABLE, 5)).toEqual(NOT_AVAILABLE);
    expect(roundCell(LOW, 5)).toEqual(LOW);
    expect(roundCell(valueCell(8), 5)).toEqual(valueCell(10));
  });

  it('refuses a base below 1', () => {
    expect(() => roundToBase(7, 0)).toThrow('Expected a rounding base of 1 or more, got 0');
  });
});
