import { nationalLeftOut, type LeftOut } from '../../domain/places/index.ts';
import { rankWithIntervalsInSteps, type RankedArea, type RankedIndex, type Recipe } from '../../domain/social-mobility-index/index.ts';
import { indicatorCodesOf } from '../../ingest/recipes/load-recipe.ts';
import type { Services } from '../../storage/services/create-services.ts';
import type { ViewVersions, ViewVersionsReader } from '../computed-views/view-versions.ts';
import { runInTurns } from '../computed-views/run-in-turns.ts';
import { ViewCache, viewKey } from '../computed-views/view-cache.ts';
import { recipesByName, type RecipeRefusal } from './recipe-by-name.ts';

// Fewer draws than the CLI's 1,000 keep a first page quick; the intervals settle well before that.
const DRAWS = 500;
const SEED = 2016;

/** Rankings kept: one per recipe asked for lately (about 70 kB each on the 296 districts of the shared data). */
const RANKINGS_KEPT = 8;
/**
 * Replies kept, each a ranking with the schools left out nationally: those change with `oa schools place`
 * (an audited edit, not an import), so a reply is rebuilt (cheaply) on any edit, the ranking only on new data.
 */
const ANSWERS_KEPT = 16;

/** The index as the API shows it: every ranked district with its interval, those left out and why. */
export interface IndexRankingsView {
  readonly recipe: { name: string; description: string; stages: { id: string; name: string; indicators: string[] }[] };
  readonly areas: RankedArea[];
  readonly excluded: { areaCode: string; areaName: string; reason: string }[];
  readonly coldSpotCount: number;
  readonly leftOut: LeftOut;
}

export type IndexRankingsAnswer =
  | { readonly ok: true; readonly recipe: Recipe; readonly view: IndexRankingsView }
  | { readonly ok: false; readonly error: RecipeRefusal };

export interface IndexRankings {
  (recipeName: string): Promise<IndexRankingsAnswer>;
  /** How many rankings have been computed (each one the rank-stability draws over every district). */
  readonly computations: () => number;
}

/**
 * The index rankings with their intervals for a shipped or saved recipe (`GET /api/index`), computed once
 * per recipe and data version: the draws run again only after an import changes the indicators or a recipe
 * is saved. The name is resolved per recipes version (`recipesByName`); the ranking is keyed by the recipe's
 * content and the data version; the reply around it by every version (see ANSWERS_KEPT).
 */
export function indexRankings(deps: { services: Services; versions: ViewVersionsReader }): IndexRankings {
  const recipeByName = recipesByName(deps.services);
  const rankings = new ViewCache<RankedIndex>(RANKINGS_KEPT);
  const answers = new ViewCache<IndexRankingsAnswer>(ANSWERS_KEPT);

  async function rank(recipe: Recipe): Promise<RankedIndex> {
    const values = await deps.services.indicators.latestIndicatorValues(indicatorCodesOf(recipe));
    return runInTurns(rankWithIntervalsInSteps(recipe, values, { seed: SEED, draws: DRAWS }));
  }

  async function compute(recipeName: string, versions: ViewVersions): Promise<IndexRankingsAnswer> {
    const resolved = await recipeByName(recipeName, versions);
    if (!resolved.ok) return resolved;
    const { recipe } = resolved;
    const { areas, excluded, coldSpotCount } = await rankings.get(viewKey(versions.data, JSON.stringify(recipe)), () => rank(recipe));
    const { unplaced, total } = await deps.services.unplacedSchools.countUnplacedNationally();
    const view = {
      recipe: { name: recipe.name, description: recipe.description, stages: recipe.stages.map((s) => ({ id: s.id, name: s.name, indicators: s.indicators.map((i) => i.code) })) },
      areas,
      excluded: excluded.map((x) => ({ areaCode: x.areaCode, areaName: x.areaName, reason: x.reason })),
      coldSpotCount,
      leftOut: nationalLeftOut(unplaced, total),
    };
    return { ok: true, recipe, view };
  }

  const answer = async (recipeName: string): Promise<IndexRankingsAnswer> => {
    const versions = await deps.versions();
    return answers.get(viewKey(versions.data, versions.recipes, versions.edits, recipeName), () => compute(recipeName, versions));
  };
  return Object.assign(answer, { computations: () => rankings.computations });
}
