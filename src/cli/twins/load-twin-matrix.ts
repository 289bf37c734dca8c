import type { Kysely } from 'kysely';
import { formatRecipeProblem, validateRecipe, type Recipe } from '../../domain/social-mobility-index/index.ts';
import { buildFeatureMatrix, recipeFromWeights, type FeatureMatrix } from '../../domain/twinning/index.ts';
import { upperTierIndicatorValues } from '../../ingest/derive/upper-tier-indicators.ts';
import { latestIndicatorValues } from '../../storage/repositories/indicators.repository.ts';
import { twinGeography, type TwinGeography, type TwinTier } from '../../storage/repositories/twinning.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { UsageError } from '../failure.ts';
import { indicatorCodesOf, loadRecipeOrThrow } from '../index/load-recipe.ts';

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
 * `code=weight,code=weight` → a one-stage recipe checked like a recipe file.
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

/** The recipe (or chosen indicators), the tier's areas and their standardised matrix, from the database. */
export async function loadTwinInputs(db: Kysely<Database>, options: { tier: TwinTier; recipe: string; indicators?: string }): Promise<TwinInputs> {
  let recipe: Recipe;
  if (options.indicators !== undefined) {
    const known = (await db.selectFrom('indicators').select('code').execute()).map((r) => r.code);
    const checked = validateRecipe(recipeFromWeights('chosen indicators', parseIndicatorWeights(options.indicators)), known);
    if (!checked.ok) throw new UsageError(`--indicators: ${checked.error.map((p) => formatRecipeProblem(p).replace(/^stages\[0\]\./, '')).join('; ')}`);
    recipe = checked.value;
  } else recipe = await loadRecipeOrThrow(db, options.recipe);
  const codes = indicatorCodesOf(recipe);
  const geography = await twinGeography(db, options.tier);
  const notes: string[] = [];
  let values;
  if (options.tier === 'district') values = await latestIndicatorValues(db, codes, 'district');
  else {
    const rolled = await upperTierIndicatorValues(db, codes, geography.upperTierOf, geography.names);
    values = rolled.values;
    for (const n of rolled.notRolledUp) notes.push(`${n.code} is left out at the upper tier: ${n.reason}.`);
  }
  const inTier = new Set(geography.areas.map((a) => a.code));
  const matrix = buildFeatureMatrix(recipe, values.filter((v) => inTier.has(v.areaCode)), geography.areas);
  const [periodRows, nameRows] = await Promise.all([
    db.selectFrom('area_indicators').select(['indicator_code']).select((eb) => eb.fn.max('period').as('period')).where('indicator_code', 'in', codes).groupBy('indicator_code').execute(),
    db.selectFrom('indicators').select(['code', 'name']).where('code', 'in', codes).execute(),
  ]);
  return {
    recipe,
    geography,
    matrix,
    periods: Object.fromEntries(periodRows.map((r) => [r.indicator_code, r.period])),
    indicatorNames: Object.fromEntries(nameRows.map((r) => [r.code, r.name])),
    notes,
  };
}
