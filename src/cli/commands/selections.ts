import { Option, type Command } from 'commander';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { DEFAULT_LIST_LIMIT, noteShown, parseListLimit } from '../list-limit.ts';
import { withServices } from '../open-database.ts';

interface StoredDecision {
  areaName: string;
  region: string;
  areaType: string;
  rankA: number;
  rankB: number;
  picked: boolean;
  reason: string;
}

/** `oa selections list|show`: area selections saved with `oa select --save` or on the web. */
export function registerSelectionsCommands(program: Command, io: CliIo): void {
  const selections = program.command('selections').description('Saved area selections: what was asked and every decision with its reason');

  selections
    .command('list', { isDefault: true })
    .description('List saved selections, newest first')
    .option('--limit <n>', 'at most this many, newest first', parseListLimit, DEFAULT_LIST_LIMIT)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (options: { limit: number; format: 'table' | 'json' }) => {
      const config = loadConfigOrThrow(io.env);
      const { rows, total } = await withServices(config.database, async (services) => {
        return { rows: await services.areaSelections.listSelections(options.limit), total: await services.areaSelections.countSelections() };
      });
      noteShown(io, rows.length, total, 'saved selections, the newest');
      if (options.format === 'json') {
        io.stdout(JSON.stringify(rows, null, 2) + '\n');
        return;
      }
      if (rows.length === 0) {
        io.stdout('No selections are saved yet. Save one with: oa select … --save NAME\n');
        return;
      }
      io.stdout(formatTable(['name', 'saved', 'by', 'inputs'], rows.map((r) => [r.name, r.savedAt, r.savedBy, JSON.stringify(r.inputs)])));
    });

  selections
    .command('show')
    .description('Show one saved selection')
    .argument('<name>', 'the name it was saved under')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (name: string, options: { format: 'table' | 'json' }) => {
      const config = loadConfigOrThrow(io.env);
      const selection = await withServices(config.database, async (services) => {
        return services.areaSelections.findSelection(name);
      });
      if (selection === undefined) throw new UsageError(`No selection is saved as "${name}". See: oa selections list`);
      if (options.format === 'json') {
        io.stdout(JSON.stringify(selection, null, 2) + '\n');
        return;
      }
      const decisions = selection.decisions as StoredDecision[];
      io.stdout(`${selection.name}, saved ${selection.savedAt} by ${selection.savedBy}\nInputs: ${JSON.stringify(selection.inputs)}\n`);
      io.stdout(
        formatTable(
          ['', 'district', 'region', 'type', 'rank A', 'rank B', 'reason'],
          decisions.map((d) => [d.picked ? '✓' : ' ', d.areaName, d.region, d.areaType, String(d.rankA), String(d.rankB), d.reason]),
        ),
      );
    });
}
