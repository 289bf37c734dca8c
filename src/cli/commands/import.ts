import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { findImporter, IMPORTERS } from '../../ingest/importers/index.ts';
import { inDependencyOrder, type RegisteredImporter } from '../../ingest/registry.ts';
import { formatProblem, type ImportOutcome } from '../../ingest/report.ts';
import { sniffFile } from '../../ingest/sniff-file.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';
import { createProgress } from '../progress.ts';

/** The import failed; the report has been printed, so the message is only the summary line. */
class ImportFailed extends Error {
  override readonly name = 'ImportFailed';
}

function describe(outcome: ImportOutcome): string {
  if (!outcome.ok) return '';
  const { inserted, updated, unchanged } = outcome.counts;
  const would = outcome.dryRun ? 'would be ' : '';
  return `${outcome.file} (${outcome.kind}): ${String(inserted)} ${would}inserted, ${String(updated)} ${would}updated, ${String(unchanged)} unchanged`;
}

function report(io: CliIo, outcome: ImportOutcome): boolean {
  if (outcome.ok) {
    io.stdout(`${describe(outcome)}${outcome.dryRun ? ' (dry run: nothing written)' : ''}\n`);
    for (const note of outcome.notes ?? []) io.stderr(`${outcome.file}: ${note}\n`);
    return true;
  }
  for (const problem of outcome.problems) io.stderr(`${formatProblem(problem)}\n`);
  io.stderr(`${outcome.file} (${outcome.kind}): ${String(outcome.problems.length)} problem${outcome.problems.length === 1 ? '' : 's'} in ${String(outcome.rows)} rows; nothing was imported from this file.\n`);
  return false;
}

async function importOne(services: Services, importer: RegisteredImporter, path: string, io: CliIo, dryRun: boolean, dictionary?: string): Promise<ImportOutcome> {
  const progress = createProgress(io, importer.kind);
  try {
    return await importer.run(services, path, { dryRun, now: io.now, actor: cliActor(io), onProgress: progress.update, ...(dictionary === undefined ? {} : { dictionary }) });
  } finally {
    progress.stop();
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function registerImportCommand(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('Load a published file (all or nothing), or every recognised file in a folder with `oa import all <dir>`')
    .argument('<kind>', `what the file is: ${IMPORTERS.map((i) => i.kind).join(', ')}, or all`)
    .argument('<path>', 'the file (or, with all, the folder)')
    .option('--dry-run', 'check the file and count what would change, without writing anything')
    .option('--dictionary <path>', 'the data dictionary that comes with the file (lait-bds; default: lait_data_dictionary.csv beside it)')
    .option('--except <kinds>', 'with all: leave out files of these kinds, comma-separated (e.g. lait-bds, the 600,000-row LA time series)')
    .addHelpText('after', `\nKinds:\n${IMPORTERS.map((i) => `  ${i.kind.padEnd(24)} ${i.description}`).join('\n')}\n`)
    .action(async (kind: string, path: string, options: { dryRun?: boolean; dictionary?: string; except?: string }) => {
      const dryRun = options.dryRun === true;
      const except = new Set((options.except ?? '').split(',').map((k) => k.trim()).filter((k) => k !== ''));
      const unknownExcept = [...except].filter((k) => findImporter(k) === undefined);
      if (unknownExcept.length > 0) throw new UsageError(`--except names no importer: ${unknownExcept.join(', ')}. Choose from: ${IMPORTERS.map((i) => i.kind).join(', ')}`);
      if (except.size > 0 && kind !== 'all') throw new UsageError('--except goes with oa import all');
      const config = loadConfigOrThrow(io.env);
      if (kind !== 'all') {
        const importer = findImporter(kind);
        if (importer === undefined) throw new UsageError(`There is no importer called "${kind}". Choose one of: ${IMPORTERS.map((i) => i.kind).join(', ')}`);
        await withServices(config.database, async (services) => {
          if (!report(io, await importOne(services, importer, path, io, dryRun, options.dictionary))) throw new ImportFailed('The file was not imported.');
        });
        return;
      }
      let isDirectory: boolean;
      try {
        isDirectory = statSync(path).isDirectory();
      } catch {
        throw new UsageError(`There is no folder at ${path}`);
      }
      if (!isDirectory) throw new UsageError(`${path} is not a folder: oa import all takes a folder`);
      const matches: { importer: RegisteredImporter; file: string }[] = [];
      const unrecognised: string[] = [];
      for (const file of listFiles(path)) {
        const sample = await sniffFile(file);
        const importer = IMPORTERS.find((i) => i.recognises(sample));
        if (importer === undefined) unrecognised.push(relative(path, file));
        else if (except.has(importer.kind)) io.stdout(`${relative(path, file)} (${importer.kind}): left out, as --except asks\n`);
        else matches.push({ importer, file });
      }
      const order = inDependencyOrder(IMPORTERS).map((i) => i.kind);
      matches.sort((a, b) => order.indexOf(a.importer.kind) - order.indexOf(b.importer.kind) || a.file.localeCompare(b.file));
      await withServices(config.database, async (services) => {
        const failedKinds = new Set<string>();
        for (const { importer, file } of matches) {
          const blocked = importer.dependsOn.filter((k) => failedKinds.has(k));
          if (blocked.length > 0) {
            io.stderr(`${relative(path, file)} (${importer.kind}): skipped, because ${blocked.join(', ')} failed to import\n`);
            failedKinds.add(importer.kind);
            continue;
          }
          if (!report(io, await importOne(services, importer, file, io, dryRun))) failedKinds.add(importer.kind);
        }
        if (unrecognised.length > 0) io.stdout(`Not recognised, so not imported: ${unrecognised.join(', ')}\n`);
        if (failedKinds.size > 0) throw new ImportFailed(`Some files were not imported: ${[...failedKinds].join(', ')}.`);
      });
    });
}
