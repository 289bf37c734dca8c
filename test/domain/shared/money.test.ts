import { describe, expect, it } from 'vitest';
import { formatPence, poundsToPence, sumPence } from '../../../src/domain/shared/money.ts';

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
});
