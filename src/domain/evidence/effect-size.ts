/** One band of the EEF conversion: effect sizes from `minEffect` up to `maxEffect` are worth `months`. */
export interface EffectSizeBand {
  readonly minEffect: number;
  /** Null for the open top band (0.96 and above). */
  readonly maxEffect: number | null;
  readonly months: number;
}

/**
 * Months of additional progress for an effect size, by the EEF's published bands (docs/methodology.md §7).
 * The bands are published to two decimals with gaps between them (0.05 | 0.06), so an effect size is
 * rounded to two decimals first. Negative effect sizes are converted by symmetry, as the Toolkit reports
 * negative months for harmful approaches. `monthsForEffectSize(0.4, bands)` → 5.
 */
export function monthsForEffectSize(effectSize: number, bands: readonly EffectSizeBand[]): number | null {
  if (!Number.isFinite(effectSize)) return null;
  const sign = effectSize < 0 ? -1 : 1;
  const size = Math.round(Math.abs(effectSize) * 100) / 100;
  const band = bands.find((b) => size >= b.minEffect && (b.maxEffect === null || size <= b.maxEffect));
  if (band === undefined) return null;
  return band.months === 0 ? 0 : sign * band.months;
}

/** The range of effect sizes the EEF counts as `months` of progress; null when no band gives that many. */
export function effectSizeRangeForMonths(months: number, bands: readonly EffectSizeBand[]): { min: number; max: number | null } | null {
  const sign = months < 0 ? -1 : 1;
  const band = bands.find((b) => b.months === Math.abs(months));
  if (band === undefined) return null;
  if (sign > 0) return { min: band.minEffect, max: band.maxEffect };
  return band.maxEffect === null ? { min: -Infinity, max: -band.minEffect } : { min: -band.maxEffect, max: -band.minEffect };
}
