import { describe, expect, it } from 'vitest';
import {
  LOW,
  NOT_APPLICABLE,
  NOT_AVAILABLE,
  calculateRate,
  suppressCount,
  suppressedCell,
  valueCell,
} from '../../../src/domain/disclosure/index.ts';

describe('primary suppression', () => {
  it('hides counts of 1 to 4 and shows 0 and 5 upwards', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 120].map((n) => suppressCount(n))).toEqual([
      valueCell(0),
      suppressedCell('primary'),
      suppressedCell('primary'),
      suppressedCell('primary'),
      suppressedCell('primary'),
      valueCell(5),
      valueCell(6),
      valueCell(120),
    ]);
  });

  it('uses the threshold given, and 1 turns suppression off', () => {
    expect(suppressCount(9, 10)).toEqual(suppressedCell('primary'));
    expect(suppressCount(10, 10)).toEqual(valueCell(10));
    expect(suppressCount(1, 1)).toEqual(valueCell(1));
  });

  it('marks a count that is not held as not available, not as zero or confidential', () => {
    expect(suppressCount(null)).toEqual(NOT_AVAILABLE);
  });

  it('refuses counts and thresholds that cannot be right', () => {
    expect(() => suppressCount(-1)).toThrow('Expected a count (a whole number, 0 or more), got -1');
    expect(() => suppressCount(2.5)).toThrow(RangeError);
    expect(() => suppressCount(3, 0)).toThrow('Expected a suppression threshold of 1 or more, got 0');
  });
});

describe('rates built on suppressed counts', () => {
  it('gives a percentage to one decimal place, rounding halves up', () => {
    expect(calculateRate(valueCell(12), valueCell(40))).toEqual(valueCell(30));
    expect(calculateRate(valueCell(1), valueCell(3))).toEqual(valueCell(33.3));
    expect(calculateRate(valueCell(1), valueCell(8))).toEqual(valueCell(12.5));
    expect(calculateRate(valueCell(1), valueCell(16))).toEqual(valueCell(6.3));
    expect(calculateRate(valueCell(7), valueCell(300), { scale: 1000, decimals: 0 })).toEqual(valueCell(23));
  });

  it('hides a rate whose numerator or denominator is confidential, keeping the strongest reason', () => {
    expect(calculateRate(suppressedCell('primary'), valueCell(40))).toEqual(suppressedCell('primary'));
    expect(calculateRate(valueCell(12), suppressedCell('secondary'))).toEqual(suppressedCell('secondary'));
    expect(calculateRate(suppressedCell('secondary'), suppressedCell('primary'))).toEqual(suppressedCell('primary'));
    expect(calculateRate(suppressedCell('primary'), NOT_AVAILABLE)).toEqual(suppressedCell('primary'));
  });

  it('says a rate is not available when a count is missing or only known to be low', () => {
    expect(calculateRate(NOT_AVAILABLE, valueCell(40))).toEqual(NOT_AVAILABLE);
    expect(calculateRate(valueCell(12), NOT_AVAILABLE)).toEqual(NOT_AVAILABLE);
    expect(calculateRate(LOW, valueCell(40))).toEqual(NOT_AVAILABLE);
  });

  it('says a rate out of nothing is not applicable, while 0 out of something is 0', () => {
    expect(calculateRate(valueCell(0), valueCell(0))).toEqual(NOT_APPLICABLE);
    expect(calculateRate(NOT_APPLICABLE, valueCell(10))).toEqual(NOT_APPLICABLE);
    expect(calculateRate(valueCell(0), valueCell(25))).toEqual(valueCell(0));
  });

  it('refuses a scale or precision that makes no sense', () => {
    expect(() => calculateRate(valueCell(1), valueCell(2), { scale: 0 })).toThrow('Expected a positive scale, got 0');
    expect(() => calculateRate(valueCell(1), valueCell(2), { decimals: 1.5 })).toThrow(RangeError);
  });
});
