import { InvalidArgumentError, Option, type Command } from 'commander';
import { toCsv } from '../../domain/shared/csv.ts';
import { DEFAULT_NEIGHBOURS, differsMostOn, DISTANCE_PLACES, findNeighbours, neighbourCsvColumns, pairOpportunityAreas, shownNeighbour, type TwinPairing } from '../../domain/twinning/index.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';
import { TWIN_TIERS, type TwinInputs, type TwinTier } from '../../app/twinning/load-twin-inputs.ts';
import { printRecipeComparison } from '../twins/compare-recipes-command.ts';
import { loadTwinInputsOrThrow } from '../twins/load-twin-matrix.ts';
import { printDiff, printSets, saveCurrentSet } from '../twins/neighbour-set-commands.ts';

interface TwinsOptions {
  tier: TwinTier;
  area?: string;
  k?: number;
  recipe: string;
  indicators?: string;
  excludeOpportunityAreas?: boolean;
  sameRegion?: boolean;
  name?: string;
  from?: number;
  to?: number;
  with?: string;
  format: 'table' | 'json' | 'csv';
}

const MODES = ['pair', 'save', 'sets', 'diff', 'compare'] as const;

const setId = (value: string): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1) throw new InvalidArgumentError('must be a saved set’s id, a whole number (oa twins sets lists them).');
  return n;
};

const wholeNumber = (value: string): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 100) throw new InvalidArgumentError('must be a whole number from 1 to 100.');
  return n;
};

const round = (x: number) => Math.round(x * 10 ** DISTANCE_PLACES) / 10 ** DISTANCE_PLACES;

export function registerTwinsCommand(program: Command, io: CliIo): void {
  program
    .command('twins')
    .description('Statistical neighbours of districts or upper-tier authorities, with why each is similar; `oa twins pair` twins each Opportunity Area one-to-one')
    .argument('[mode]', '"pair": one-to-one twins for the Opportunity Areas (optimal and greedy); "save": keep the lists with recipe and data vintage; "sets": the saved sets; "diff": what changed since a saved set; "compare": how the lists of --recipe and --with differ for the Opportunity Areas; leave out for neighbour lists')
    .addOption(new Option('--tier <tier>', 'districts, or upper-tier (education) authorities with district figures rolled up').choices([...TWIN_TIERS]).default('district'))
    .option('--area <code>', 'only this area’s neighbours (GSS code)')
    .option('--k <n>', `neighbours per area (default ${String(DEFAULT_NEIGHBOURS)}), or twins per Opportunity Area with pair (default 1)`, wholeNumber)
    .option('--recipe <name|file>', 'the recipe whose indicators and weights set the distance: proxy-district-2019 (outcomes and deprivation, the cold-spot index) or context-upper-tier-2019 (context only, like the DfE statistical neighbours; for --tier upper)', 'proxy-district-2019')
    .option('--indicators <code=weight,…>', 'choose indicators and weights instead of a recipe, e.g. ks4_attainment8=2,pct_fsm_pupils=1')
    .option('--exclude-opportunity-areas', 'leave out areas in another Opportunity Area')
    .option('--same-region', 'only neighbours in the area’s own region')
    .option('--name <name>', 'with save: a name for the saved set')
    .option('--from <id>', 'with diff: the saved set to compare from', setId)
    .option('--to <id>', 'with diff: a saved set to compare with (default: the lists computed now with the same recipe and options)', setId)
    .option('--with <name|file>', 'with compare: the second recipe, e.g. --recipe context-upper-tier-2019 --with proxy-district-2019')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (mode: string | undefined, options: TwinsOptions) => {
      if (mode !== undefined && !(MODES as readonly string[]).includes(mode)) throw new UsageError(`There is no "oa twins ${mode}": use oa twins, or oa twins ${MODES.join(', ')}.`);
      const config = loadConfigOrThrow(io.env);
      await withServices(config.database, async (services) => {
        if (mode === 'sets') {
          await printSets(services, io, options.format);
          return;
        }
        if (mode === 'diff') {
          await printDiff(services, io, options);
          return;
        }
        if (mode === 'compare') {
          await printRecipeComparison(services, io, options);
          return;
        }
        const inputs = await loadTwinInputsOrThrow(services, options);
        if (inputs.matrix.areas.length < 2) throw new Error('Fewer than two areas have values for these indicators. Load them first (oa import all, oa indicators derive).');
        for (const note of inputs.notes) io.stderr(`${note}\n`);
        if (mode === 'save') await saveCurrentSet(services, io, inputs, options);
        else if (mode === 'pair') printPairing(io, inputs.recipe.name, options, pairOpportunityAreas(inputs.matrix, inputs.geography.opportunityAreas, options.k ?? 1));
        else printNeighbours(io, options, inputs);
      });
    });
}

