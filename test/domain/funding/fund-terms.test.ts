import { describe, expect, it } from 'vitest';
import { checkProfile, computeVariance, fundersOf, PUBLISHED_FUNDS, type Fund } from '../../../src/domain/funding/index.ts';

const fund = (id: string): Fund => {
  const found = PUBLISHED_FUNDS.find((f) => f.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

describe('fundersOf', () => {
  it('gives the research-school money’s two funders their published contributions and shares', () => {
    expect(fundersOf(fund('research-schools-2017'), PUBLISHED_FUNDS)).toEqual([
      { funder: 'Education Endowment Foundation', amountPence: 200_000_000, percent: 57.14 },
      { funder: 'Department for Education', amountPence: 150_000_000, percent: 42.86 },
    ]);
  });

  it('gives a fund with no contribution pots its own funder for the whole amount', () => {
    expect(fundersOf(fund('opportunity-areas-2017-2020'), PUBLISHED_FUNDS)).toEqual([{ funder: 'Department for Education', amountPence: 7_200_000_000, percent: 100 }]);
  });

  it('keeps the published conditions on the ring-fenced pots', () => {
    expect(fund('twinning-2020-21').conditions).toBe('Ring-fenced to twin each Opportunity Area with places facing similar challenges');
    expect(fund('teaching-leadership-innovation-fund-npqs').conditions).toBe('For National Professional Qualifications');
  });
});

describe('checkProfile', () => {
  const programme = fund('opportunity-areas-2017-2020');

  it('accepts years of the fund that add up to it exactly, and an empty profile', () => {
    expect(checkProfile(programme, [
      { period: '2017/18', amountPence: 2_000_000_000 },
      { period: '2018/19', amountPence: 2_600_000_000 },
      { period: '2019/20', amountPence: 2_600_000_000 },
    ])).toEqual([]);
    expect(checkProfile(programme, [])).toEqual([]);
  });

  it('names every problem: a year outside the fund, a year twice, a total a penny out', () => {
    expect(checkProfile(programme, [
      { period: '2016/17', amountPence: 1 },
      { period: '2018/19', amountPence: 3_600_000_000 },
      { period: '2018/19', amountPence: 3_599_999_998 },
    ])).toEqual([
      '2016/17 is not one of the fund\u2019s years (2017/18, 2018/19, 2019/20)'.replace('\u2019', "'"),
      '2018/19 is given more than once',
      'The years add up to 7199999999p but the fund is 7200000000p: they must add up exactly',
    ]);
  });
});

describe('computeVariance with a profile', () => {
  it('plans each allocation by year in the fund’s proportions, pennies by largest remainder', () => {
    // £6m of a fund profiled 20 : 26 : 26. Exact: 166,666,666.67p, 216,666,666.67p twice; two pennies over,
    // equal remainders, so the larger measures (the two 26s) take them.
    const { byPeriod } = computeVariance({
      allocations: [{ recipient: 'blackpool', amountPence: 600_000_000 }],
      spend: [],
      years: ['2017/18', '2018/19', '2019/20'],
      profile: [
        { period: '2017/18', amountPence: 2_000_000_000 },
        { period: '2018/19', amountPence: 2_600_000_000 },
        { period: '2019/20', amountPence: 2_600_000_000 },
      ],
      today: '2020-11-25',
    });
    expect(byPeriod.map((r) => [r.period, r.plannedPence])).toEqual([
      ['2017/18', 166_666_666],
      ['2018/19', 216_666_667],
      ['2019/20', 216_666_667],
    ]);
  });

  it('plans evenly when the profile is empty', () => {
    const { byPeriod } = computeVariance({ allocations: [{ recipient: 'a', amountPence: 600_000_000 }], spend: [], years: ['2017/18', '2018/19', '2019/20'], profile: [], today: '2020-11-25' });
    expect(byPeriod.map((r) => r.plannedPence)).toEqual([200_000_000, 200_000_000, 200_000_000]);
  });
});
