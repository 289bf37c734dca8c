/** One observation in long form, as a panel file or the indicator store gives it. */
export interface PanelRow {
  /** The unit's code (a GSS code for an area). */
  readonly unit: string;
  /** The period's label (`2016`, `2018/19`, `2014-16`); periods are put in time order by `comparePeriods`. */
  readonly period: string;
  /** The outcome; null (or any non-finite number) is a missing value. */
  readonly value: number | null;
  /** Whether the unit is under the programme in this period: true from its start onwards, false before. */
  readonly treated: boolean;
}

/** A period or unit left out of a panel, with why (docs/methodology.md §16.6). */
export type Dropped = { readonly kind: 'period'; readonly period: string; readonly reason: string } | { readonly kind: 'unit'; readonly unit: string; readonly reason: string };

/**
 * A balanced panel: every unit has a value in every period. `buildPanel` makes one from long rows; a
 * caller with its own matrix may build one directly (the estimators check it).
 */
export interface Panel {
  /** Unit codes, one per row of `values`. */
  readonly units: readonly string[];
  /** Period labels in time order, one per column of `values`. */
  readonly periods: readonly string[];
  /** units.length × periods.length outcomes, row by row: the value of unit u in period t is values[u * periods.length + t]. */
  readonly values: Float64Array;
  /** Codes of the treated units, all of which start together; every other unit is a comparison unit. */
  readonly treated: readonly string[];
  /** The first period under the programme (one of `periods`): periods before it are "pre", it and after "post". */
  readonly start: string;
  /** What was left out to balance the panel, carried into every estimate. */
  readonly dropped: readonly Dropped[];
}

/** Why a panel or an estimate was refused: a stable code and a message for the person who asked. */
export interface ImpactProblem {
  readonly code:
    | 'no-rows'
    | 'duplicate-rows'
    | 'no-treated'
    | 'different-starts'
    | 'treatment-stops'
    | 'no-comparison'
    | 'no-post-periods'
    | 'no-pre-periods'
    | 'unknown-treated'
    | 'unknown-start'
    | 'missing-values'
    | 'bad-option'
    | 'unknown-measure'
    | 'unknown-area'
    | 'no-neighbours'
    | 'no-region';
  readonly message: string;
}

/** Lists at most `max` items in words: `a, b and 3 more`. */
export function listSome(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
  return `${items.slice(0, max).join(', ')} and ${String(items.length - max)} more`;
}
