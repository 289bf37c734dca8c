export { AREA_KINDS, type Area, type AreaKind } from './area.ts';
export { educationAuthorityCodeOf } from './education-authority.ts';
export { PUBLISHED_AREAS } from './published-areas.ts';
export { rollUpRates, rollUpShares, type RateContribution, type RolledUpRate } from './roll-up-rates.ts';
export {
  checkImputation,
  compareExactRules,
  createDistrictLocator,
  describePlacement,
  EXACT_RULES,
  isOpenStateFunded,
  isPlacementRule,
  isStateFundedSchool,
  PLACEMENT_COLUMNS,
  PLACEMENT_RULES,
  placeSchools,
  postcodeSectorOf,
  summarisePlacement,
  type DistrictGeometry,
  type ExactRulesComparison,
  type ImputationCheck,
  type PlacedSchool,
  type Placement,
  type PlacementEvidence,
  type PlacementGeography,
  type PlacementRule,
  type PlacementSummary,
} from './placement/index.ts';
