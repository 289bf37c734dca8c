import { Option, type Command } from 'commander';
import { isOpenStateFunded, PLACEMENT_COLUMNS, summarisePlacement, type PlacementSummary } from '../../domain/places/index.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { checkPlacement, placeSchoolsNow, type PlacementCheck } from '../../ingest/derive/place-schools.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';
import { schoolsCommand } from './schools-command.ts';

type Format = 'table' | 'json' | 'csv';

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)}%`);

function summaryTable(summary: PlacementSummary): string {
  const { total } = summary;
  const rows: [string, number][] = [
    ['gias', summary.by_rule.gias],
    ['coordinates', summary.by_rule.coordinates],
    ['single-tier-la', summary.by_rule.single_tier_la],
    ['postcode-sector (imputed)', summary.by_rule.postcode_sector],
    ['unplaced', summary.unplaced],
  ];
  return (
    `Open state-funded schools: ${String(total)}; placed ${String(summary.placed)} (${percent(summary.placed, total)}), ` +
    `exact ${String(summary.exact)} (${percent(summary.exact, total)}), imputed ${String(summary.imputed)} (${percent(summary.imputed, total)}).\n\n` +
    formatTable(['rule', 'schools', 'share'], rows.map(([rule, n]) => [rule, String(n), percent(n, total)]))
  );
}

function checkText(check: PlacementCheck): string {
  const { imputation: i, exactRules: e } = check;
  const lines = [
    `Leave-one-out over ${String(i.tested)} schools placed by their coordinates in two-tier authorities: the postcode-sector rule placed ${String(i.imputed)} (${percent(i.imputed, i.tested)}), ` +
      `${String(i.correct)} of them in their own district (${percent(i.correct, i.imputed)}).`,
    '',
    formatTable(['confidence', 'imputed', 'correct', 'accuracy'], i.byConfidence.map((b) => [b.band, String(b.imputed), String(b.correct), percent(b.correct, b.imputed)])),
    `Coordinates and single-tier authority, where both apply: ${String(e.agree)} of ${String(e.compared)} schools agree (${percent(e.agree, e.compared)}); coordinates are used where they differ.`,
  ];
  return lines.join('\n') + '\n';
}

export function registerSchoolPlacementCommands(program: Command, io: CliIo): void {
  const schools = schoolsCommand(program);
  schools
    .command('placement')
    .description('How every open state-funded school is placed in a district (by rule), and the schools no rule places')
    .addOption(new Option('--format <format>', 'output format: the report, or (csv) every open state-funded school with its placement').choices(['table', 'json', 'csv']).default('table'))
    .option('--check', 'also measure the rules: leave-one-out accuracy of the postcode-sector imputation, and how often coordinates and single-tier authority agree')
    .action(async (options: { format: Format; check?: boolean }) => {
      const config = loadConfigOrThrow(io.env);
      await withServices(config.database, async (services) => {
        const placed = await services.schoolPlacement.listSchoolPlacements();
        const check = options.check === true ? await checkPlacement(services) : null;
        if (options.format === 'csv') {
          io.stdout(toCsv(PLACEMENT_COLUMNS, placed.filter(isOpenStateFunded)));
          return;
        }
        const summary = summarisePlacement(placed);
        if (options.format === 'json') {
          io.stdout(JSON.stringify(check === null ? summary : { ...summary, check: { imputation: check.imputation, exact_rules: check.exactRules } }, null, 2) + '\n');
          return;
        }
        if (summary.total === 0) {
          io.stdout('No open state-funded schools are loaded yet. Run: oa import all <folder with the school files>\n');
          return;
        }
        io.stdout(summaryTable(summary));
        if (summary.unplaced > 0) {
          io.stdout(`\nUnplaced schools (${String(summary.unplaced)}):\n`);
          io.stdout(formatTable(['urn', 'name', 'reason'], summary.unplaced_schools.map((s) => [String(s.urn), s.name, s.reason])));
        }
        if (check !== null) io.stdout('\n' + checkText(check));
      });
    });

  schools
    .command('place')
    .description('Place every school in a district again by the rules (done after every register, locations or boundaries import; run it after upgrading)')
    .action(async () => {
      const config = loadConfigOrThrow(io.env);
      await withServices(config.database, async (services) => {
        const run = await placeSchoolsNow(services, { now: io.now().toISOString(), actor: cliActor(io) });
        const unplaced = run.placements.filter((p) => p.districtCode === null).length;
        io.stdout(`Placed ${String(run.placements.length - unplaced)} of ${String(run.placements.length)} schools in a district; ${String(run.changed)} changed.\n`);
      });
    });
}
