import { Command } from 'commander';
import { COMMAND_MODULES, commandNameOf, TOP_LEVEL_COMMANDS } from './command-modules.ts';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, failureOf } from './failure.ts';
import type { CliIo } from './io.ts';

/** The first word that is not an option: the top-level command asked for, if any. */
function commandAskedFor(argv: readonly string[]): string | undefined {
  return argv.find((arg) => !arg.startsWith('-'));
}

/**
 * The program with the modules of the command asked for registered in full, and every other top-level
 * command as a line of help only: `oa --help` and `oa areas list` load nothing they do not use.
 */
async function buildProgram(io: CliIo, argv: readonly string[]): Promise<Command> {
  const program = new Command('oa')
    .description('Opportunity Areas: run a place-based social-mobility programme on public data')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run oa --help to see the commands)');
  const asked = commandAskedFor(argv);
  const modules = COMMAND_MODULES.filter((m) => asked !== undefined && m.commands.includes(asked));
  for (const module of modules) (await module.load())(program, io);
  if (modules.length === 0) {
    const terms = new Map(TOP_LEVEL_COMMANDS.map((c) => [commandNameOf(c.term), c.term]));
    for (const { term, summary } of TOP_LEVEL_COMMANDS) program.command(commandNameOf(term)).description(summary);
    program.configureHelp({ subcommandTerm: (command) => terms.get(command.name()) ?? command.name() });
  }
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
  const program = await buildProgram(io, argv);
  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    const failure = failureOf(error);
    if (failure.message !== null) io.stderr(`oa: ${failure.message}\n`);
    if (failure.exitCode === EXIT_FAILURE && error instanceof Error && io.env['OA_DEBUG'] === '1' && error.stack !== undefined) io.stderr(`${error.stack}\n`);
    return failure.exitCode;
  }
}
