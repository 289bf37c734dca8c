import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMAND_MODULES } from '../../src/cli/command-modules.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { IMPORTERS } from '../../src/ingest/importers/index.ts';
import { commandWords, HOW_TO_FILL } from '../../web/src/components/first-run/how-to-fill.ts';
import { plainRecipeProblems, readRecipeProblems, splitRecipeMessage } from '../../web/src/pages/index/recipe-problems.ts';

const io: CliIo = { env: {}, stdout: () => true, stderr: () => true, now: () => new Date(), readStdin: () => Promise.resolve(''), interactive: false };

/** The whole `oa` program, every module registered, as `oa --help` would see it. */
async function oaProgram(): Promise<Command> {
  const program = new Command('oa');
  for (const module of COMMAND_MODULES) (await module.load())(program, io);
  return program;
}

/** The command the words name and the words left for its arguments, or null when a word names no command. */
function findCommand(program: Command, words: readonly string[]): { command: Command; args: readonly string[] } | null {
  let command = program;
  let rest = words;
  while (rest.length > 0) {
    const sub = command.commands.find((c) => c.name() === rest[0]);
    if (sub === undefined) break;
    command = sub;
    rest = rest.slice(1);
  }
  return command === program ? null : { command, args: rest };
}

describe('what each empty page tells whoever runs the service to type', () => {
  it('names only commands the oa program has, with the arguments each takes', async () => {
    const program = await oaProgram();
    const kinds = new Set(['all', ...IMPORTERS.map((importer) => importer.kind)]);
    for (const [missing, { commands }] of Object.entries(HOW_TO_FILL)) {
      expect(commands.length, missing).toBeGreaterThan(0);
      for (const text of commands) {
        const found = findCommand(program, commandWords(text));
        expect(found, `${missing}: ${text}`).not.toBeNull();
        if (found === null) continue;
        // A command that still has subcommands is a group, not something to run.
        expect(found.command.commands.filter((c) => c.name() !== 'help'), `${missing}: ${text} is a group of commands`).toEqual([]);
        const required = found.command.registeredArguments.filter((a) => a.required).length;
        expect(found.args.length, `${missing}: ${text} gives ${String(found.args.length)} of ${String(required)} arguments`).toBe(required);
        if (found.command.name() === 'import' && found.command.parent === program) expect(kinds, `${missing}: ${text}`).toContain(found.args[0]);
      }
    }
  });

  it('fails for a command the program does not have, so the check above can fail', async () => {
    const program = await oaProgram();
    expect(findCommand(program, commandWords('oa indicators derives'))?.args).toEqual(['derives']);
    expect(findCommand(program, commandWords('oa plan import FILE.csv'))).toBeNull();
  });
});

describe('a recipe the index cannot calculate, in plain words', () => {
  const message =
    'stages[0].indicators[0].code: unknown indicator "ks2_pct_rwm_expected"; stages[0].indicators[1].code: unknown indicator "ks4_attainment8"; ' +
    'stages[2].indicators[0].code: unknown indicator "ks2_pct_rwm_expected"';

  it('turns indicators that are not loaded into a list of their codes, each once, and leaves no validator path', () => {
    const problems = readRecipeProblems(splitRecipeMessage(message));
    expect(problems).toEqual({ missingIndicators: ['ks2_pct_rwm_expected', 'ks4_attainment8'], others: [] });
  });

  it('says any other problem in the words of the editor’s fields, naming stages where it knows them', () => {
    const problems = plainRecipeProblems(
      [
        { path: 'recipe.stages[1].indicators[0].weight', message: 'must be a number greater than 0, not "-1"' },
        { path: 'stages[0].indicators[2].polarity', message: 'must be one of higher_is_better, higher_is_worse, not "up"' },
        { path: 'name', message: 'enter a name for the recipe' },
        { path: 'stages[3].indicators[0].code', message: 'unknown indicator "imd"' },
        { path: '', message: 'a recipe needs at least one stage' },
      ],
      ['School', 'Youth'],
    );
    expect(problems).toEqual([
      'The indicator imd is not loaded in this service',
      'Youth, indicator 1, weight: must be a number greater than 0, not "-1"',
      'School, indicator 3, direction: must be one of higher_is_better, higher_is_worse, not "up"',
      'Name: enter a name for the recipe',
      'A recipe needs at least one stage',
    ]);
    for (const problem of problems) expect(problem).not.toMatch(/stages\[|indicators\[|\.code/);
  });

  it('keeps a message without a path whole', () => {
    expect(splitRecipeMessage('There is no recipe called "x"')).toEqual([{ path: '', message: 'There is no recipe called "x"' }]);
  });
});
