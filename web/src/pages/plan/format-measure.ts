import type { PeriodValue, PlanMeasure } from '../../api/plans-types.ts';

const FIGURE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** `formatPeriodValue({ period: '2017/18', value: 53 })` → "53 (2017/18)". */
export function formatPeriodValue(value: PeriodValue | null): string {
  return value === null ? '–' : `${FIGURE.format(value.value)} (${value.period})`;
}

/** The trend in words: each actual with whether it was better or worse than the one before. */
export function describeTrend(measure: PlanMeasure): string {
  if (measure.trend.length === 0) return 'No actuals yet';
  return measure.trend.map((p) => `${FIGURE.format(p.value)} in ${p.period}${p.direction === null ? '' : ` (${p.direction})`}`).join(', ');
}
