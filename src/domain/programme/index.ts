export type { OpportunityArea, PartnershipBoard, ResearchSchool, Wave } from './types.ts';
export {
  PUBLISHED_OPPORTUNITY_AREAS,
  PUBLISHED_PARTNERSHIP_BOARDS,
  PUBLISHED_RESEARCH_SCHOOLS,
} from './published-programme.ts';
export {
  describeOpportunityArea,
  summariseOpportunityAreas,
  type AreaRef,
  type DistrictDescription,
  type OpportunityAreaDescription,
  type OpportunityAreaSummary,
  type RegisterFacts,
} from './describe-opportunity-areas.ts';
