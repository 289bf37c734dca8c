import type { PeriodValue, Polarity } from './measure.ts';
import { parsePeriod } from './period.ts';

export interface TrendPoint extends PeriodValue {
  /** Change from the previous actual, and whether that is better or worse given the measure's polarity. */
  readonly change: number | null;
  readonly direction: 'better' | 'worse' | 'same' | null;
}

/**
 * Actuals in time order with each change from the one before, judged by polarity.
 * `measureTrend([{ period: '2017', value: 8 }, { period: '2018', value: 7 }], 'lower_is_better')`
 * → the 2018 point is 1 lower, "better".
 */
export function measureTrend(actuals: readonly PeriodValue[], polarity: Polarity): TrendPoint[] {
  const ordered = actuals
    .flatMap((a) => {
      const parsed = parsePeriod(a.period);
      return parsed.ok ? [{ ...a, at: parsed.value.position }] : [];
    })
    .sort((a, b) => a.at - b.at);
  return ordered.map((point, i) => {
    const previous = i === 0 ? undefined : ordered[i - 1];
    if (previous === undefined) return { period: point.period, value: point.value, change: null, direction: null };
    const change = point.value - previous.value;
    const better = polarity === 'higher_is_better' ? change > 0 : change < 0;
    return { period: point.period, value: point.value, change, direction: change === 0 ? 'same' : better ? 'better' : 'worse' };
  });
}
