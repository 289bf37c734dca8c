/** Whether a bigger figure is better (attainment) or worse (the share of young people not in education or work). */
export type Polarity = 'higher_is_better' | 'lower_is_better';
export const POLARITIES: readonly Polarity[] = ['higher_is_better', 'lower_is_better'];

export type MeasureStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data';
export const MEASURE_STATUSES: readonly MeasureStatus[] = ['on_track', 'at_risk', 'off_track', 'no_data'];

export const STATUS_LABELS: Readonly<Record<MeasureStatus, string>> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  no_data: 'No data',
};

/** A figure for one period: a baseline, a target or an actual. */
export interface PeriodValue {
  readonly period: string;
  readonly value: number;
}

/** A status chosen by hand instead of the rule's; only ever with a reason, shown beside the rule's status. */
export interface StatusOverride {
  readonly status: Exclude<MeasureStatus, 'no_data'>;
  readonly reason: string;
}

/** What the status rule needs of a measure. */
export interface MeasureFigures {
  readonly polarity: Polarity;
  readonly baseline: PeriodValue;
  readonly targets: readonly PeriodValue[];
  /** Actuals in any order; a period without a figure is simply absent. */
  readonly actuals: readonly PeriodValue[];
  readonly override?: StatusOverride | null;
}
