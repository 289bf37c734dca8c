import { describe, expect, it } from 'vitest';
import { rollUpRates, rollUpShares } from '../../../src/domain/places/index.ts';

describe('rolling school figures up to an area', () => {
  it('weights each school’s rate by its pupils, never averaging rates', () => {
    const [area] = rollUpRates([
      { areaCode: 'A', denominator: 10, rate: 90 },
      { areaCode: 'A', denominator: 990, rate: 10 },
    ]);
    // The plain average of rates would be 50; 10 × 90 + 990 × 10 = 10,800 over 1,000 pupils is 10.8.
    expect(area).toEqual({ areaCode: 'A', value: 10.8, denominator: 1000, contributors: 2 });
  });

  it('leaves out schools with a withheld rate or no pupils, from both sums', () => {
    expect(rollUpRates([
      { areaCode: 'A', denominator: 100, rate: 40 },
      { areaCode: 'A', denominator: 50, rate: null },
      { areaCode: 'A', denominator: 0, rate: 99 },
      { areaCode: 'A', denominator: null, rate: 99 },
      { areaCode: 'B', denominator: 20, rate: null },
    ])).toEqual([{ areaCode: 'A', value: 40, denominator: 100, contributors: 1 }]);
  });

  it('builds a share from counts: Σ numerators over Σ denominators', () => {
    const [area] = rollUpShares([
      { areaCode: 'A', numerator: 30, denominator: 100 },
      { areaCode: 'A', numerator: 10, denominator: 300 },
      { areaCode: 'A', numerator: null, denominator: 500 },
    ]);
    expect(area?.value).toBeCloseTo(10, 10);
    expect(area?.denominator).toBe(400);
  });
});
