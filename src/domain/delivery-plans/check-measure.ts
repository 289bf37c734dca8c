import type { PeriodValue, Polarity } from './measure.ts';
import { parsePeriod, type Period } from './period.ts';

/** Something wrong with a measure's baseline and targets: which figure, and why. */
export interface MeasureProblem {
  readonly field: 'baseline_period' | 'period' | 'target';
  readonly period: string | null;
  readonly reason: string;
}

/**
 * Checks that a measure's figures can be judged by the status rule: periods readable and of the
 * baseline's kind, targets after the baseline, and each target no worse than the baseline for the
 * measure's polarity (a plan never aims to get worse).
 */
export function checkMeasure(measure: { polarity: Polarity; baseline: PeriodValue; targets: readonly PeriodValue[]; actualPeriods: readonly string[] }): MeasureProblem[] {
  const problems: MeasureProblem[] = [];
  const baseline = parsePeriod(measure.baseline.period);
  if (!baseline.ok) return [{ field: 'baseline_period', period: measure.baseline.period, reason: baseline.error }];
  const sameKind = (period: string): Period | null => {
    const parsed = parsePeriod(period);
    if (!parsed.ok) {
      problems.push({ field: 'period', period, reason: parsed.error });
      return null;
    }
    if (parsed.value.kind !== baseline.value.kind) {
      problems.push({ field: 'period', period, reason: `The baseline is for ${baseline.value.label}: give every period of a measure in the same form` });
      return null;
    }
    return parsed.value;
  };
  for (const period of measure.actualPeriods) sameKind(period);
  for (const target of measure.targets) {
    const at = sameKind(target.period);
    if (at === null) continue;
    if (at.position <= baseline.value.position) {
      problems.push({ field: 'period', period: target.period, reason: `A target must be for a period after the baseline (${measure.baseline.period})` });
    }
    const worse = measure.polarity === 'higher_is_better' ? target.value < measure.baseline.value : target.value > measure.baseline.value;
    if (worse) {
      const way = measure.polarity === 'higher_is_better' ? 'higher is better' : 'lower is better';
      problems.push({ field: 'target', period: target.period, reason: `The target ${String(target.value)} is worse than the baseline ${String(measure.baseline.value)} for a measure where ${way}` });
    }
  }
  return problems;
}
