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

describe('the converter at every band edge of the EEF table', () => {
  const cents = (x: number) => Math.round(x * 100);
  for (const band of BANDS) {
    it(`gives ${band.months} months at ${band.minEffect}${band.maxEffect === null ? '+' : ` and ${band.maxEffect}`}, and the band back from the months`, () => {
      expect(monthsForEffectSize(band.minEffect, BANDS)).toBe(band.months);
      if (band.maxEffect !== null) {
        expect(monthsForEffectSize(band.maxEffect, BANDS)).toBe(band.months);
        // The next effect size up (one hundredth) is the next band's lower edge.
        expect(monthsForEffectSize((cents(band.maxEffect) + 1) / 100, BANDS)).toBe(band.months + 1);
      }
      if (band.minEffect > 0) expect(monthsForEffectSize((cents(band.minEffect) - 1) / 100, BANDS)).toBe(band.months - 1);
      if (band.months > 0) {
        expect(monthsForEffectSize(-band.minEffect, BANDS)).toBe(-band.months);
        if (band.maxEffect !== null) expect(monthsForEffectSize(-band.maxEffect, BANDS)).toBe(-band.months);
      }
      expect(effectSizeRangeForMonths(band.months, BANDS)).toEqual({ min: band.minEffect, max: band.maxEffect });
    });
  }

  it('covers every hundredth from 0 to 1.2 with months that never fall as the effect size rises', () => {
    let last = 0;
    for (let c = 0; c <= 120; c += 1) {
      const months = monthsForEffectSize(c / 100, BANDS);
      expect(months).not.toBeNull();
      expect(months ?? -1).toBeGreaterThanOrEqual(last);
      last = months ?? last;
    }
    expect(last).toBe(12);
  });
});
