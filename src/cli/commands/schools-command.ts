import type { Command } from 'commander';

/** `oa schools`: one command that several capabilities add subcommands to (similar schools, need scores). */
export function schoolsCommand(program: Command): Command {
  return program.commands.find((c) => c.name() === 'schools') ?? program.command('schools').description('Schools in the register: similar schools and need scores');
}
