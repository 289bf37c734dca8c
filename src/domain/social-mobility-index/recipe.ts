/**
 * A recipe for a social mobility index: which indicators, grouped into which life stages, with which
 * direction and weight, and how scores become ranks, bands, cold spots and hot spots
 * (docs/methodology.md §10.1). A recipe is plain JSON so analysts can keep one beside their data.
 */

export const POLARITIES = ['higher_is_better', 'higher_is_worse'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const TRANSFORMS = ['z_score', 'percentile_rank'] as const;
export type Transform = (typeof TRANSFORMS)[number];

export const MISSING_RULES = ['stage_mean', 'exclude'] as const;
/** `stage_mean`: a stage is scored from the indicators the area has; `exclude`: the area is left out. */
export type MissingRule = (typeof MISSING_RULES)[number];

export const COMBINE_RULES = ['mean', 'weighted_mean'] as const;
/** How stage scores make the overall score: a plain mean (stage weights ignored) or a weighted mean. */
export type CombineRule = (typeof COMBINE_RULES)[number];

export interface IndicatorSpec {
  readonly code: string;
  readonly polarity: Polarity;
  /** Relative weight within its stage; greater than 0. */
  readonly weight: number;
  readonly transform: Transform;
}

export interface StageSpec {
  readonly id: string;
  readonly name: string;
  /** Used only when `combine` is `weighted_mean`; greater than 0. */
  readonly weight: number;
  readonly indicators: readonly IndicatorSpec[];
}

/**
 * Bands numbered from 1 = best. `quantiles`/`sextiles` split by rank position; `thresholds` split by
 * score at ascending `upperBounds` (docs/methodology.md §10.6).
 */
export type Banding =
  | { readonly kind: 'quantiles'; readonly count: number }
  | { readonly kind: 'sextiles' }
  | { readonly kind: 'thresholds'; readonly upperBounds: readonly number[] };

export interface Recipe {
  readonly name: string;
  readonly description: string;
  readonly stages: readonly StageSpec[];
  readonly missing: MissingRule;
  readonly combine: CombineRule;
  readonly banding: Banding;
  readonly coldSpot: { readonly bottomShare: number };
  readonly hotSpot: { readonly topShare: number };
  /** Area codes left out before anything is standardised. */
  readonly exclusions: readonly string[];
  /**
   * The year of the published Social Mobility Index the recipe reproduces or stands in for (2016 for both
   * shipped recipes); `oa index compare` compares with that year's published ranks unless told otherwise.
   */
  readonly edition?: number;
}

/**
 * Defaults filled in by `validateRecipe` for fields a recipe leaves out: the choices of the Social
 * Mobility Commission's 2016 index (z-scores, equal weights, plain means, quintiles, a fifth each way).
 */
export const RECIPE_DEFAULTS = {
  description: '',
  indicatorWeight: 1,
  stageWeight: 1,
  transform: 'z_score',
  missing: 'stage_mean',
  combine: 'mean',
  banding: { kind: 'quantiles', count: 5 },
  coldSpotBottomShare: 0.2,
  hotSpotTopShare: 0.2,
  exclusions: [],
} as const satisfies {
  description: string;
  indicatorWeight: number;
  stageWeight: number;
  transform: Transform;
  missing: MissingRule;
  combine: CombineRule;
  banding: Banding;
  coldSpotBottomShare: number;
  hotSpotTopShare: number;
  exclusions: readonly string[];
};

/** Number of bands a banding produces: `bandCount({ kind: 'sextiles' })` → 6. */
export function bandCount(banding: Banding): number {
  switch (banding.kind) {
    case 'quantiles':
      return banding.count;
    case 'sextiles':
      return 6;
    case 'thresholds':
      return banding.upperBounds.length + 1;
  }
}
