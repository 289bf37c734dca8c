import type { Command } from 'commander';
import { locationOf } from '../../storage/database.ts';
import { loadDemoDataInto } from '../../storage/seed/load-demo-data.ts';
import { loadConfigOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

export function registerDemoCommands(program: Command, io: CliIo): void {
  const demo = program.command('demo').description('Demo data: the programme’s published facts');
  demo
    .command('load')
    .description('Load the 12 Opportunity Areas, research schools, board chairs and funding (safe to run again)')
    .action(async () => {
      const config = loadConfigOrThrow(io.env);
      await withServices(config.database, async (services) => {
        const result = await loadDemoDataInto(services, io.now);
        io.stdout(
          `Demo data: ${String(result.inserted)} inserted, ${String(result.updated)} updated, ${String(result.unchanged)} unchanged (${locationOf(config.database)}).\n`,
        );
      });
    });
}
