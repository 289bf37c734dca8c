import { createHash } from 'node:crypto';
import { toCsv } from '../../domain/shared/csv.ts';
import { formatRecipeProblem, validateRecipe } from '../../domain/social-mobility-index/index.ts';
import { DEFAULT_NEIGHBOURS, diffNeighbourSets, findNeighbours, type SavedList } from '../../domain/twinning/index.ts';
import { loadTwinInputs, TWIN_TIERS, type TwinInputs, type TwinTier } from '../../app/twinning/load-twin-inputs.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { cliActor } from '../cli-actor.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';

/** A saved neighbour set as `oa twins sets` lists it. */
type NeighbourSetSummary = Awaited<ReturnType<Services['neighbourSets']['listNeighbourSets']>>[number];

export interface SetOptions {
  readonly tier: TwinTier;
  readonly k?: number;
  readonly excludeOpportunityAreas?: boolean;
  readonly sameRegion?: boolean;
  readonly name?: string;
  readonly from?: number;
  readonly to?: number;
  readonly format: 'table' | 'json' | 'csv';
}

/** SHA-256 of exactly what the lists were computed from: areas, indicators, weights and values. */
function checksumOf(inputs: TwinInputs): string {
  const { matrix } = inputs;
  return createHash('sha256')
    .update(JSON.stringify({ areas: matrix.areas.map((a) => [a.code, a.regionCode, a.opportunityArea]), columns: matrix.columns, raw: Array.from(matrix.raw, (x) => (Number.isNaN(x) ? null : x)) }))
    .digest('hex');
}

function listsOf(inputs: TwinInputs, options: { k: number; excludeOpportunityAreas: boolean; sameRegion: boolean }) {
  return findNeighbours(inputs.matrix, options).areas.map((a) => ({
    areaCode: a.code,
    neighbours: a.neighbours.map((n) => ({ code: n.code, distance: n.distance, band: n.band, reciprocal: n.reciprocal })),
  }));
}

/** `oa twins save`: the current lists, with recipe, options, vintage and checksum. */
export async function saveCurrentSet(services: Services, io: CliIo, inputs: TwinInputs, options: SetOptions): Promise<void> {
  const setOptions = { k: options.k ?? DEFAULT_NEIGHBOURS, excludeOpportunityAreas: options.excludeOpportunityAreas === true, sameRegion: options.sameRegion === true };
  const at = io.now().toISOString();
  const name = options.name ?? `${options.tier} ${inputs.recipe.name} k=${String(setOptions.k)} ${at.slice(0, 10)}`;
  const lists = listsOf(inputs, setOptions);
  const id = await services.neighbourSets.saveNeighbourSet(
    { name, tier: options.tier, recipeName: inputs.recipe.name, recipe: inputs.recipe, options: setOptions, vintage: inputs.periods, checksum: checksumOf(inputs), lists },
    at,
    cliActor(io),
  );
  io.stdout(`Saved neighbour set ${String(id)} "${name}": ${String(lists.length)} areas × ${String(setOptions.k)} (${options.tier}, ${inputs.recipe.name}; vintage ${Object.entries(inputs.periods).map(([c, p]) => `${c} ${p}`).join(', ')}).\n`);
}

/** `oa twins sets`: every saved set, newest first. */
export async function printSets(services: Services, io: CliIo, format: SetOptions['format']): Promise<void> {
  const sets = await services.neighbourSets.listNeighbourSets();
  if (format === 'json') io.stdout(JSON.stringify({ sets }, null, 2) + '\n');
  else if (format === 'csv') {
    io.stdout(toCsv([
      { header: 'id', value: (s: NeighbourSetSummary) => s.id },
      { header: 'name', value: (s) => s.name },
      { header: 'tier', value: (s) => s.tier },
      { header: 'recipe', value: (s) => s.recipeName },
      { header: 'k', value: (s) => s.options.k },
      { header: 'areas', value: (s) => s.areaCount },
      { header: 'saved_at', value: (s) => s.savedAt },
      { header: 'saved_by', value: (s) => s.savedBy },
      { header: 'checksum', value: (s) => s.checksum },
    ], sets));
  } else {
    io.stdout(formatTable(['id', 'name', 'tier', 'recipe', 'k', 'areas', 'saved', 'by'], sets.map((s) => [String(s.id), s.name, s.tier, s.recipeName, String(s.options.k), String(s.areaCount), s.savedAt, s.savedBy])));
  }
}

