import { InvalidArgumentError, Option, type Command } from 'commander';
import { AppFailure, appError } from '../../app/errors.ts';
import { BAND_SHARES, type BandName } from '../../domain/social-mobility-index/index.ts';
import { runSelection, type SelectionInputs } from '../../app/social-mobility-index/run-selection.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

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
    .option('--save <name>', 'save the selection (inputs, recipe versions, every decision) under this name', (v) => {
      if (!/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,79}$/.test(v)) throw new InvalidArgumentError('use letters, digits, spaces, dots, hyphens or underscores, up to 80 characters.');
      return v;
    })
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (options: { a: { recipe: string; band: BandName }; b: { recipe: string; band: BandName }; shortlist: number; minPerRegion: number; maxTypeShare: number; save?: string; format: 'table' | 'json' }) => {
      const config = loadConfigOrThrow(io.env);
      const inputs: SelectionInputs = { a: options.a, b: options.b, shortlist: options.shortlist, minPerRegion: options.minPerRegion, maxTypeShare: options.maxTypeShare };
      const { decisions, saved } = await withServices(config.database, async (services) => {
        const run = await runSelection(services, inputs, { allowPaths: true });
        if (!run.ok) throw new UsageError(run.error.join('\n'));
        if (options.save === undefined) return { decisions: run.value.decisions, saved: false };
        const outcome = await services.areaSelections.saveSelection({ name: options.save, inputs: run.value.inputs, decisions: run.value.decisions }, cliActor(io), io.now);
        if (outcome === 'exists') throw new AppFailure(appError('conflict', `A selection called "${options.save}" is already saved; a saved selection is a record and is never replaced. Choose another name.`));
        return { decisions: run.value.decisions, saved: true };
      });
      if (saved) io.stderr(`Saved as "${String(options.save)}". See it again with: oa selections show ${String(options.save)}\n`);
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
