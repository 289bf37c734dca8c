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
export {
  checkEvidenceRule,
  DEFAULT_EVIDENCE_RULE,
  describeEvidence,
  formatPupilShare,
  meetsEvidenceRule,
  pupilShareOf,
  rollUpWithEvidence,
  summariseEvidence,
  type EvidenceBasis,
  type EvidenceSummary,
  type EvidencedFigure,
  type EvidencedSchool,
  type EvidenceRule,
} from './evidence-rule.ts';
export { describeLeftOut, leftOut, nationalLeftOut, NO_DISTRICT_LABEL, type LeftOut, type LeftOutReason, type LeftOutWording } from './left-out.ts';
export { SCHOOL_KINDS, schoolKindOf, type SchoolKind } from './school-kind.ts';
export { geometryAreaKm2, type AreaGeometry } from './geometry-area.ts';