function printNeighbours(io: CliIo, options: TwinsOptions, inputs: TwinInputs): void {
  const { matrix, recipe, periods, indicatorNames } = inputs;
  const result = findNeighbours(matrix, { k: options.k ?? DEFAULT_NEIGHBOURS, excludeOpportunityAreas: options.excludeOpportunityAreas === true, sameRegion: options.sameRegion === true });
  let areas = result.areas;
  if (options.area !== undefined) {
    const code = options.area.toUpperCase();
    areas = areas.filter((a) => a.code === code);
    if (areas.length === 0) {
      const left = result.excluded.find((x) => x.areaCode === code);
      if (left !== undefined) throw new Error(`${left.areaName} (${code}) has no neighbours with this recipe: ${left.reason}.`);
      throw new UsageError(`There is no ${options.tier === 'district' ? 'district' : 'upper-tier authority'} with code ${code} among the areas compared.`);
    }
  }
  const shown = areas.map((a) => ({ area: a, neighbours: a.neighbours.map(shownNeighbour) }));
  if (options.format === 'json') {
    io.stdout(
      JSON.stringify(
        {
          tier: options.tier,
          recipe: recipe.name,
          periods,
          indicators: matrix.columns.map((c) => ({ code: c.code, name: indicatorNames[c.code] ?? c.code, weight: round(c.weight) })),
          bands: { very_close: round(result.bands.veryClose), close: round(result.bands.close) },
          excluded: result.excluded,
          areas: shown.map(({ area, neighbours }) => ({ code: area.code, name: area.name, neighbours })),
        },
        null,
        2,
      ) + '\n',
    );
  } else if (options.format === 'csv') {
    io.stdout(toCsv(neighbourCsvColumns(matrix.columns.map((c) => c.code)), shown.flatMap(({ area, neighbours }) => neighbours.map((neighbour) => ({ area, neighbour })))));
  } else {
    for (const { area, neighbours } of shown) {
      io.stdout(`${area.name} (${area.code})\n`);
      io.stdout(
        formatTable(
          ['rank', 'code', 'name', 'distance', 'band', 'reciprocal', 'differs most on'],
          neighbours.map((n) => [String(n.rank), n.code, n.name, n.distance.toFixed(DISTANCE_PLACES), n.band, n.reciprocal ? 'yes' : 'no', differsMostOn(n, indicatorNames)]),
        ) + '\n',
      );
    }
    io.stdout(`Bands: very close ≤ ${result.bands.veryClose.toFixed(DISTANCE_PLACES)}, close ≤ ${result.bands.close.toFixed(DISTANCE_PLACES)} (tertiles of every listed distance).\n`);
    if (result.excluded.length > 0 && options.area === undefined) io.stdout(`Not compared: ${result.excluded.map((x) => `${x.areaName} (${x.reason})`).join('; ')}\n`);
  }
}

function printPairing(io: CliIo, recipeName: string, options: TwinsOptions, result: ReturnType<typeof pairOpportunityAreas>): void {
  const shape = (p: TwinPairing) => ({
    total: round(p.total),
    opportunity_areas: p.opportunityAreas.map((oa) => ({ id: oa.id, name: oa.name, twins: oa.twins.map((t) => ({ code: t.code, name: t.name, distance: round(t.distance) })) })),
  });
  if (options.format === 'json') {
    io.stdout(JSON.stringify({ tier: options.tier, recipe: recipeName, k: options.k ?? 1, optimal: shape(result.optimal), greedy: shape(result.greedy), unpaired: result.unpaired }, null, 2) + '\n');
    return;
  }
  const rows = result.optimal.opportunityAreas.flatMap((oa, i) =>
    oa.twins.map((t, j) => {
      const g = result.greedy.opportunityAreas[i]?.twins[j];
      return { id: oa.id, name: oa.name, optimal: t, greedy: g };
    }),
  );
  if (options.format === 'csv') {
    io.stdout(
      toCsv(
        [
          { header: 'opportunity_area', value: (r: (typeof rows)[number]) => r.id },
          { header: 'optimal_code', value: (r) => r.optimal.code },
          { header: 'optimal_name', value: (r) => r.optimal.name },
          { header: 'optimal_distance', value: (r) => round(r.optimal.distance) },
          { header: 'greedy_code', value: (r) => r.greedy?.code ?? null },
          { header: 'greedy_name', value: (r) => r.greedy?.name ?? null },
          { header: 'greedy_distance', value: (r) => (r.greedy === undefined ? null : round(r.greedy.distance)) },
        ],
        rows,
      ),
    );
    return;
  }
  io.stdout(
    formatTable(
      ['Opportunity Area', 'optimal twin', 'distance', 'greedy twin', 'distance'],
      rows.map((r) => [r.name, `${r.optimal.name} (${r.optimal.code})`, r.optimal.distance.toFixed(DISTANCE_PLACES), r.greedy === undefined ? '' : `${r.greedy.name} (${r.greedy.code})`, r.greedy?.distance.toFixed(DISTANCE_PLACES) ?? '']),
    ),
  );
  io.stdout(`Total distance: optimal ${result.optimal.total.toFixed(DISTANCE_PLACES)}, greedy ${result.greedy.total.toFixed(DISTANCE_PLACES)}.\n`);
  for (const u of result.unpaired) io.stdout(`Not twinned: ${u.name} (${u.reason}).\n`);
}
