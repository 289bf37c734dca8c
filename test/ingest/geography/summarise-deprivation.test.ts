import { describe, expect, it } from 'vitest';
import { rankFigures, roundHalfEven, summariseImd2015, summariseIod2019, type Iod2019Lsoa } from '../../../src/ingest/importers/deprivation/summarise-deprivation.ts';

describe('roundHalfEven', () => {
  it('rounds a tie to the even figure, as the published summaries (made in R) do', () => {
    expect(roundHalfEven(11992.25, 1)).toBe(11992.2);
    expect(roundHalfEven(11992.35, 1)).toBe(11992.4);
    expect(roundHalfEven(20 / 128, 4)).toBe(0.1562);
    expect(roundHalfEven(15 / 400, 3)).toBe(0.038);
    expect(roundHalfEven(45 / 400, 3)).toBe(0.112);
  });

  it('rounds everything else to the nearest figure', () => {
    expect(roundHalfEven(42.65308, 3)).toBe(42.653);
    expect(roundHalfEven(-3.051236, 5)).toBe(-3.05124);
    expect(roundHalfEven(0.30479, 4)).toBe(0.3048);
  });
});

describe('rankFigures', () => {
  it('ranks like a league table: ties share the better place and the next place is skipped', () => {
    const ranks = rankFigures(new Map([['a', 5], ['b', 9], ['c', 5], ['d', 1]]), { first: 'highest', decimals: 0 });
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, a: 2, c: 2, d: 4 });
  });

  it('compares the figures rounded as published, so 26.1971 and 26.1966 tie at 26.197', () => {
    const ranks = rankFigures(new Map([['E07000029', 26.1971], ['E09000005', 26.1966], ['E06000047', 26.215]]), { first: 'highest', decimals: 3 });
    expect(Object.fromEntries(ranks)).toEqual({ E06000047: 1, E07000029: 2, E09000005: 2 });
  });

  it('can put the lowest figure first', () => {
    const ranks = rankFigures(new Map([['a', 6079.74], ['b', 6079.66], ['c', 7000]]), { first: 'lowest', decimals: 1 });
    expect(Object.fromEntries(ranks)).toEqual({ a: 1, b: 1, c: 3 });
  });
});

describe('summariseImd2015', () => {
  const lsoas = [
    { district: 'E07000010', score: 40, rank: 100, decile: 1 },
    { district: 'E07000010', score: 20, rank: 5000, decile: 2 },
    { district: 'E07000010', score: 9, rank: 20000, decile: 7 },
    { district: 'E07000010', score: 11, rank: 18000, decile: 6 },
    { district: 'E06000009', score: 50, rank: 10, decile: 1 },
  ];

  it('takes unweighted means of score and rank, and the shares in deciles 1 and 1–2', () => {
    const [blackpool, fenland] = summariseImd2015(lsoas);
    expect(fenland).toEqual({
      district: 'E07000010', lsoas: 4, meanScore: 20, meanRank: 10775, shareMostDeprived10: 0.25, shareMostDeprived20: 0.5, rankOfMeanScore: 2,
    });
    expect(blackpool).toMatchObject({ district: 'E06000009', lsoas: 1, meanScore: 50, rankOfMeanScore: 1 });
  });

  it('returns districts in code order whatever the order of the LSOAs', () => {
    expect(summariseImd2015([...lsoas].reverse()).map((s) => s.district)).toEqual(['E06000009', 'E07000010']);
  });
});

describe('summariseIod2019', () => {
  const lsoa = (over: Partial<Iod2019Lsoa>): Iod2019Lsoa => ({ district: 'E06000009', population: 1000, children: 200, idaciNumerator: 50, imdRank: 1000, imdDecile: 1, ...over });

  it('divides the sum of numerators by the sum of children, a suppressed numerator counting as 0', () => {
    const [summary] = summariseIod2019([lsoa({ idaciNumerator: 60 }), lsoa({ idaciNumerator: null, children: 100 }), lsoa({ idaciNumerator: 30, children: 100 })]);
    expect(summary).toMatchObject({ children: 400, idaciNumerator: 90, suppressedLsoas: 1, idaciRate: 90 / 400 });
  });

  it('weights the IMD rank by population', () => {
    const [summary] = summariseIod2019([lsoa({ imdRank: 100, population: 3000 }), lsoa({ imdRank: 1000, population: 1000, imdDecile: 2 })]);
    expect(summary).toMatchObject({ population: 4000, populationWeightedAverageRank: (100 * 3000 + 1000 * 1000) / 4000, shareDecile1: 0.5 });
  });

  it('ranks the rate highest first and the average rank lowest first', () => {
    const summaries = summariseIod2019([
      lsoa({ district: 'E06000001', idaciNumerator: 20, imdRank: 30000 }),
      lsoa({ district: 'E06000002', idaciNumerator: 80, imdRank: 500 }),
    ]);
    expect(summaries.map((s) => [s.district, s.idaciRateRank, s.averageRankRank])).toEqual([['E06000001', 2, 2], ['E06000002', 1, 1]]);
  });

  it('gives no rate and no rank to a district without children', () => {
    const [summary] = summariseIod2019([lsoa({ children: 0, idaciNumerator: null })]);
    expect(summary).toMatchObject({ idaciRate: null, idaciRateRank: null });
  });
});
