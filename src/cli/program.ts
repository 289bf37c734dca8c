import { Command, CommanderError } from 'commander';
import { ConfigurationError } from '../storage/database-url.ts';
import { DatabaseConnectionError } from '../storage/database.ts';
import { registerAreasCommands } from './commands/areas-list.ts';
import { registerAuditCommands } from './commands/audit.ts';
import { registerBackupCommands } from './commands/backup.ts';
import { registerDbCommands } from './commands/db-migrate.ts';
import { registerDemoCommands } from './commands/demo-load.ts';
import { registerImpactCommands } from './commands/impact.ts';
import { registerImportCommand } from './commands/import.ts';
import { registerDataCommands } from './commands/data-download.ts';
import { registerIndicatorCommands } from './commands/indicators.ts';
import { registerIndexCommands } from './commands/index-commands.ts';
import { registerSelectCommand } from './commands/select.ts';
import { registerSelectionsCommands } from './commands/selections.ts';
import { registerFundingCommands } from './commands/funding.ts';
import { registerCareersCommands } from './commands/careers.ts';
import { registerOpenApiCommand } from './commands/openapi.ts';
import { registerPlansCommands } from './commands/plans.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerStartCommand } from './commands/start.ts';
import { registerTokensCommands } from './commands/tokens.ts';
import { registerUsersCommands } from './commands/users.ts';
import { registerTwinsCommand } from './commands/twins.ts';
import { registerSchoolsCommands } from './commands/schools-similar.ts';
import { registerSchoolPlacementCommands } from './commands/schools-placement.ts';
import { registerResearchNetworkCommands } from './commands/research-network.ts';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './failure.ts';
import type { CliIo } from './io.ts';

function buildProgram(io: CliIo): Command {
  const program = new Command('oa')
    .description('Opportunity Areas: run a place-based social-mobility programme on public data')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run oa --help to see the commands)');
  registerDbCommands(program, io);
  registerBackupCommands(program, io);
  registerDemoCommands(program, io);
  registerAreasCommands(program, io);
  registerServeCommand(program, io);
  registerStartCommand(program, io);
  registerOpenApiCommand(program, io);
  registerUsersCommands(program, io);
  registerTokensCommands(program, io);
  registerAuditCommands(program, io);
  registerImportCommand(program, io);
  registerDataCommands(program, io);
  registerIndicatorCommands(program, io);
  registerImpactCommands(program, io);
  registerIndexCommands(program, io);
  registerSelectCommand(program, io);
  registerSelectionsCommands(program, io);
  registerTwinsCommand(program, io);
  registerSchoolsCommands(program, io);
  registerSchoolPlacementCommands(program, io);
  registerFundingCommands(program, io);
  registerPlansCommands(program, io);
  registerResearchNetworkCommands(program, io);
  registerCareersCommands(program, io);
  // Subcommands inherit exit handling and output so every usage error exits 2 in the same way.
  const inherit = (command: Command): void => {
    for (const sub of command.commands) {
      sub.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
      inherit(sub);
    }
  };
  inherit(program);
  return program;
}

/**
 * Runs `oa` with `argv` (without the node and script names) and returns the exit code:
 * 0 success, 1 failure (with a one-line reason), 2 bad usage.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK;
      if (error.code === 'commander.help') return EXIT_USAGE;
      return EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr(`oa: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof ConfigurationError || error instanceof DatabaseConnectionError || error instanceof Error) {
      io.stderr(`oa: ${error.message}\n`);
      if (io.env['OA_DEBUG'] === '1' && error.stack !== undefined) io.stderr(`${error.stack}\n`);
      return EXIT_FAILURE;
    }
    io.stderr(`oa: ${String(error)}\n`);
    return EXIT_FAILURE;
  }
}
