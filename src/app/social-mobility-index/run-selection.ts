import { computeIndex, selectAreas, type BandName, type SelectionArea, type SelectionDecision } from '../../domain/social-mobility-index/index.ts';
import type { Area } from '../../domain/places/index.ts';
import { err, ok, type Result } from '../../domain/shared/result.ts';
import { indicatorCodesOf, loadRecipe, pinRecipeRef } from '../../ingest/recipes/load-recipe.ts';
import type { Services } from '../../storage/services/create-services.ts';

export interface SelectionInputs {
  readonly a: { readonly recipe: string; readonly band: BandName };
  readonly b: { readonly recipe: string; readonly band: BandName };
  readonly shortlist: number;
  readonly minPerRegion: number;
  readonly maxTypeShare: number;
}

/** The kind of authority a district code names (GSS entity), for a mix of area types. */
export function areaTypeOf(code: string): string {
  return { E06: 'unitary', E07: 'shire district', E08: 'metropolitan', E09: 'London borough' }[code.slice(0, 3)] ?? 'other';
}

/** Every district with its region's name (through the area tree) and area type. */
async function districtPlaces(services: Services): Promise<Map<string, SelectionArea>> {
  const areas = await services.places.listAreas();
  const byCode = new Map<string, Area>(areas.map((a) => [a.code, a]));
  const regionOf = (code: string): string => {
    let current = byCode.get(code);
    for (let depth = 0; current !== undefined && current.kind !== 'region' && depth < 4; depth += 1) {
      current = current.parentCode === null ? undefined : byCode.get(current.parentCode);
    }
    return current?.kind === 'region' ? current.name : 'Unknown region';
  };
  return new Map(areas.filter((a) => a.kind === 'district').map((a) => [a.code, { areaCode: a.code, areaName: a.name, region: regionOf(a.code), areaType: areaTypeOf(a.code) }]));
}

/**
 * The area-selection workflow (docs/methodology.md §10.13) on the data loaded: rank by both recipes,
 * intersect their worst bands, shortlist with the constraints. The inputs come back with each recipe
 * pinned to the version used (`name@3`), so a saved selection can always be traced to what produced it.
 */
export async function runSelection(
  services: Services,
  inputs: SelectionInputs,
  options: { allowPaths: boolean },
): Promise<Result<{ inputs: SelectionInputs; decisions: SelectionDecision[] }, string[]>> {
  const rankings = [];
  for (const side of [inputs.a, inputs.b]) {
    const recipe = await loadRecipe(services, side.recipe, options);
    if (!recipe.ok) return err(recipe.error.map((problem) => `${side.recipe}: ${problem}`));
    rankings.push(computeIndex(recipe.value, await services.indicators.latestIndicatorValues(indicatorCodesOf(recipe.value))).areas);
  }
  const [a = [], b = []] = rankings;
  const decisions = selectAreas(a, inputs.a.band, b, inputs.b.band, await districtPlaces(services), {
    shortlist: inputs.shortlist,
    minPerRegion: inputs.minPerRegion,
    maxShareOfOneType: inputs.maxTypeShare,
  });
  const pinned: SelectionInputs = {
    ...inputs,
    a: { ...inputs.a, recipe: await pinRecipeRef(services, inputs.a.recipe) },
    b: { ...inputs.b, recipe: await pinRecipeRef(services, inputs.b.recipe) },
  };
  return ok({ inputs: pinned, decisions });
}
