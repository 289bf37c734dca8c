import { InvalidArgumentError, Option, type Command } from 'commander';
import { loadConfigOrThrow } from '../config.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

export function registerAuditCommands(program: Command, io: CliIo): void {
  const audit = program.command('audit').description('The log of every change: who, when, what');
  audit
    .command('list')
    .description('Show the newest entries first')
    .option('--limit <n>', 'how many entries', (value) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('--limit must be a whole number from 1 to 1000.');
      return n;
    }, 50)
    .option('--entity <type:id>', 'only entries about one thing, e.g. partnership_board:blackpool')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (options: { limit: number; entity?: string; format: 'table' | 'json' }) => {
      const [entityType, entityId] = options.entity === undefined ? [] : options.entity.split(/:(.*)/s);
      const config = loadConfigOrThrow(io.env);
      const entries = await withServices(config.database, async (services) => {
        return services.audit.listAudit({
          limit: options.limit,
          ...(entityType === undefined ? {} : { entityType }),
          ...(entityId === undefined || entityId === '' ? {} : { entityId }),
        });
      });
      if (options.format === 'json') {
        io.stdout(JSON.stringify(entries, null, 2) + '\n');
        return;
      }
      io.stdout(
        entries.length === 0
          ? 'The audit log is empty.\n'
          : formatTable(
              ['at', 'actor', 'action', 'entity', 'summary'],
              entries.map((e) => [e.at, e.actor, e.action, `${e.entityType}:${e.entityId}`, JSON.stringify(e.summary)]),
            ),
      );
    });
}