/**
 * `oa twins diff --from ID [--to ID]`: what changed between two saved sets, or between a saved set and the
 * lists computed now with the same recipe and options (after new data or a boundary change).
 */
export async function printDiff(services: Services, io: CliIo, options: SetOptions): Promise<void> {
  if (options.from === undefined) throw new UsageError('Say which saved set to compare: oa twins diff --from ID [--to ID] (oa twins sets lists them).');
  const from = await services.neighbourSets.getNeighbourSet(options.from);
  if (from === null) throw new UsageError(`There is no saved neighbour set ${String(options.from)} (oa twins sets lists them).`);
  let to: { label: string; vintage: Record<string, string> | null; lists: SavedList[] };
  if (options.to !== undefined) {
    const saved = await services.neighbourSets.getNeighbourSet(options.to);
    if (saved === null) throw new UsageError(`There is no saved neighbour set ${String(options.to)} (oa twins sets lists them).`);
    if (saved.summary.tier !== from.summary.tier) throw new UsageError(`Set ${String(from.summary.id)} is of tier ${from.summary.tier} and set ${String(saved.summary.id)} of tier ${saved.summary.tier}: compare two sets of the same tier.`);
    to = { label: `set ${String(saved.summary.id)}`, vintage: { ...saved.summary.vintage }, lists: saved.lists };
  } else {
    const recipe = validateRecipe(JSON.parse(await services.neighbourSets.neighbourSetRecipeText(from.summary.id)), await services.indicators.indicatorCodes());
    if (!recipe.ok) throw new Error(`Set ${String(from.summary.id)}'s recipe cannot run on the data loaded now: ${recipe.error.map(formatRecipeProblem).join('; ')}`);
    const tier = (TWIN_TIERS as readonly string[]).includes(from.summary.tier) ? (from.summary.tier as TwinTier) : 'district';
    const inputs = await loadTwinInputs(services, { tier, recipe: recipe.value });
    to = { label: 'now', vintage: { ...inputs.periods }, lists: listsOf(inputs, from.summary.options).map((l) => ({ areaCode: l.areaCode, neighbours: l.neighbours.map((n) => n.code) })) };
  }
  const { changes, counts } = diffNeighbourSets(from.lists, to.lists);
  const shown = changes.filter((c) => c.status !== 'unchanged');
  if (options.format === 'json') {
    io.stdout(JSON.stringify({ from: from.summary, to: to.label, toVintage: to.vintage, counts, changes: shown }, null, 2) + '\n');
    return;
  }
  if (options.format === 'csv') {
    io.stdout(toCsv([
      { header: 'area_code', value: (c: (typeof shown)[number]) => c.areaCode },
      { header: 'status', value: (c) => c.status },
      { header: 'joined', value: (c) => c.joined.join(' ') },
      { header: 'left', value: (c) => c.left.join(' ') },
      { header: 'moved', value: (c) => c.moved.map((m) => `${m.code}:${String(m.from)}>${String(m.to)}`).join(' ') },
    ], shown));
    return;
  }
  io.stdout(`Set ${String(from.summary.id)} "${from.summary.name}" (${from.summary.savedAt}) against ${to.label}: ${String(counts.changed)} lists changed, ${String(counts.unchanged)} unchanged, ${String(counts.new)} new areas, ${String(counts.gone)} gone.\n`);
  if (shown.length > 0) {
    io.stdout(formatTable(['area', 'status', 'joined', 'left', 'moved'], shown.map((c) => [c.areaCode, c.status, c.joined.join(' '), c.left.join(' '), String(c.moved.length)])));
  }
}
