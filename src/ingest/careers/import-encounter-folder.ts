import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SaveLedgerCounts } from '../../storage/repositories/careers-ledger.repository.ts';
import type { Services } from '../../storage/services/create-services.ts';
import type { Problem } from '../report.ts';
import { importEncounters, type ImportEncountersOptions, type ImportEncountersOutcome, type PastRetention } from './import-encounters.ts';

/** The CSV files directly in `dir`, by name; none when it holds none. */
export async function encounterFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.csv'))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => join(dir, name));
}

/** What a folder's import did: each file imported with its counts, and each refused with its first problem. */
export interface FolderOutcome {
  readonly imported: readonly { readonly file: string; readonly counts: SaveLedgerCounts; readonly pastRetention: PastRetention }[];
  readonly refused: readonly { readonly file: string; readonly problems: number; readonly first: Problem | null }[];
}

/**
 * Imports each of `files` (a folder of per-school exports) in turn, each all or nothing on its own, as
 * `oa careers import FILE` would: a refused file writes nothing and does not stop the others. `onFile` is
 * told each outcome as it comes (with all its problems); `onProgress` how far through the current file
 * (its index) the reading is. Keeps only each refused file's first problem for the summary.
 */
export async function importEncounterFiles(
  services: Services,
  files: readonly string[],
  options: Omit<ImportEncountersOptions, 'onProgress'> & {
    readonly onFile?: (outcome: ImportEncountersOutcome, index: number) => void;
    readonly onProgress?: (index: number, bytesRead: number, bytesTotal: number) => void;
  },
): Promise<FolderOutcome> {
  const imported: FolderOutcome['imported'][number][] = [];
  const refused: FolderOutcome['refused'][number][] = [];
  for (const [index, file] of files.entries()) {
    const outcome = await importEncounters(services, file, { ...options, onProgress: (read, total) => options.onProgress?.(index, read, total) });
    if (outcome.ok) imported.push({ file: outcome.file, counts: outcome.counts, pastRetention: outcome.pastRetention });
    else refused.push({ file: outcome.file, problems: outcome.problems.length + outcome.more, first: outcome.problems[0] ?? null });
    options.onFile?.(outcome, index);
  }
  return { imported, refused };
}
