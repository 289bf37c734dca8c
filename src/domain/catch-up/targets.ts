import { err, ok, type Result } from '../shared/result.ts';

/**
 * What an area or school can set a tutoring target for (issue 20: "65% of tutees pupil premium", "15 hours
 * per course"). Both are met at or above the target.
 */
export const TUTORING_TARGET_MEASURES = {
  'disadvantaged-tutees-pct': { label: 'Tutees who are disadvantaged (pupil premium or FSM)', unit: '%' },
  'hours-per-course': { label: 'Hours of tutoring per course started', unit: 'hours' },
} as const;
export type TutoringTargetMeasure = keyof typeof TUTORING_TARGET_MEASURES;

export function parseTargetMeasure(raw: string): Result<TutoringTargetMeasure, string> {
  const name = raw.trim().toLowerCase();
  return Object.hasOwn(TUTORING_TARGET_MEASURES, name) ? ok(name as TutoringTargetMeasure) : err(`The measure must be one of ${Object.keys(TUTORING_TARGET_MEASURES).join(', ')}`);
}

/** Refuses a target outside what the measure can be: a percentage from 0 to 100, hours above 0 up to 1,000. */
export function checkTargetValue(measure: TutoringTargetMeasure, value: number): Result<number, string> {
  if (!Number.isFinite(value)) return err('A target is a number');
  if (measure === 'disadvantaged-tutees-pct') return value >= 0 && value <= 100 ? ok(value) : err('A percentage target is from 0 to 100');
  return value > 0 && value <= 1000 ? ok(value) : err('An hours target is above 0 and at most 1,000');
}

export type TargetStatus = 'met' | 'not met' | 'no data';

/** `met` when the figure is at or above the target; `no data` without a figure. */
export function assessTutoringTarget(actual: number | null, target: number): TargetStatus {
  if (actual === null) return 'no data';
  return actual >= target ? 'met' : 'not met';
}

/** The measure's figure from a group's tutoring figures, in the target's unit: a share as a percentage to one decimal place. */
export function targetFigure(measure: TutoringTargetMeasure, group: { readonly tuteesDisadvantagedShare: number | null; readonly hoursPerCourse: number | null }): number | null {
  const value = measure === 'disadvantaged-tutees-pct' ? (group.tuteesDisadvantagedShare === null ? null : group.tuteesDisadvantagedShare * 100) : group.hoursPerCourse;
  return value === null ? null : Math.round(value * 10) / 10;
}
