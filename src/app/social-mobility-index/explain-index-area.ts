import { explainArea, type AreaExplanation, type Recipe } from '../../domain/social-mobility-index/index.ts';
import { indicatorCodesOf } from '../../ingest/recipes/load-recipe.ts';
import type { Services } from '../../storage/services/create-services.ts';

/** A figure an area lacks, and why. */
export type MissingFigure = Awaited<ReturnType<Services['missingFigures']['missingFigures']>>[number];

/** Why an area sits where it does in an index, or why it is not ranked, with every figure it lacks. */
export type IndexAreaExplanation =
  | { readonly ok: true; readonly explanation: AreaExplanation; readonly names: Readonly<Record<string, string>>; readonly missing: readonly MissingFigure[] }
  | { readonly ok: false; readonly error: string; readonly names: Readonly<Record<string, string>>; readonly missing: readonly MissingFigure[] };

/**
 * Explains `areaCode`'s position in `recipe`'s index (`oa index explain`, `GET /api/index/areas/:code`): each
 * indicator's contribution, and the figures it has none of and why. An area the index cannot rank gets the
 * reason, and, where it has some figures, why each missing one is missing.
 */
export async function explainIndexArea(services: Services, recipe: Recipe, areaCode: string): Promise<IndexAreaExplanation> {
  const codes = indicatorCodesOf(recipe);
  const code = areaCode.toUpperCase();
  const [values, names] = await Promise.all([services.indicators.latestIndicatorValues(codes), services.indicators.indicatorNames(codes)]);
  const explained = explainArea(recipe, values, code);
  if (!explained.ok) {
    const missing = values.some((v) => v.areaCode === code) ? await services.missingFigures.missingFigures(code, codes) : [];
    return { ok: false, error: explained.error, names, missing };
  }
  return { ok: true, explanation: explained.value, names, missing: await services.missingFigures.missingFigures(explained.value.area.areaCode, codes) };
}
