import { describe, expect, it } from 'vitest';
import { formatPence, poundsTextToPence, poundsToPence, sumPence } from '../../../src/domain/shared/money.ts';

describe('money in pence', () => {
  it('converts pounds to whole pence without floating-point drift', () => {
    expect(poundsToPence(1_970_000)).toBe(197_000_000);
    expect(poundsToPence(0.1 + 0.2)).toBe(30);
  });

  it('formats pence the GOV.UK way, showing pence only when there are some', () => {
    expect(formatPence(7_200_000_000)).toBe('£72,000,000');
    expect(formatPence(98_000_050)).toBe('£980,000.50');
    expect(formatPence(-1_05)).toBe('-£1.05');
  });

  it('refuses amounts that are not whole pence', () => {
    expect(() => sumPence([1.5])).toThrow('Expected a whole number of pence');
    expect(() => sumPence([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it('reads pounds typed by people exactly, with commas only between groups of three (issue 23: "5,00.00" was £500)', () => {
    expect(poundsTextToPence('£1,250.5')).toBe(125_050);
    expect(poundsTextToPence('0.07')).toBe(7);
    expect(poundsTextToPence('1000000')).toBe(100_000_000);
    expect(['5,00.00', '50,0', '1,0000', '', '£', '1.999', '1e3', '0x10', '١٢'].map(poundsTextToPence)).toEqual(Array(9).fill(null));
  });
});
