import { periodKey } from '../shared/period-key.ts';
import { comparePeriods } from './compare-periods.ts';

/**
 * The first calendar year under the programme. The first six Opportunity Areas were announced in October
 * 2016 and six more on 18 January 2017; their delivery plans and board chairs followed in July 2017
 * (published-programme.ts), so 2017 is the first year the programme could act in any of them, and the
 * year the Impact section's estimates start from (docs/methodology.md §16.10).
 */
export const PROGRAMME_START_YEAR = 2017;

/** An area as a trend names it. */
export interface TrendArea {
  readonly code: string;
  readonly name: string;
}

/** One value of the measure as the store holds it: null where it is not available (LAIT's `-`). */
export interface TrendValue {
  readonly area: string;
  readonly period: string;
  readonly value: number | null;
}

export interface TrendInput {
  readonly area: TrendArea;
  /** The area's statistical neighbours (never the area itself); empty when none are known. */
  readonly neighbours: readonly TrendArea[];
  readonly region: TrendArea | null;
  readonly england: TrendArea | null;
  /** Values of any of these areas in any period; other areas' values are ignored. */
  readonly values: readonly TrendValue[];
  /** The first calendar year under the programme (PROGRAMME_START_YEAR). */
  readonly startYear: number;
}

/** Where a period stands against the programme. */
export type ProgrammeStage = 'before' | 'starts' | 'running';

export interface TrendPoint {
  readonly period: string;
  /** The area's value; null is a gap (not available), never a zero. */
  readonly area: number | null;
  /** The mean of the neighbours with a value in this period (null when none has one) and how many that is. */
  readonly neighbours: { readonly mean: number | null; readonly count: number };
  readonly region: number | null;
  readonly england: number | null;
  readonly stage: ProgrammeStage;
}

export interface Trend {
  /** Every period any of the series has a row for, in time order. */
  readonly points: readonly TrendPoint[];
  /** The first period under the programme, or null when every period is before it. */
  readonly start: string | null;
}

/**
 * An area's series beside its statistical neighbours' average, its region and England, period by period,
 * with the programme's start marked (docs/methodology.md §16.10). A missing value stays a gap. The
 * neighbours' average in a period is the mean of those neighbours that have a value in it, with their
 * count, so a reader sees when it rests on fewer than all of them; with none it is a gap too.
 * A period is under the programme when the first calendar year it covers is the start year or later
 * (`2017`, `2017/18`, `2017-19`); one that begins earlier (`2016/17`, `2015-17`) is before it.
 */
export function buildTrend(input: TrendInput): Trend {
  const byArea = new Map<string, Map<string, number | null>>();
  const periods = new Set<string>();
  const wanted = new Set([input.area.code, ...input.neighbours.map((n) => n.code), input.region?.code, input.england?.code].filter((c): c is string => c !== undefined));
  for (const v of input.values) {
    if (!wanted.has(v.area)) continue;
    periods.add(v.period);
    const series = byArea.get(v.area) ?? new Map<string, number | null>();
    series.set(v.period, v.value !== null && Number.isFinite(v.value) ? v.value : null);
    byArea.set(v.area, series);
  }
  const valueOf = (area: TrendArea | null, period: string): number | null => (area === null ? null : (byArea.get(area.code)?.get(period) ?? null));

  let start: string | null = null;
  const points = [...periods].sort(comparePeriods).map((period): TrendPoint => {
    const present = input.neighbours.map((n) => valueOf(n, period)).filter((v): v is number => v !== null);
    let stage: ProgrammeStage = 'before';
    if (firstYear(period) >= input.startYear) {
      stage = start === null ? 'starts' : 'running';
      start ??= period;
    }
    return {
      period,
      area: valueOf(input.area, period),
      neighbours: { mean: present.length === 0 ? null : present.reduce((sum, v) => sum + v, 0) / present.length, count: present.length },
      region: valueOf(input.region, period),
      england: valueOf(input.england, period),
      stage,
    };
  });
  return { points, start };
}

/** The first calendar year a period label covers; a label that is not a period sorts before every start. */
function firstYear(period: string): number {
  const key = periodKey(period);
  return key === null ? Number.NEGATIVE_INFINITY : Number(key.slice(0, 4));
}
