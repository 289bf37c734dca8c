/**
 * District figures from LSOA deprivation data: pure arithmetic, no I/O. The formulas, and why ranks are
 * taken on rounded figures, are in docs/methodology.md §6.3–§6.5.
 */

export interface Imd2015Lsoa {
  readonly district: string;
  readonly score: number;
  readonly rank: number;
  readonly decile: number;
}

export interface Imd2015DistrictSummary {
  readonly district: string;
  readonly lsoas: number;
  /** Unweighted mean of the LSOAs' IMD scores. */
  readonly meanScore: number;
  /** Unweighted mean of the LSOAs' national ranks (1 = most deprived). */
  readonly meanRank: number;
  /** Share of the district's LSOAs in the most deprived 10% nationally (decile 1). */
  readonly shareMostDeprived10: number;
  /** Share in the most deprived 20% (deciles 1 and 2). */
  readonly shareMostDeprived20: number;
  /** 1 = the highest mean score (most deprived) of the districts summarised, on the mean rounded to 3 places. */
  readonly rankOfMeanScore: number;
}

export interface Iod2019Lsoa {
  readonly district: string;
  readonly population: number;
  readonly children: number;
  /** Children in income-deprived families; null where the source suppressed it (counted as 0). */
  readonly idaciNumerator: number | null;
  readonly imdRank: number;
  readonly imdDecile: number;
}

export interface Iod2019DistrictSummary {
  readonly district: string;
  readonly lsoas: number;
  readonly suppressedLsoas: number;
  readonly population: number;
  readonly children: number;
  readonly idaciNumerator: number;
  /** Σ numerators ÷ Σ children 0–15, suppressed numerators as 0; null when there are no children. */
  readonly idaciRate: number | null;
  /** Σ (IMD rank × population) ÷ Σ population; null when there are no people. */
  readonly populationWeightedAverageRank: number | null;
  /** Share of the district's LSOAs in IMD 2019 decile 1. */
  readonly shareDecile1: number;
  /** 1 = the highest IDACI rate, on the rate rounded to 4 places. */
  readonly idaciRateRank: number | null;
  /** 1 = the lowest (most deprived) average rank, on the average rounded to 1 place. */
  readonly averageRankRank: number | null;
}

export interface RankOptions {
  /** Which end is rank 1. */
  readonly first: 'highest' | 'lowest';
  /** Rank the figures as published, rounded to this many decimal places, so equal published figures tie. */
  readonly decimals: number;
}

/**
 * Rounds to `decimals` places as the published summaries do (R's `round`): a value halfway between two
 * figures goes to the even one. `roundHalfEven(11992.25, 1)` → 11992.2; `roundHalfEven(0.0375, 3)` → 0.038.
 */
export function roundHalfEven(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = value * factor;
  const floor = Math.floor(scaled);
  // Within a hair of .5 counts as a tie: 0.0375 is stored a little under, but is published as a tie.
  const tie = Math.abs(scaled - floor - 0.5) < 1e-9;
  return (tie ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(scaled)) / factor;
}

/**
 * Ranks figures as a league table does: ties share the best place and the next place is skipped
 * ("1, 2, 2, 4"), comparing the figures rounded to `decimals` places as published.
 * `rankFigures(new Map([['a', 26.1971], ['b', 26.1966], ['c', 30]]), { first: 'highest', decimals: 3 })`
 * → c 1, a 2, b 2 (both 26.197).
 */
export function rankFigures(figures: ReadonlyMap<string, number>, options: RankOptions): Map<string, number> {
  const rounded = [...figures].map(([key, value]) => [key, roundHalfEven(value, options.decimals)] as const);
  const sorted = rounded.map(([, value]) => value).sort((a, b) => (options.first === 'highest' ? b - a : a - b));
  // The rank of a figure is 1 + how many figures come strictly before it: the index of its first occurrence.
  const firstIndex = new Map<number, number>();
  sorted.forEach((value, index) => {
    if (!firstIndex.has(value)) firstIndex.set(value, index);
  });
  return new Map(rounded.map(([key, value]) => [key, (firstIndex.get(value) ?? 0) + 1]));
}

function groupByDistrict<T extends { readonly district: string }>(lsoas: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const lsoa of lsoas) {
    const group = groups.get(lsoa.district);
    if (group === undefined) groups.set(lsoa.district, [lsoa]);
    else group.push(lsoa);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

/**
 * IMD 2015 by district from its LSOAs: unweighted means of score and rank, the shares in the most deprived
 * 10% and 20%, and the district's rank among those given. For Blackpool's 94 LSOAs: mean score 42.653,
 * mean rank 6992.7, 38.3% in the most deprived 10%, rank 1 of 326.
 */
export function summariseImd2015(lsoas: readonly Imd2015Lsoa[]): Imd2015DistrictSummary[] {
  const summaries = [...groupByDistrict(lsoas)].map(([district, group]) => ({
    district,
    lsoas: group.length,
    meanScore: sum(group.map((l) => l.score)) / group.length,
    meanRank: sum(group.map((l) => l.rank)) / group.length,
    shareMostDeprived10: group.filter((l) => l.decile === 1).length / group.length,
    shareMostDeprived20: group.filter((l) => l.decile <= 2).length / group.length,
  }));
  const ranks = rankFigures(new Map(summaries.map((s) => [s.district, s.meanScore])), { first: 'highest', decimals: 3 });
  return summaries.map((s) => ({ ...s, rankOfMeanScore: ranks.get(s.district) ?? 0 }));
}

/**
 * IoD 2019 by district from its LSOAs: the approximate IDACI rate (Σ numerators ÷ Σ children, a suppressed
 * numerator counting as 0), the population-weighted average IMD rank, the share of LSOAs in decile 1, and
 * ranks of the first two among the districts given. Blackpool: rate 7,740 ÷ 25,394 = 0.3048, average
 * rank 6079.7.
 */
export function summariseIod2019(lsoas: readonly Iod2019Lsoa[]): Iod2019DistrictSummary[] {
  const summaries = [...groupByDistrict(lsoas)].map(([district, group]) => {
    const population = sum(group.map((l) => l.population));
    const children = sum(group.map((l) => l.children));
    const idaciNumerator = sum(group.map((l) => l.idaciNumerator ?? 0));
    return {
      district,
      lsoas: group.length,
      suppressedLsoas: group.filter((l) => l.idaciNumerator === null).length,
      population,
      children,
      idaciNumerator,
      idaciRate: children === 0 ? null : idaciNumerator / children,
      populationWeightedAverageRank: population === 0 ? null : sum(group.map((l) => l.imdRank * l.population)) / population,
      shareDecile1: group.filter((l) => l.imdDecile === 1).length / group.length,
    };
  });
  const figures = (pick: (s: (typeof summaries)[number]) => number | null) =>
    new Map(summaries.flatMap((s) => {
      const value = pick(s);
      return value === null ? [] : [[s.district, value] as const];
    }));
  const rateRanks = rankFigures(figures((s) => s.idaciRate), { first: 'highest', decimals: 4 });
  const averageRanks = rankFigures(figures((s) => s.populationWeightedAverageRank), { first: 'lowest', decimals: 1 });
  return summaries.map((s) => ({ ...s, idaciRateRank: rateRanks.get(s.district) ?? null, averageRankRank: averageRanks.get(s.district) ?? null }));
}
