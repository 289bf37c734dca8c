import type { IndicatorDefinition, IndicatorValue } from '../indicators/write-indicators.ts';
import type { Imd2015DistrictSummary, Iod2019DistrictSummary } from './summarise-deprivation.ts';

const METHOD = 'Method: docs/methodology.md §6, "Geography and deprivation by district".';
const IMD2015_SOURCE =
  'Source: MHCLG, English Indices of Deprivation 2015, LSOA scores, ranks and deciles (OGL v3), with each LSOA\'s 2013–18 district.';
const IOD2019_SOURCE =
  'Source: MHCLG, English Indices of Deprivation 2019: IMD ranks and deciles, IDACI numerators (rounded and suppressed as published) ' +
  'and File 6 population denominators (mid-2015), by LSOA, with each LSOA\'s 2013–18 district (OGL v3).';

/** Period of the IMD 2015 figures, and of the IoD 2019 ones. */
export const IMD2015_PERIOD = '2015';
export const IOD2019_PERIOD = '2019';
/** The IoD 2019 denominators are mid-2015 population estimates. */
export const POPULATION_PERIOD = '2015';

export const IMD2015_INDICATORS = {
  meanScore: {
    code: 'imd2015_mean_lsoa_score',
    name: 'IMD 2015: mean LSOA score (unweighted)',
    unit: 'score',
    description: `Mean of the IMD 2015 scores of the district's LSOAs, each LSOA counting once: Σ score ÷ number of LSOAs. Higher is more deprived. Official district summaries weight by population; this does not. ${IMD2015_SOURCE} ${METHOD}`,
  },
  meanRank: {
    code: 'imd2015_mean_lsoa_rank',
    name: 'IMD 2015: mean LSOA rank (unweighted)',
    unit: 'rank',
    description: `Mean of the national IMD 2015 ranks of the district's LSOAs (1 = most deprived of 32,844), each LSOA counting once. ${IMD2015_SOURCE} ${METHOD}`,
  },
  share10: {
    code: 'imd2015_share_lsoas_most_deprived_10pc',
    name: 'IMD 2015: share of LSOAs in the most deprived 10% nationally',
    unit: 'proportion',
    description: `LSOAs in IMD 2015 decile 1 ÷ all the district's LSOAs (0 to 1). ${IMD2015_SOURCE} ${METHOD}`,
  },
  share20: {
    code: 'imd2015_share_lsoas_most_deprived_20pc',
    name: 'IMD 2015: share of LSOAs in the most deprived 20% nationally',
    unit: 'proportion',
    description: `LSOAs in IMD 2015 deciles 1 and 2 ÷ all the district's LSOAs (0 to 1). ${IMD2015_SOURCE} ${METHOD}`,
  },
  rankOfMeanScore: {
    code: 'imd2015_rank_of_mean_lsoa_score',
    name: 'IMD 2015: district rank of the mean LSOA score',
    unit: 'rank',
    description: `Rank of the district's unweighted mean LSOA score among the 326 districts of 2013–18, 1 = highest (most deprived), on the mean rounded to 3 places; equal figures share the better rank. ${IMD2015_SOURCE} ${METHOD}`,
  },
} as const satisfies Record<string, IndicatorDefinition>;

export const IOD2019_INDICATORS = {
  idaciRate: {
    code: 'idaci2019_rate_approx',
    name: 'IDACI 2019 (approximate): share of children 0–15 in income-deprived families',
    unit: 'proportion',
    description: `Σ IDACI numerators ÷ Σ children aged 0–15 over the district's LSOAs. Numerators are rounded to 5 and suppressed in small LSOAs as published; a suppressed numerator counts as 0 while its children stay in the denominator, so the rate slightly understates. Not the official IDACI score. ${IOD2019_SOURCE} ${METHOD}`,
  },
  idaciRateRank: {
    code: 'idaci2019_rank',
    name: 'IDACI 2019 (approximate): district rank',
    unit: 'rank',
    description: `Rank of the approximate IDACI rate among the districts, 1 = highest, on the rate rounded to 4 places; equal figures share the better rank. ${IOD2019_SOURCE} ${METHOD}`,
  },
  averageRank: {
    code: 'imd2019_pop_weighted_avg_rank',
    name: 'IMD 2019: population-weighted average LSOA rank',
    unit: 'rank',
    description: `Σ (LSOA IMD 2019 rank × LSOA population) ÷ Σ population, with mid-2015 populations; lower is more deprived. The official "average rank" measure uses the same formula. ${IOD2019_SOURCE} ${METHOD}`,
  },
  averageRankRank: {
    code: 'imd2019_rank_of_avg_rank',
    name: 'IMD 2019: district rank of the population-weighted average rank',
    unit: 'rank',
    description: `Rank of the population-weighted average LSOA rank among the districts, 1 = lowest (most deprived), on the average rounded to 1 place; equal figures share the better rank. ${IOD2019_SOURCE} ${METHOD}`,
  },
  shareDecile1: {
    code: 'imd2019_share_lsoas_most_deprived_10pc',
    name: 'IMD 2019: share of LSOAs in the most deprived 10% nationally',
    unit: 'proportion',
    description: `LSOAs in IMD 2019 decile 1 ÷ all the district's LSOAs (0 to 1). ${IOD2019_SOURCE} ${METHOD}`,
  },
  population: {
    code: 'population_mid2015',
    name: 'Population, mid-2015',
    unit: 'people',
    description: `Σ of the LSOAs' total population, mid-2015 (the IoD 2019 denominators). ${IOD2019_SOURCE} ${METHOD}`,
  },
  children: {
    code: 'children_0_15_mid2015',
    name: 'Children aged 0–15, mid-2015',
    unit: 'people',
    description: `Σ of the LSOAs' children aged 0–15, mid-2015 (the IDACI denominator). ${IOD2019_SOURCE} ${METHOD}`,
  },
} as const satisfies Record<string, IndicatorDefinition>;

/** The district figures of IMD 2015 as indicator values. */
export function imd2015IndicatorValues(summaries: readonly Imd2015DistrictSummary[]): IndicatorValue[] {
  const i = IMD2015_INDICATORS;
  return summaries.flatMap((s) =>
    (
      [
        [i.meanScore, s.meanScore],
        [i.meanRank, s.meanRank],
        [i.share10, s.shareMostDeprived10],
        [i.share20, s.shareMostDeprived20],
        [i.rankOfMeanScore, s.rankOfMeanScore],
      ] as const
    ).map(([indicator, value]) => ({ areaCode: s.district, indicatorCode: indicator.code, period: IMD2015_PERIOD, value })),
  );
}

/** The district figures of IoD 2019 as indicator values. */
export function iod2019IndicatorValues(summaries: readonly Iod2019DistrictSummary[]): IndicatorValue[] {
  const i = IOD2019_INDICATORS;
  return summaries.flatMap((s) =>
    (
      [
        [i.idaciRate, s.idaciRate, IOD2019_PERIOD],
        [i.idaciRateRank, s.idaciRateRank, IOD2019_PERIOD],
        [i.averageRank, s.populationWeightedAverageRank, IOD2019_PERIOD],
        [i.averageRankRank, s.averageRankRank, IOD2019_PERIOD],
        [i.shareDecile1, s.shareDecile1, IOD2019_PERIOD],
        [i.population, s.population, POPULATION_PERIOD],
        [i.children, s.children, POPULATION_PERIOD],
      ] as const
    ).map(([indicator, value, period]) => ({ areaCode: s.district, indicatorCode: indicator.code, period, value })),
  );
}
