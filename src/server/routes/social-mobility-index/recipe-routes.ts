import { existsSync, readFileSync } from 'node:fs';
import { appError } from '../../../app/errors.ts';
import { join } from 'node:path';
import { rankWithIntervalsInSteps } from '../../../domain/social-mobility-index/index.ts';
import { checkRecipe, indicatorCodesOf, listShippedIndexRecipes, listShippedRecipes, RECIPES_DIR } from '../../../ingest/recipes/load-recipe.ts';
import { saveRecipe } from '../../../ingest/recipes/save-recipe.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendError } from '../../errors.ts';
import { runInTurns } from '../../../app/computed-views/run-in-turns.ts';
import type { ZodApp } from '../../zod-app.ts';
import { getRecipeSchema, listRecipesSchema, previewRecipeSchema, saveRecipeSchema } from './recipe-schema.ts';
import { nationalLeftOut } from '../national-left-out.ts';

// A preview answers as the user types: fewer draws than a saved ranking's 500; intervals are indicative.
const PREVIEW_DRAWS = 100;
const SEED = 2016;

/** A recipe's problems as an error reply, each naming its field (`stages[0].indicators[1].weight`). */
function recipeProblems(problems: readonly string[]) {
  const fields = problems.map((p) => {
    const at = p.indexOf(': ');
    return at > 0 ? { field: `recipe.${p.slice(0, at)}`, message: p.slice(at + 2) } : { field: 'recipe', message: p };
  });
  return appError('invalid_recipe', `The recipe has ${String(problems.length)} problem${problems.length === 1 ? '' : 's'}: ${problems.join('; ')}`, fields);
}

export function registerRecipeRoutes(app: ZodApp, deps: { services: Services; clock: () => Date }): void {
  app.get('/api/index/recipes', { schema: listRecipesSchema, config: { access: PUBLIC } }, async (request) => {
    const { limit } = request.query;
    // One more than asked for says whether there are more than the list shows.
    const found = await deps.services.indexRecipes.listRecentRecipes(limit + 1);
    return {
      items: [
        ...listShippedIndexRecipes().map((name) => ({ name, source: 'shipped' as const, latestVersion: null, savedAt: null, savedBy: null, note: '' })),
        ...found.slice(0, limit).map((r) => ({ name: r.name, source: 'saved' as const, latestVersion: r.latestVersion, savedAt: r.savedAt, savedBy: r.savedBy, note: r.note })),
      ],
      more: found.length > limit,
    };
  });

  app.get('/api/index/recipes/:name', { schema: getRecipeSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { name } = request.params;
    const shipped = join(RECIPES_DIR, `${name}.json`);
    if (listShippedRecipes().includes(name) && existsSync(shipped)) {
      if (request.query.version !== undefined) return sendError(reply, appError('not_found', `${name} is a shipped recipe: it has no saved versions`));
      return { name, source: 'shipped' as const, version: null, recipe: JSON.parse(readFileSync(shipped, 'utf8')) as unknown, versions: [], moreVersions: false };
    }
    const saved = await deps.services.indexRecipes.findRecipeVersion(name, request.query.version);
    if (saved === undefined) {
      return sendError(reply, appError('not_found', request.query.version === undefined ? `There is no recipe called "${name}"` : `There is no version ${String(request.query.version)} of "${name}"`));
    }
    const limit = request.query.versions;
    const found = await deps.services.indexRecipes.listRecipeVersions(name, limit + 1);
    const versions = found.slice(0, limit).map((v) => ({ version: v.version, savedAt: v.savedAt, savedBy: v.savedBy, note: v.note }));
    return { name, source: 'saved' as const, version: saved.version, recipe: JSON.parse(saved.recipe) as unknown, versions, moreVersions: found.length > limit };
  });

  app.post('/api/index/recipes', { schema: saveRecipeSchema, config: { access: { permission: 'index:write' } } }, async (request, reply) => {
    const principal = request.principal;
    if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
    const saved = await saveRecipe(deps.services, request.body.recipe, request.body.note, { userId: principal.userId, label: principal.email }, deps.clock);
    if (!saved.ok) return sendError(reply, recipeProblems(saved.error));
    const { name, version, created } = saved.value;
    return created ? reply.code(201).send({ name, version, created: true as const }) : reply.code(200).send({ name, version, created: false as const });
  });

  app.post('/api/index/preview', { schema: previewRecipeSchema, config: { access: { permission: 'index:write' } } }, async (request, reply) => {
    const checked = await checkRecipe(deps.services, request.body.recipe);
    if (!checked.ok) return sendError(reply, recipeProblems(checked.error));
    const recipe = checked.value;
    const values = await deps.services.indicators.latestIndicatorValues(indicatorCodesOf(recipe));
    const { areas, excluded, coldSpotCount } = await runInTurns(rankWithIntervalsInSteps(recipe, values, { seed: SEED, draws: PREVIEW_DRAWS }));
    return {
      recipe: { name: recipe.name, description: recipe.description, stages: recipe.stages.map((s) => ({ id: s.id, name: s.name, indicators: s.indicators.map((i) => i.code) })) },
      areas,
      excluded: excluded.map((x) => ({ areaCode: x.areaCode, areaName: x.areaName, reason: x.reason })),
      coldSpotCount,
      leftOut: await nationalLeftOut(deps.services),
    };
  });
}
