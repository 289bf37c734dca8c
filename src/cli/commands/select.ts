import { InvalidArgumentError, Option, type Command } from 'commander';
import { BAND_SHARES, computeIndex, selectAreas, type BandName, type SelectionArea } from '../../domain/social-mobility-index/index.ts';
import { latestIndicatorValues } from '../../storage/repositories/indicators.repository.ts';
import { loadConfigOrThrow } from '../config.ts';
import { formatTable } from '../format-table.ts';
import { indicatorCodesOf, loadRecipeOrThrow } from '../index/load-recipe.ts';
import type { CliIo } from '../io.ts';
import { assertMigratedOrThrow, withDatabase } from '../open-database.ts';

const BANDS = Object.keys(BAND_SHARES) as BandName[];

/** `recipe:band`, e.g. `proxy-district-2019:bottom-sixth`. */
function recipeAndBand(value: string): { recipe: string; band: BandName } {
  const at = value.lastIndexOf(':');
  const band = value.slice(at + 1);
  if (at <= 0 || !(BANDS as string[]).includes(band)) {
    throw new InvalidArgumentError(`give RECIPE:BAND, where BAND is one of ${BANDS.join(', ')} (got "${value}").`);
  }
  return { recipe: value.slice(0, at), band: band as BandName };
}

const positiveInteger = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('must be a whole number from 1 to 1000.');
  return n;
};

/** The kind of authority a district code names (GSS entity), for a mix of area types. */
function areaTypeOf(code: string): string {
  return { E06: 'unitary', E07: 'shire district', E08: 'metropolitan', E09: 'London borough' }[code.slice(0, 3)] ?? 'other';
}

export function registerSelectCommand(program: Command, io: CliIo): void {
  program
    .command('select')
    .description('Choose areas as the programme did: worst band of index A and of index B, then a shortlist with regional spread and a mix of area types')
    .requiredOption('--a <recipe:band>', 'first index and band, e.g. proxy-district-2019:bottom-sixth', recipeAndBand)
    .requiredOption('--b <recipe:band>', 'second index and band, e.g. smc-2016:bottom-half', recipeAndBand)
    .option('--shortlist <n>', 'how many to pick', positiveInteger, 12)
    .option('--min-per-region <n>', 'at least this many from each region on the long list', (v) => {
      const n = Number(v);
      if (!/^\d+$/.test(v.trim()) || n > 1000) throw new InvalidArgumentError('must be a whole number from 0 to 1000.');
      return n;
    }, 1)
    .option('--max-type-share <share>', 'no more than this share of the shortlist of one area type', (v) => {
      const n = Number(v);
      if (!(n > 0 && n <= 1)) throw new InvalidArgumentError('must be a share above 0 and at most 1, e.g. 0.5.');
      return n;
    }, 0.5)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (options: { a: { recipe: string; band: BandName }; b: { recipe: string; band: BandName }; shortlist: number; minPerRegion: number; maxTypeShare: number; format: 'table' | 'json' }) => {
      const config = loadConfigOrThrow(io.env);
      const decisions = await withDatabase(config.database, async (handle) => {
        await assertMigratedOrThrow(handle);
        const results = [];
        for (const { recipe: name } of [options.a, options.b]) {
          const recipe = await loadRecipeOrThrow(handle.db, name);
          results.push(computeIndex(recipe, await latestIndicatorValues(handle.db, indicatorCodesOf(recipe))).areas);
        }
        const areas = await handle.db.selectFrom('areas').select(['code', 'name', 'kind', 'parent_code']).execute();
        const byCode = new Map(areas.map((a) => [a.code, a]));
        const regionOf = (code: string): string => {
          let current = byCode.get(code);
          for (let depth = 0; current !== undefined && current.kind !== 'region' && depth < 4; depth += 1) {
            current = current.parent_code === null ? undefined : byCode.get(current.parent_code);
          }
          return current?.kind === 'region' ? current.name : 'Unknown region';
        };
        const places = new Map<string, SelectionArea>(
          areas.filter((a) => a.kind === 'district').map((a) => [a.code, { areaCode: a.code, areaName: a.name, region: regionOf(a.code), areaType: areaTypeOf(a.code) }]),
        );
        const [a = [], b = []] = results;
        return selectAreas(a, options.a.band, b, options.b.band, places, {
          shortlist: options.shortlist,
          minPerRegion: options.minPerRegion,
          maxShareOfOneType: options.maxTypeShare,
        });
      });
      if (options.format === 'json') {
        io.stdout(JSON.stringify({ longList: decisions.length, shortlist: decisions.filter((d) => d.picked), passedOver: decisions.filter((d) => !d.picked) }, null, 2) + '\n');
        return;
      }
      io.stdout(`Long list: ${String(decisions.length)} districts in both bands; picked ${String(decisions.filter((d) => d.picked).length)}.\n`);
      io.stdout(
        formatTable(
          ['', 'district', 'region', 'type', 'rank A', 'rank B', 'reason'],
          decisions.map((d) => [d.picked ? '✓' : ' ', d.areaName, d.region, d.areaType, String(d.rankA), String(d.rankB), d.reason]),
        ),
      );
    });
}
