import { Command, Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMAND_MODULES, TOP_LEVEL_COMMANDS } from '../../src/cli/command-modules.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { runOa } from '../support/cli.ts';

const io: CliIo = { env: {}, stdout: () => true, stderr: () => true, now: () => new Date(), readStdin: () => Promise.resolve(''), interactive: false };

describe('commands loaded only when run', () => {
  it('lists in oa --help exactly the commands the modules register, with their own usage and description', async () => {
    const program = new Command('oa');
    for (const module of COMMAND_MODULES) (await module.load())(program, io);
    const help = new Help();
    expect(program.commands.map((c) => ({ term: help.subcommandTerm(c), summary: c.description() }))).toEqual(TOP_LEVEL_COMMANDS);
  });

  it('knows which top-level commands each module creates or adds to', async () => {
    for (const module of COMMAND_MODULES) {
      const program = new Command('oa');
      (await module.load())(program, io);
      expect(program.commands.map((c) => c.name()).sort()).toEqual([...module.commands].sort());
    }
  });

  it('shows every command in oa --help, and a command’s own help in full', async () => {
    const help = await runOa(['--help'], {});
    expect(help.code).toBe(0);
    for (const { term } of TOP_LEVEL_COMMANDS) expect(help.stdout).toContain(term);
    const careers = await runOa(['careers', '--help'], {});
    expect(careers.stdout).toMatch(/import \[options\] <file>/);
    const demo = await runOa(['demo', '--help'], {});
    expect(demo.stdout).toContain('careers');
  });
});
