import type { Command } from 'commander';
import type { DatabaseTarget } from '../../storage/database-url.ts';
import { loadDemoDataInto } from '../../storage/seed/load-demo-data.ts';
import { loadConfigOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

/** Where the database is, as an open handle names it (storage/database.ts): a file path or host:port/database. */
function locationOf(target: DatabaseTarget): string {
  return target.engine === 'sqlite' ? target.path : `${target.host}:${String(target.port)}/${target.database}`;
}

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
