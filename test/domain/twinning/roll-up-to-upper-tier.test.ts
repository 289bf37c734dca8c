import { describe, expect, it } from 'vitest';
import { rollUpToUpperTier } from '../../../src/domain/twinning/index.ts';

describe('rolling district figures up to upper-tier authorities', () => {
  it('sums numerators and denominators, never averaging the districts’ rates', () => {
    const names = new Map([['E10000003', 'Cambridgeshire'], ['E06000009', 'Blackpool']]);
    const rolled = rollUpToUpperTier(
      [
        // Fenland: 300 of 1,000 = 30%; East Cambridgeshire: 300 of 3,000 = 10%. Cambridgeshire: 600 of 4,000 = 15%, not 20%.
        { districtCode: 'E07000010', upperTierCode: 'E10000003', indicatorCode: 'fsm', value: 30, denominator: 1000 },
        { districtCode: 'E07000009', upperTierCode: 'E10000003', indicatorCode: 'fsm', value: 10, denominator: 3000 },
        { districtCode: 'E07000011', upperTierCode: 'E10000003', indicatorCode: 'fsm', value: null, denominator: 500 },
        { districtCode: 'E06000009', upperTierCode: 'E06000009', indicatorCode: 'fsm', value: 40, denominator: 800 },
        { districtCode: 'E06000009', upperTierCode: 'E06000009', indicatorCode: 'a8', value: 38.5, denominator: null },
      ],
      names,
    );
    expect(rolled).toEqual([
      { areaCode: 'E10000003', areaName: 'Cambridgeshire', indicatorCode: 'fsm', value: 15 },
      { areaCode: 'E06000009', areaName: 'Blackpool', indicatorCode: 'fsm', value: 40 },
    ]);
  });
});
