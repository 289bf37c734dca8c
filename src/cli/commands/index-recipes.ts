import { existsSync, readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { listShippedIndexRecipes, listShippedRecipes, RECIPES_DIR } from '../../ingest/recipes/load-recipe.ts';
import { saveRecipe } from '../../ingest/recipes/save-recipe.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { DEFAULT_LIST_LIMIT, noteShown, parseListLimit } from '../list-limit.ts';
import { withServices } from '../open-database.ts';

/** `oa index recipes …`: list, show and save index recipes; saved recipes keep every version. */
export function registerIndexRecipeCommands(index: Command, io: CliIo): void {
  const recipes = index.command('recipes').description('Index recipes: the shipped ones and those saved here, every version kept');

  recipes
    .command('list', { isDefault: true })
    .description('List shipped and saved recipes with their latest versions, the most recently saved first')
    .option('--limit <n>', 'at most this many saved recipes', parseListLimit, DEFAULT_LIST_LIMIT)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (options: { limit: number; format: 'table' | 'json' }) => {
      const config = loadConfigOrThrow(io.env);
      const { saved, total } = await withServices(config.database, async (services) => {
        return { saved: await services.indexRecipes.listRecentRecipes(options.limit), total: await services.indexRecipes.countSavedRecipes() };
      });
      noteShown(io, saved.length, total, 'saved recipes, the most recently saved');
      const rows = [
        ...listShippedIndexRecipes().map((name) => ({ name, source: 'shipped', version: null, savedAt: null, savedBy: null, note: '' })),
        ...saved.map((r) => ({ name: r.name, source: 'saved', version: r.latestVersion, savedAt: r.savedAt, savedBy: r.savedBy, note: r.note })),
      ];
      if (options.format === 'json') {
        io.stdout(JSON.stringify(rows, null, 2) + '\n');
        return;
      }
      io.stdout(formatTable(['name', 'source', 'latest version', 'saved', 'by', 'note'], rows.map((r) => [r.name, r.source, r.version === null ? '' : String(r.version), r.savedAt ?? '', r.savedBy ?? '', r.note])));
    });

  recipes
    .command('show')
    .description('Print a recipe’s JSON: NAME (shipped, or the latest saved version) or NAME@VERSION')
    .argument('<name>', 'e.g. proxy-district-2019 or my-index@2')
    .option('--versions', 'list the saved versions instead of printing the recipe')
    .action(async (name: string, options: { versions?: boolean }) => {
      const [base = '', version] = name.split('@');
      const shipped = `${RECIPES_DIR}${base}.json`;
      if (version === undefined && options.versions !== true && listShippedRecipes().includes(base) && existsSync(shipped)) {
        io.stdout(readFileSync(shipped, 'utf8'));
        return;
      }
      const config = loadConfigOrThrow(io.env);
      await withServices(config.database, async (services) => {
        if (options.versions === true) {
          const versions = await services.indexRecipes.listRecipeVersions(base);
          if (versions.length === 0) throw new UsageError(`No saved recipe is called "${base}"`);
          io.stdout(formatTable(['version', 'saved', 'by', 'note'], versions.map((v) => [String(v.version), v.savedAt, v.savedBy, v.note])));
          return;
        }
        if (version !== undefined && !/^[1-9]\d*$/.test(version)) throw new UsageError(`The version in "${name}" must be a whole number from 1, like ${base}@2`);
        const saved = await services.indexRecipes.findRecipeVersion(base, version === undefined ? undefined : Number(version));
        if (saved === undefined) throw new UsageError(`There is no saved recipe "${name}". See oa index recipes list`);
        io.stdout(saved.recipe.endsWith('\n') ? saved.recipe : `${saved.recipe}\n`);
      });
    });

  recipes
    .command('save')
    .description('Check a recipe JSON file and save it as the next version of the recipe its "name" names')
    .argument('<file>', 'recipe JSON file')
    .option('--note <text>', 'what changed and why, kept with the version', '')
    .action(async (file: string, options: { note: string }) => {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(code === 'ENOENT' ? `There is no file ${file}` : `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
      const config = loadConfigOrThrow(io.env);
      const saved = await withServices(config.database, async (services) => {
        return saveRecipe(services, json, options.note, cliActor(io), io.now);
      });
      if (!saved.ok) throw new Error(`The recipe in ${file} was not saved:\n${saved.error.map((p) => `  ${p}`).join('\n')}`);
      const { name, version, created } = saved.value;
      io.stdout(created ? `Saved ${name} version ${String(version)}. Use it as --recipe ${name} (latest) or --recipe ${name}@${String(version)}.\n` : `${name} version ${String(version)} is already this recipe; nothing saved.\n`);
    });
}
