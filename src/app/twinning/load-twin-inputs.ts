import { err, ok, type Result } from '../../domain/shared/result.ts';
import { formatRecipeProblem, validateRecipe, type Recipe } from '../../domain/social-mobility-index/index.ts';
import { buildFeatureMatrix, recipeFromWeights, type FeatureMatrix, type TwinTier } from '../../domain/twinning/index.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { contextUpperTierValues } from '../../ingest/derive/context-indicators.ts';
import { upperTierIndicatorValues } from '../../ingest/derive/upper-tier-indicators.ts';
import { indicatorCodesOf } from '../../ingest/recipes/load-recipe.ts';

/** A tier's areas, their names and the upper-tier authority of each district. */
export type TwinGeography = Awaited<ReturnType<Services['twinning']['twinGeography']>>;

export { TWIN_TIERS, type TwinTier } from '../../domain/twinning/index.ts';

export interface TwinInputs {
  readonly recipe: Recipe;
  readonly geography: TwinGeography;
  readonly matrix: FeatureMatrix;
  /** The period of each indicator used (its newest): the data vintage. */
  readonly periods: Readonly<Record<string, string>>;
  readonly indicatorNames: Readonly<Record<string, string>>;
  /** Indicators left out at the upper tier, with why. */
  readonly notes: readonly string[];
}

/**
 * `code=weight,code=weight` → [code, weight] pairs; a code without `=` weighs 1.
 * `parseIndicatorWeights('ks4_attainment8=2,pct_fsm_pupils')` → [['ks4_attainment8', 2], ['pct_fsm_pupils', 1]].
 */
export function parseIndicatorWeights(text: string): [string, number][] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [code = '', weight] = part.split('=');
      return [code.trim(), weight === undefined ? 1 : Number(weight)];
    });
}

/** Chosen indicators and weights as a one-stage recipe, checked like a recipe file; problems name the indicator. */
export async function recipeFromIndicatorWeights(services: Services, text: string): Promise<Result<Recipe, string[]>> {
  const known = await services.indicators.indicatorCodes();
  const checked = validateRecipe(recipeFromWeights('chosen indicators', parseIndicatorWeights(text)), known);
  return checked.ok ? ok(checked.value) : err(checked.error.map((p) => formatRecipeProblem(p).replace(/^stages\[0\]\./, '')));
}

/** The tier's areas and their standardised matrix over a recipe's indicators, from the database (methodology §11.1, §11.6). */
export async function loadTwinInputs(services: Services, options: { tier: TwinTier; recipe: Recipe }): Promise<TwinInputs> {
  const { recipe } = options;
  const codes = indicatorCodesOf(recipe);
  const geography = await services.twinning.twinGeography(options.tier);
  const notes: string[] = [];
  let values;
  if (options.tier === 'district') values = await services.indicators.latestIndicatorValues(codes, 'district');
  else {
    const rolled = await upperTierIndicatorValues(services, codes, geography.upperTierOf, geography.names);
    // Context indicators (§11.12) add up by their own denominators: area, population, pupils.
    const context = await contextUpperTierValues(services, rolled.notRolledUp.map((n) => n.code), geography.upperTierOf, geography.names);
    values = [...rolled.values, ...context.values];
    for (const n of rolled.notRolledUp) if (!context.codes.has(n.code)) notes.push(`${n.code} is left out at the upper tier: ${n.reason}.`);
    for (const n of rolled.belowRule) notes.push(`${n.code} has no figure for ${n.authorities.join(', ')}: too few schools or pupils behind it (docs/methodology.md §9.3).`);
  }
  const inTier = new Set(geography.areas.map((a) => a.code));
  const matrix = buildFeatureMatrix(recipe, values.filter((v) => inTier.has(v.areaCode)), geography.areas);
  const [periods, names] = await Promise.all([services.indicators.newestPeriods(codes), services.indicators.indicatorNames(codes)]);
  return {
    recipe,
    geography,
    matrix,
    periods,
    indicatorNames: names,
    notes,
  };
}
