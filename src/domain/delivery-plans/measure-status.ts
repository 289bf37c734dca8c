import type { MeasureFigures, MeasureStatus, PeriodValue, Polarity } from './measure.ts';
import { parsePeriod } from './period.ts';

/**
 * How far progress may fall behind the share of time elapsed and still count as on track, or as at risk.
 * Progress and time are both shares of the way from the baseline to the target (methodology §13).
 */
export const ON_TRACK_SHORTFALL = 0.1;
export const AT_RISK_SHORTFALL = 0.25;

export interface StatusAssessment {
  /** The status shown: the rule's, or a manual override's. */
  readonly status: MeasureStatus;
  /** What the rule says, whatever any override says. */
  readonly ruleStatus: MeasureStatus;
  readonly override: { readonly status: MeasureStatus; readonly reason: string } | null;
  /** The newest actual after the baseline, the target it is judged against, and the two shares. */
  readonly latest: PeriodValue | null;
  readonly target: PeriodValue | null;
  /** Share of the distance from baseline to target covered (negative: moved the wrong way); null for a hold-the-line target. */
  readonly progress: number | null;
  /** Share of the time from the baseline period to the target period elapsed at the latest actual's period, 0 to 1. */
  readonly elapsed: number | null;
  /** One sentence saying why, for the page and the report. */
  readonly explanation: string;
}

const positionOf = (period: string): number | null => {
  const parsed = parsePeriod(period);
  return parsed.ok ? parsed.value.position : null;
};

const percent = (share: number) => `${String(Math.round(share * 100))}%`;

function isAtLeastAsGood(actual: number, than: number, polarity: Polarity): boolean {
  return polarity === 'higher_is_better' ? actual >= than : actual <= than;
}

/**
 * The status of a measure by the one rule (methodology §13): with B the baseline, T the target and A the
 * newest actual, progress = (A − B) ÷ (T − B) and elapsed = (period of A − period of B) ÷ (period of T −
 * period of B), capped at 1. The target is the first one due at or after A's period (the last one once all
 * are past). On track when progress falls short of elapsed by at most 0.10, at risk by at most 0.25, off
 * track beyond that. No actual after the baseline, or no target: no data. A target equal to the baseline
 * means "hold": on track while A is no worse, else off track. Polarity needs no special case: for
 * lower-is-better measures T − B and A − B are both negative when things improve.
 *
 * `assessMeasure({ polarity: 'higher_is_better', baseline: { period: '2016/17', value: 50 },
 *   targets: [{ period: '2019/20', value: 62 }], actuals: [{ period: '2018/19', value: 56 }] })`
 * → at risk: progress 0.5, elapsed 0.67.
 */
export function assessMeasure(measure: MeasureFigures): StatusAssessment {
  const rule = assessByRule(measure);
  const override = measure.override ?? null;
  if (override === null) return { ...rule, ruleStatus: rule.status, override: null };
  if (override.reason.trim() === '') throw new Error('A status override must carry a reason: check it with parseStatusOverride first');
  return {
    ...rule,
    status: override.status,
    ruleStatus: rule.status,
    override: { status: override.status, reason: override.reason },
    explanation: `Set by hand: ${override.reason.trim()} (the rule says: ${rule.explanation})`,
  };
}

function assessByRule(measure: MeasureFigures): Omit<StatusAssessment, 'ruleStatus' | 'override'> {
  const { polarity, baseline } = measure;
  const start = positionOf(baseline.period);
  const noData = (explanation: string, latest: PeriodValue | null = null) => ({ status: 'no_data' as const, latest, target: null, progress: null, elapsed: null, explanation });
  if (start === null) return noData(`The baseline period "${baseline.period}" is not a period this rule can place in time.`);

  const placed = (values: readonly PeriodValue[]) =>
    values.flatMap((v) => {
      const at = positionOf(v.period);
      return at === null || !Number.isFinite(v.value) ? [] : [{ ...v, at }];
    }).sort((a, b) => a.at - b.at);
  const actuals = placed(measure.actuals).filter((a) => a.at > start);
  const latest = actuals.at(-1);
  if (latest === undefined) return noData(`No actual has been recorded for a period after the baseline (${baseline.period}).`);
  const targets = placed(measure.targets).filter((t) => t.at > start);
  const target = targets.find((t) => t.at >= latest.at) ?? targets.at(-1);
  const latestValue = { period: latest.period, value: latest.value };
  if (target === undefined) return noData(`There is no target for a period after the baseline (${baseline.period}).`, latestValue);

  const targetValue = { period: target.period, value: target.value };
  const elapsed = Math.min(1, (latest.at - start) / (target.at - start));
  if (target.value === baseline.value) {
    const held = isAtLeastAsGood(latest.value, target.value, polarity);
    return {
      status: held ? 'on_track' : 'off_track',
      latest: latestValue,
      target: targetValue,
      progress: null,
      elapsed,
      explanation: held ? `The target is to hold ${String(target.value)}, and ${latest.period} is no worse.` : `The target is to hold ${String(target.value)}, and ${latest.period} is worse.`,
    };
  }
  const progress = (latest.value - baseline.value) / (target.value - baseline.value);
  const shortfall = elapsed - progress;
  const status: MeasureStatus = shortfall <= ON_TRACK_SHORTFALL + 1e-9 ? 'on_track' : shortfall <= AT_RISK_SHORTFALL + 1e-9 ? 'at_risk' : 'off_track';
  return {
    status,
    latest: latestValue,
    target: targetValue,
    progress,
    elapsed,
    explanation: `${percent(progress)} of the way from the baseline to the ${target.period} target with ${percent(elapsed)} of the time gone (by ${latest.period}).`,
  };
}
