export { EARTH_RADIUS_METRES, haversineMetres, type LatLon } from './haversine.ts';
export {
  DEFAULT_HIGH_NEED_SCORE,
  DEFAULT_NEED_WEIGHTS,
  NEED_COMPONENTS,
  computeNeedScores,
  validateNeedWeights,
  type NeedComponent,
  type NeedInput,
  type NeedPart,
  type NeedScore,
  type NeedWeights,
} from './need-score.ts';
export { summariseAssignment, type Assignment, type AssignmentProblem } from './assignment.ts';
export { assignGreedy } from './assign-greedy.ts';
export { assignOptimal } from './assign-optimal.ts';
export { assignSchoolsToHubs, distanceProblem, type Hub, type HubAssignment, type PlacedSchool, type SchoolsToHubs } from './assign-schools-to-hubs.ts';
export {
  assignWithinReach,
  DEFAULT_HUB_CAPACITY,
  DEFAULT_REACH_METRES,
  type HubLimits,
  type ReachAssignment,
  type ReachHub,
  type ReachOptions,
  type ReachSchool,
  type ReachStatus,
  type SchoolsWithinReach,
} from './assign-within-reach.ts';
export { computeReach, farFromAnyHub, type ReachFigures, type ReachInput } from './reach.ts';
export {
  ATTENDANCE_ROLES,
  EMBEDDED_AFTER_DAYS,
  ENGAGEMENT_LEVELS,
  EVENT_KINDS,
  engagementHistory,
  levelRank,
  type AttendanceRole,
  type EngagementChange,
  type EngagementLevel,
  type EngagementRecord,
  type EventKind,
} from './engagement.ts';
export { engagementFunnels, type Funnel, type FunnelStage } from './funnel.ts';
export { describeNetwork, type NetworkOptions, type NetworkSchoolInput, type NetworkSchoolView, type NetworkView } from './describe-network.ts';
export { hubDistrictsLeftOut, networkLeftOut, type NetworkLeftOut } from './network-left-out.ts';
export { hubAssignmentColumns, intermediaryColumns, intermediarySchoolColumns, needScoreColumns, type NamedSchool } from './table-columns.ts';
export {
  PROGRAMME_FORMATS,
  planCostPence,
  type Attendance,
  type EngagementUpdate,
  type EvidencePlan,
  type GuidanceReport,
  type NetworkEvent,
  type ProgrammeFormat,
  type TrainingProgramme,
} from './records.ts';
export { schoolEngagements, type SchoolEngagement } from './school-engagement.ts';
export { reachByNeed, type NeedBand, type ReachByNeedRow } from './reach-by-need.ts';
export { hubReport, type HubReport, type HubSchool } from './hub-report.ts';
export { splitPence, strandInvestment, type StrandInvestment } from './strand-investment.ts';
export {
  coordinatesProblem,
  placementReasonProblem,
  readPlacementInput,
  type HubPlacement,
  type HubPlacementRequest,
  type PlacementInput,
  type PlacementInputProblem,
} from './hub-placement.ts';
export {
  INTERMEDIARY_KINDS,
  intermediaryOf,
  intermediarySchools,
  schoolsOfIntermediary,
  summariseIntermediaries,
  type IntermediaryInput,
  type IntermediaryKind,
  type IntermediarySchool,
  type IntermediarySummary,
} from './intermediaries.ts';
export { hubsServingSchool, SERVED_WITHIN_METRES, type ServedSchoolInput, type ServingHubInput } from './hubs-serving-school.ts';
export { checkEvidencePlan, MAX_COST_PER_PUPIL_PENCE, MAX_PLAN_COST_PENCE, type PlanFieldProblem } from './check-evidence-plan.ts';
export { approximateHubLocation, type ApproximateLocation, type ApproximateLocationInput } from './approximate-hub-location.ts';
