import type { Recipe } from '../../domain/social-mobility-index/index.ts';
import type { Services } from '../../storage/services/create-services.ts';
import type { ViewVersionsReader } from '../computed-views/view-versions.ts';
import { ViewCache, viewKey } from '../computed-views/view-cache.ts';
import { explainIndexArea, type IndexAreaExplanation } from './explain-index-area.ts';
import { recipesByName, type RecipeRefusal } from './recipe-by-name.ts';

/** One answer per district per recipe asked for lately: 296 districts of the shared data, a few recipes. */
const EXPLANATIONS_KEPT = 1024;

export type IndexExplanationAnswer =
  | { readonly ok: true; readonly recipe: Recipe; readonly explained: IndexAreaExplanation }
  | { readonly ok: false; readonly error: RecipeRefusal };

export interface IndexExplanations {
  (recipeName: string, areaCode: string): Promise<IndexExplanationAnswer>;
  /** How many explanations have been worked out (not read from memory). */
  readonly computations: () => number;
}

/**
 * An area's index explanation (`GET /api/index/areas/:code`) worked out once per recipe, area and version of
 * the data, recipes and edits (a placement edit can change why a figure is missing), then read from memory.
 */
export function indexExplanations(deps: { services: Services; versions: ViewVersionsReader }): IndexExplanations {
  const recipeByName = recipesByName(deps.services);
  const kept = new ViewCache<IndexExplanationAnswer>(EXPLANATIONS_KEPT);
  const answer = async (recipeName: string, areaCode: string): Promise<IndexExplanationAnswer> => {
    const versions = await deps.versions();
    const code = areaCode.toUpperCase();
    return kept.get(viewKey(versions.data, versions.recipes, versions.edits, recipeName, code), async () => {
      const resolved = await recipeByName(recipeName, versions);
      if (!resolved.ok) return resolved;
      return { ok: true, recipe: resolved.recipe, explained: await explainIndexArea(deps.services, resolved.recipe, code) };
    });
  };
  return Object.assign(answer, { computations: () => kept.computations });
}
