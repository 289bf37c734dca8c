import type { CsvColumn } from '../shared/csv.ts';
import { STATUS_LABELS, type MeasureFigures, type PeriodValue, type Polarity } from './measure.ts';
import { assessMeasure, type StatusAssessment } from './measure-status.ts';
import { measureTrend, type TrendPoint } from './measure-trend.ts';

/** A measure as a plan lists it: where it sits, what it is, and its figures. */
export interface PlanMeasure extends MeasureFigures {
  readonly areaId: string;
  readonly areaName: string;
  readonly priority: { readonly title: string; readonly theme: string };
  readonly objective: string;
  readonly code: string;
  readonly name: string;
  readonly definition: string;
  readonly unit: string;
  readonly polarity: Polarity;
}

export interface AssessedMeasure<M extends PlanMeasure = PlanMeasure> {
  readonly measure: M;
  readonly assessment: StatusAssessment;
  readonly trend: readonly TrendPoint[];
}

/** Each measure with its status by the rule (methodology §13) and its trend. */
export function assessPlan<M extends PlanMeasure>(measures: readonly M[]): AssessedMeasure<M>[] {
  return measures.map((measure) => ({ measure, assessment: assessMeasure(measure), trend: measureTrend(measure.actuals, measure.polarity) }));
}

const round = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const figure = (value: PeriodValue | null, part: 'value' | 'period') => (value === null ? null : value[part]);

/** The columns of a measure-status table, for CSV and XLSX downloads and the CLI. */
export const MEASURE_STATUS_COLUMNS: readonly CsvColumn<AssessedMeasure>[] = [
  { header: 'area', value: (r) => r.measure.areaId },
  { header: 'area_name', value: (r) => r.measure.areaName },
  { header: 'theme', value: (r) => r.measure.priority.theme },
  { header: 'priority', value: (r) => r.measure.priority.title },
  { header: 'objective', value: (r) => r.measure.objective },
  { header: 'measure', value: (r) => r.measure.code },
  { header: 'measure_name', value: (r) => r.measure.name },
  { header: 'unit', value: (r) => r.measure.unit },
  { header: 'polarity', value: (r) => r.measure.polarity },
  { header: 'baseline_period', value: (r) => r.measure.baseline.period },
  { header: 'baseline', value: (r) => r.measure.baseline.value },
  { header: 'latest_period', value: (r) => figure(r.assessment.latest, 'period') },
  { header: 'latest', value: (r) => figure(r.assessment.latest, 'value') },
  { header: 'target_period', value: (r) => figure(r.assessment.target, 'period') },
  { header: 'target', value: (r) => figure(r.assessment.target, 'value') },
  { header: 'progress_pct', value: (r) => round(r.assessment.progress) },
  { header: 'time_elapsed_pct', value: (r) => round(r.assessment.elapsed) },
  { header: 'status', value: (r) => STATUS_LABELS[r.assessment.status] },
  { header: 'rule_status', value: (r) => STATUS_LABELS[r.assessment.ruleStatus] },
  { header: 'override_reason', value: (r) => r.assessment.override?.reason ?? null },
];
