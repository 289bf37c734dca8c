import { CLASSIFICATIONS, type Classification } from '../../../../src/domain/maps/index.ts';
import { withQuery } from '../../api/public-data-client.ts';
import type { Indicator } from '../../api/public-data-types.ts';
import { DEFAULT_TWIN_RECIPE, twinRecipeOf, type TwinRecipe } from '../place/twin-recipes.ts';
import { DEFAULT_CLASSES, MAX_CLASSES, MIN_CLASSES } from './map-colours.ts';

/**
 * Which indicator the map opens on when the link names none: deprivation first, the programme's concern,
 * rather than whichever indicator sorts first by name.
 */
const DEFAULT_INDICATORS = ['imd2015_mean_lsoa_score', 'imd2019_pop_weighted_avg_rank', 'idaci2019_rate_approx'];

/** What the map shows, as its query string holds it, so a map can be linked to: `/map?indicator=…&period=…`. */
export interface MapSettings {
  readonly indicator: string;
  readonly period: string;
  readonly classification: Classification;
  readonly classes: number;
  /** A district whose statistical neighbours are outlined on the map (`?twinsOf=E06000009`), if any. */
  readonly twinsOf?: string;
  /** The recipe those neighbours are found by (`&twinsRecipe=context-upper-tier-2019`); the default when left out. */
  readonly twinsRecipe?: TwinRecipe;
}

export const CLASSIFICATION_NAMES: Readonly<Record<Classification, string>> = {
  quantiles: 'Quantiles',
  'equal-intervals': 'Equal intervals',
  'natural-breaks': 'Natural breaks',
};

export const CLASSIFICATION_HINTS: Readonly<Record<Classification, string>> = {
  quantiles: 'About the same number of districts in each class',
  'equal-intervals': 'Classes of the same width, from the lowest value to the highest',
  'natural-breaks': 'Classes that group similar values together (Jenks)',
};

/** The indicator and period `search` most likely shows, before the indicator list is in: see `askEarly`. */
export function likelyIndicator(search: string): { readonly code: string; readonly period: string | null } {
  const params = new URLSearchParams(search);
  return { code: params.get('indicator') ?? DEFAULT_INDICATORS[0] ?? '', period: params.get('period') };
}

/**
 * The settings in `search`, made valid for the `indicators` there are: an unknown indicator or period
 * falls back to the first indicator and its newest period, an unknown method to quantiles, and a number of
 * classes outside 4 to 7 to 5.
 */
export function readMapSettings(search: string, indicators: readonly Indicator[]): MapSettings | null {
  const params = new URLSearchParams(search);
  const indicator =
    indicators.find((i) => i.code === params.get('indicator')) ??
    DEFAULT_INDICATORS.map((code) => indicators.find((i) => i.code === code)).find((i) => i !== undefined) ??
    indicators[0];
  if (indicator === undefined) return null;
  const periodParam = params.get('period');
  const period = periodParam !== null && indicator.periods.includes(periodParam) ? periodParam : (indicator.periods.at(-1) ?? '');
  const method = CLASSIFICATIONS.find((c) => c === params.get('classification')) ?? 'quantiles';
  const classes = Number(params.get('classes'));
  const twinsOf = params.get('twinsOf')?.toUpperCase();
  const twinsRecipe = twinRecipeOf(params.get('twinsRecipe'));
  return {
    ...(twinsOf !== undefined && /^E\d{8}$/.test(twinsOf) ? { twinsOf } : {}),
    ...(twinsOf !== undefined && twinsRecipe !== DEFAULT_TWIN_RECIPE ? { twinsRecipe } : {}),
    indicator: indicator.code,
    period,
    classification: method,
    classes: Number.isInteger(classes) && classes >= MIN_CLASSES && classes <= MAX_CLASSES ? classes : DEFAULT_CLASSES,
  };
}

/** The map page showing `settings`. */
export function mapPagePath(settings: MapSettings): string {
  return withQuery('/map', { indicator: settings.indicator, period: settings.period, classification: settings.classification, classes: settings.classes, twinsOf: settings.twinsOf, twinsRecipe: settings.twinsRecipe });
}
