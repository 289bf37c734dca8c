import { rollUpRates } from '../places/index.ts';
import type { IndicatorValue } from '../social-mobility-index/index.ts';

/** A district's figure for one indicator, with what it is a rate of and the upper-tier authority it is in. */
export interface DistrictFigure {
  readonly districtCode: string;
  readonly upperTierCode: string;
  readonly indicatorCode: string;
  readonly value: number | null;
  /** The district's denominator for this figure (pupils, children, LSOAs); null when unknown. */
  readonly denominator: number | null;
}

/**
 * Upper-tier (education authority) figures from district figures (docs/methodology.md §11.6): for each
 * authority and indicator, Σ (denominator × rate) ÷ Σ denominator over its districts, which is the
 * authority's Σ numerator ÷ Σ denominator exactly when each district rate is its own numerator ÷
 * denominator. A single-tier district is its own authority and keeps its figure. Districts without a
 * value or a denominator are left out; an authority none of whose districts has both has no value.
 * @example Fenland 30% of 1,000 pupils and East Cambridgeshire 10% of 3,000 → Cambridgeshire 15%
 */
export function rollUpToUpperTier(figures: readonly DistrictFigure[], names: ReadonlyMap<string, string>): IndicatorValue[] {
  const byIndicator = new Map<string, DistrictFigure[]>();
  for (const f of figures) {
    const group = byIndicator.get(f.indicatorCode);
    if (group === undefined) byIndicator.set(f.indicatorCode, [f]);
    else group.push(f);
  }
  const out: IndicatorValue[] = [];
  for (const [indicatorCode, group] of byIndicator) {
    for (const rate of rollUpRates(group.map((f) => ({ areaCode: f.upperTierCode, denominator: f.denominator, rate: f.value })))) {
      out.push({ areaCode: rate.areaCode, areaName: names.get(rate.areaCode) ?? rate.areaCode, indicatorCode, value: rate.value });
    }
  }
  return out;
}
