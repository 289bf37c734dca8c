import type { Command } from 'commander';
import { loadDemoData } from '../../storage/seed/load-demo-data.ts';
import { loadConfigOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { assertMigratedOrThrow, withDatabase } from '../open-database.ts';

export function registerDemoCommands(program: Command, io: CliIo): void {
  const demo = program.command('demo').description('Demo data: the programme’s published facts');
  demo
    .command('load')
    .description('Load the 12 Opportunity Areas, research schools, board chairs and funding (safe to run again)')
    .action(async () => {
      const config = loadConfigOrThrow(io.env);
      await withDatabase(config.database, async (handle) => {
        await assertMigratedOrThrow(handle);
        const result = await loadDemoData(handle.db, io.now);
        io.stdout(
          `Demo data: ${String(result.inserted)} inserted, ${String(result.updated)} updated, ${String(result.unchanged)} unchanged (${handle.location}).\n`,
        );
      });
    });
}
