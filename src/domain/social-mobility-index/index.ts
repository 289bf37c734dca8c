export {
  COMBINE_RULES,
  MISSING_RULES,
  POLARITIES,
  RECIPE_DEFAULTS,
  TRANSFORMS,
  bandCount,
  type Banding,
  type CombineRule,
  type IndicatorSpec,
  type MissingRule,
  type Polarity,
  type Recipe,
  type StageSpec,
  type Transform,
} from './recipe.ts';
export { formatRecipeProblem, validateRecipe, type RecipeProblem } from './validate-recipe.ts';
export { percentileRanks, zScores } from './transform-indicator.ts';
export { rankScores, spotCount, type Ranking } from './rank-scores.ts';
export type { ExcludedArea, IndicatorValue } from './prepare-index.ts';
export { bandOf, computeIndex, type IndexResult, type IndexedArea } from './compute-index.ts';
export { describeDrivers, explainArea, type AreaExplanation, type Contribution } from './explain-area.ts';
export { seededRandom } from './seeded-random.ts';
export { nearestRankPercentile, rankStability, type AreaStability, type StabilityOptions } from './rank-stability.ts';
export { averageRanks, spearmanRho } from './spearman.ts';
export { BAND_SHARES, selectAreas, type BandName, type SelectionArea, type SelectionDecision, type SelectionOptions } from './select-areas.ts';
export { rankWithIntervals, rankWithIntervalsInSteps, rankedAreaCsvColumns, type RankedArea, type RankedIndex } from './rank-with-intervals.ts';
export { compareRankings, type RankedPlace, type RankingChange } from './compare-rankings.ts';
export { prepareIndex, type PreparedIndex } from './prepare-index.ts';
export { choosePublishedRanks, type PublishedRankRow, type PublishedRanks, type PublishedRanksProblem, type PublishedYearSource } from './published-ranks.ts';
