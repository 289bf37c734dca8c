import { findNeighbours } from '../../domain/twinning/index.ts';
import { loadRecipe } from '../../ingest/recipes/load-recipe.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { loadTwinInputs } from './load-twin-inputs.ts';

/** An Opportunity Area's district beside its nearest statistical neighbours, on the recipe's indicators. */
export interface AreaAgainstTwins {
  readonly recipe: string;
  readonly indicators: readonly { readonly code: string; readonly name: string; readonly period: string | null }[];
  /** The area's district first (distance null), then its neighbours nearest first. */
  readonly rows: readonly { readonly code: string; readonly name: string; readonly distance: number | null; readonly values: Readonly<Record<string, number | null>> }[];
}

/**
 * For each district of an Opportunity Area, its `k` nearest districts by the shipped proxy recipe
 * (docs/methodology.md §11), each with its value of every indicator, for the board report's "against its
 * twins" table. Districts the recipe cannot place (no data loaded, or left out) are skipped; an empty list
 * means none could be compared.
 */
export async function areaAgainstTwins(services: Services, opportunityAreaId: string, k = 5, recipeName = 'proxy-district-2019'): Promise<AreaAgainstTwins[]> {
  const register = await services.programme.loadRegisterFor(opportunityAreaId);
  const districts = register?.opportunityAreas[0]?.districtCodes ?? [];
  const recipe = await loadRecipe(services, recipeName, { allowPaths: false });
  if (districts.length === 0 || !recipe.ok) return [];
  const inputs = await loadTwinInputs(services, { tier: 'district', recipe: recipe.value });
  const { areas } = findNeighbours(inputs.matrix, { k });
  const indicators = inputs.matrix.columns.map((c) => ({ code: c.code, name: inputs.indicatorNames[c.code] ?? c.code, period: inputs.periods[c.code] ?? null }));
  return districts.flatMap((code) => {
    const area = areas.find((a) => a.code === code);
    if (area === undefined || area.neighbours.length === 0) return [];
    const first = area.neighbours[0];
    const own = Object.fromEntries((first?.contributions ?? []).map((c) => [c.indicatorCode, c.areaValue]));
    return [
      {
        recipe: recipe.value.name,
        indicators,
        rows: [
          { code: area.code, name: area.name, distance: null, values: own },
          ...area.neighbours.map((n) => ({
            code: n.code,
            name: n.name,
            distance: n.distance,
            values: Object.fromEntries(n.contributions.map((c) => [c.indicatorCode, c.neighbourValue])),
          })),
        ],
      },
    ];
  });
}
