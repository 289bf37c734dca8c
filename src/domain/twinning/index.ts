export type { TwinArea } from './area.ts';
export { buildFeatureMatrix, compareCodes, type FeatureColumn, type FeatureMatrix } from './feature-matrix.ts';
export { squaredDistance, weightedDistance } from './weighted-distance.ts';
export { explainCloseness, roundContributions, type IndicatorContribution } from './explain-closeness.ts';
export { CLOSENESS_BANDS, bandLimits, closenessOf, type BandLimits, type Closeness } from './closeness-bands.ts';
export { DEFAULT_NEIGHBOURS, findNeighbours, findNeighboursOf, nearestIndices, type AreaNeighbours, type Neighbour, type NeighbourOptions, type NeighbourResult } from './find-neighbours.ts';
export { rollUpToUpperTier, type DistrictFigure } from './roll-up-to-upper-tier.ts';
export { recipeFromWeights } from './recipe-from-weights.ts';
export { greedyAssignment, solveAssignment } from './solve-assignment.ts';
export { pairOpportunityAreas, type OpportunityAreaGroup, type PairingResult, type TwinPairing } from './pair-opportunity-areas.ts';
export {
  DEFAULT_SCHOOL_FEATURES,
  DEFAULT_SIMILAR_COUNT,
  layOutPhase,
  similarSchools,
  similarSchoolsByScan,
  type PhaseLayout,
  type SchoolFeatureSpec,
  type SchoolForComparison,
  type SimilarSchool,
  type SimilarSchoolsOptions,
} from './similar-schools.ts';
export { quartilePosition } from './quartile-position.ts';
export {
  SCHOOL_FEATURES,
  SIMILAR_SCHOOL_COLUMNS,
  describeSchool,
  similarSchoolReport,
  type DescribedSchool,
  type SchoolRecord,
  type SimilarSchoolRow,
} from './similar-school-report.ts';
export { diffNeighbourSets, type ListChange, type SavedList } from './diff-neighbour-sets.ts';
export { DISTANCE_PLACES, differsMostOn, neighbourCsvColumns, shownNeighbour, type NeighbourRow, type ShownNeighbour } from './shown-neighbour.ts';
export { compareNeighbourLists, type ListOverlap, type OverlapSummary } from './compare-neighbour-lists.ts';
export { TWIN_TIERS, type TwinTier } from './tiers.ts';
