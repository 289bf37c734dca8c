import { describe, expect, it } from 'vitest';
import { effectSizeRangeForMonths, monthsForEffectSize, type EffectSizeBand } from '../../../src/domain/evidence/index.ts';

// The EEF's published table (Teaching and Learning Toolkit, "effect size to months' progress").
const BANDS: EffectSizeBand[] = [
  [0, 0.05, 0], [0.06, 0.09, 1], [0.1, 0.18, 2], [0.19, 0.26, 3], [0.27, 0.35, 4], [0.36, 0.44, 5], [0.45, 0.52, 6],
  [0.53, 0.61, 7], [0.62, 0.69, 8], [0.7, 0.78, 9], [0.79, 0.87, 10], [0.88, 0.95, 11],
].map(([minEffect = 0, maxEffect = 0, months = 0]) => ({ minEffect, maxEffect, months }));
BANDS.push({ minEffect: 0.96, maxEffect: null, months: 12 });

describe('effect size and months of progress', () => {
  it('converts effect sizes to months by the published bands, edges included', () => {
    expect(monthsForEffectSize(0.4, BANDS)).toBe(5);
    expect(monthsForEffectSize(0.05, BANDS)).toBe(0);
    expect(monthsForEffectSize(0.06, BANDS)).toBe(1);
    expect(monthsForEffectSize(0.69, BANDS)).toBe(8);
    expect(monthsForEffectSize(1.4, BANDS)).toBe(12);
  });

  it('rounds to two decimals so values between published bands are not lost', () => {
    expect(monthsForEffectSize(0.055, BANDS)).toBe(1);
    expect(monthsForEffectSize(0.0549, BANDS)).toBe(0);
  });

  it('treats harmful approaches symmetrically', () => {
    expect(monthsForEffectSize(-0.2, BANDS)).toBe(-3);
    expect(effectSizeRangeForMonths(-3, BANDS)).toEqual({ min: -0.26, max: -0.19 });
  });

  it('gives the effect size range for a number of months, and null where none', () => {
    expect(effectSizeRangeForMonths(8, BANDS)).toEqual({ min: 0.62, max: 0.69 });
    expect(effectSizeRangeForMonths(12, BANDS)).toEqual({ min: 0.96, max: null });
    expect(effectSizeRangeForMonths(13, BANDS)).toBeNull();
  });
});
