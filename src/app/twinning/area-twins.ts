import { nationalLeftOut, type LeftOut } from '../../domain/places/index.ts';
import { findNeighboursOf, shownNeighbour, type NeighbourRow, type ShownNeighbour } from '../../domain/twinning/index.ts';
import { loadTwinInputs, type TwinInputs, type TwinTier } from './load-twin-inputs.ts';
import type { Services } from '../../storage/services/create-services.ts';
import type { ViewVersions, ViewVersionsReader } from '../computed-views/view-versions.ts';
import { ViewCache, viewKey } from '../computed-views/view-cache.ts';
import { appError } from '../errors.ts';
import { recipesByName, type RecipeRefusal } from '../social-mobility-index/recipe-by-name.ts';

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Standardised matrices kept: one per tier and recipe asked for lately (a few hundred areas × a few indicators each). */
const INPUTS_KEPT = 6;
/** Areas' neighbour lists kept (about 12 kB each at k = 10, 100 kB at k = 100): 512 of them at most about 50 MB. */
const ANSWERS_KEPT = 512;

export interface AreaTwinsQuery {
  readonly code: string;
  readonly tier: TwinTier;
  readonly recipe: string;
  readonly k: number;
  readonly excludeOpportunityAreas: boolean;
  readonly sameRegion: boolean;
}

/** An area's statistical neighbours as the API shows them. */
export interface AreaTwinsView {
  readonly area: { code: string; name: string };
  readonly tier: TwinTier;
  readonly recipe: string;
  readonly periods: Readonly<Record<string, string>>;
  readonly indicators: { code: string; name: string; weight: number }[];
  readonly bands: { veryClose: number; close: number };
  readonly neighbours: {
    code: string;
    name: string;
    rank: number;
    distance: number;
    band: ShownNeighbour['band'];
    reciprocal: boolean;
    contributions: { indicator: string; indicatorName: string; part: number; share: number; areaValue: number | null; neighbourValue: number | null }[];
  }[];
  readonly leftOut: LeftOut;
}

export type AreaTwinsAnswer =
  | { readonly ok: true; readonly view: AreaTwinsView; readonly rows: readonly NeighbourRow[]; readonly indicatorCodes: readonly string[] }
  | { readonly ok: false; readonly error: RecipeRefusal };

export interface AreaTwins {
  (query: AreaTwinsQuery): Promise<AreaTwinsAnswer>;
  /** How many tiers' inputs (the standardised matrix over every area) have been read and built. */
  readonly inputComputations: () => number;
  /** How many areas' neighbour lists have been worked out. */
  readonly answerComputations: () => number;
}

/**
 * An area's statistical neighbours (`GET /api/twins/areas/:code`), computed once per data version and query:
 * the tier's standardised matrix is read and built once per data version, tier and recipe, and each area's
 * answer once per version and query (edits too: `oa schools place` changes the schools left out, which the
 * answer states); a new import makes the next request compute both again.
 */
export function areaTwins(deps: { services: Services; versions: ViewVersionsReader }): AreaTwins {
  const recipeByName = recipesByName(deps.services);
  const inputs = new ViewCache<TwinInputs>(INPUTS_KEPT);
  const answers = new ViewCache<AreaTwinsAnswer>(ANSWERS_KEPT);

  async function compute(query: AreaTwinsQuery, versions: ViewVersions): Promise<AreaTwinsAnswer> {
    const resolved = await recipeByName(query.recipe, versions);
    if (!resolved.ok) return resolved;
    const { recipe } = resolved;
    const loaded = await inputs.get(viewKey(versions.data, JSON.stringify(recipe), query.tier), () => loadTwinInputs(deps.services, { tier: query.tier, recipe }));
    // The one area asked for is explained, not all of them: most of a large k's work (issue 23 finding 3).
    const result = findNeighboursOf(loaded.matrix, query.code, { k: query.k, excludeOpportunityAreas: query.excludeOpportunityAreas, sameRegion: query.sameRegion });
    const area = result.area;
    if (area === undefined) {
      const left = result.excluded.find((x) => x.areaCode === query.code);
      const what = query.tier === 'district' ? 'district' : 'upper-tier authority';
      return { ok: false, error: appError('not_found', left === undefined ? `There is no ${what} with code ${query.code}` : `${left.areaName} has no neighbours with this recipe: ${left.reason}`) };
    }
    const shown = area.neighbours.map(shownNeighbour);
    const names = loaded.indicatorNames;
    const { unplaced, total } = await deps.services.unplacedSchools.countUnplacedNationally();
    return {
      ok: true,
      rows: shown.map((neighbour) => ({ area, neighbour })),
      indicatorCodes: loaded.matrix.columns.map((c) => c.code),
      view: {
        area: { code: area.code, name: area.name },
        tier: query.tier,
        recipe: recipe.name,
        periods: loaded.periods,
        indicators: loaded.matrix.columns.map((c) => ({ code: c.code, name: names[c.code] ?? c.code, weight: round(c.weight) })),
        bands: { veryClose: round(result.bands.veryClose), close: round(result.bands.close) },
        neighbours: shown.map((n) => ({
          code: n.code,
          name: n.name,
          rank: n.rank,
          distance: n.distance,
          band: n.band,
          reciprocal: n.reciprocal,
          contributions: n.contributions.map((c) => ({ indicator: c.indicator, indicatorName: names[c.indicator] ?? c.indicator, part: c.part, share: c.share, areaValue: c.area_value, neighbourValue: c.neighbour_value })),
        })),
        leftOut: nationalLeftOut(unplaced, total),
      },
    };
  }

  const answer = async (query: AreaTwinsQuery): Promise<AreaTwinsAnswer> => {
    const versions = await deps.versions();
    const key = viewKey(versions.data, versions.recipes, versions.edits, query.code, query.tier, query.recipe, query.k, query.excludeOpportunityAreas, query.sameRegion);
    return answers.get(key, () => compute(query, versions));
  };
  return Object.assign(answer, { inputComputations: () => inputs.computations, answerComputations: () => answers.computations });
}
