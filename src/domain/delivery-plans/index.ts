export { checkMeasure, type MeasureProblem } from './check-measure.ts';
export { MEASURE_STATUSES, POLARITIES, STATUS_LABELS, type MeasureFigures, type MeasureStatus, type PeriodValue, type Polarity, type StatusOverride } from './measure.ts';
export { assessMeasure, AT_RISK_SHORTFALL, ON_TRACK_SHORTFALL, type StatusAssessment } from './measure-status.ts';
export { measureTrend, type TrendPoint } from './measure-trend.ts';
export { parsePeriod, type Period } from './period.ts';
export { parseStatusOverride } from './status-override.ts';
export { assessPlan, MEASURE_STATUS_COLUMNS, type AssessedMeasure, type PlanMeasure } from './assess-plan.ts';
export { planStatusByArea, PLAN_STATUS_COLUMNS, type AreaPlanStatus } from './plan-status-by-area.ts';
