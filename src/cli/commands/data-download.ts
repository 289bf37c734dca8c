import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { CATALOGUE, type PublishedFile } from '../../ingest/download/catalogue.ts';
import { downloadFile, DownloadError } from '../../ingest/download/download-file.ts';
import { MANIFEST_FILE, writeManifest, type ManifestEntry } from '../../ingest/download/manifest.ts';
import { UsageError } from '../failure.ts';
import type { CliIo } from '../io.ts';
import { createProgress } from '../progress.ts';

function parseUrlOverrides(values: readonly string[]): Map<string, string> {
  const overrides = new Map<string, string>();
  for (const value of values) {
    const [id = '', ...rest] = value.split('=');
    const url = rest.join('=');
    if (!CATALOGUE.some((f) => f.id === id)) throw new UsageError(`--url ${value}: there is no file called "${id}". Choose one of: ${CATALOGUE.map((f) => f.id).join(', ')}`);
    if (!/^https?:\/\/\S+$/.test(url)) throw new UsageError(`--url ${value}: give the link as ${id}=https://…`);
    overrides.set(id, url);
  }
  return overrides;
}

/** The links to try, newest first: today's file, then earlier days for publishers that post daily. */
function candidateUrls(file: PublishedFile, now: Date, override: string | undefined): { url: string; day: Date }[] {
  if (override !== undefined) return [{ url: override, day: now }];
  if (file.url === null) return [];
  const url = file.url;
  return Array.from({ length: file.fallbackDays + 1 }, (_, back) => {
    const day = new Date(now.getTime() - back * 86_400_000);
    return { url: url(day), day };
  });
}

export function registerDataCommands(program: Command, io: CliIo): void {
  const data = program.command('data').description('Published data files');
  data
    .command('download')
    .description('Fetch the current public files from their publishers (needs the internet), saved as UTF-8 with checksums')
    .option('--to <folder>', 'where to save them', join('data', 'downloads'))
    .option('--only <id...>', `just these files: ${CATALOGUE.map((f) => f.id).join(', ')}`)
    .option('--url <id=link...>', 'the link to use for a file, e.g. when the publisher has moved it', [])
    .addHelpText('after', `\nFiles:\n${CATALOGUE.map((f) => `  ${f.id.padEnd(22)} ${f.title}\n  ${''.padEnd(22)} ${f.publisher}: ${f.page}`).join('\n')}\n`)
    .action(async (options: { to: string; only?: string[]; url: string[] }) => {
      const overrides = parseUrlOverrides(options.url);
      const unknown = (options.only ?? []).filter((id) => !CATALOGUE.some((f) => f.id === id));
      if (unknown.length > 0) throw new UsageError(`There is no file called ${unknown.join(', ')}. Choose from: ${CATALOGUE.map((f) => f.id).join(', ')}`);
      const chosen = CATALOGUE.filter((f) => options.only === undefined || options.only.includes(f.id));
      await mkdir(options.to, { recursive: true });
      const now = io.now();
      const saved: ManifestEntry[] = [];
      const failures: string[] = [];
      for (const file of chosen) {
        const candidates = candidateUrls(file, now, overrides.get(file.id));
        if (candidates.length === 0) {
          const message = `${file.id}: the publisher has no stable link. Find the current one at ${file.page} and run: oa data download --only ${file.id} --url ${file.id}=<link>`;
          if (options.only !== undefined) failures.push(message);
          else io.stdout(`${message}\n`);
          continue;
        }
        let done = false;
        for (const { url, day } of candidates) {
          const name = file.fileName(day);
          const progress = createProgress(io, file.id, 'bytes');
          try {
            const result = await downloadFile(url, join(options.to, name), {
              encoding: file.encoding,
              onProgress: (received, total) => {
                if (total !== null) progress.update(received, total);
              },
            });
            saved.push({ id: file.id, kind: file.kind, file: name, url, downloadedAt: now.toISOString(), encoding: file.encoding, licence: file.licence, ...result });
            io.stdout(`${file.id}: saved ${join(options.to, name)} (${String(result.bytes)} bytes, sha256 ${result.publishedSha256.slice(0, 12)}…)\n`);
            done = true;
            break;
          } catch (error) {
            // A daily file may not be out yet: a 404 moves on to the day before; anything else stops.
            if (error instanceof DownloadError && error.status === 404 && url !== candidates.at(-1)?.url) continue;
            failures.push(error instanceof Error ? error.message : String(error));
            break;
          } finally {
            progress.stop();
          }
        }
        if (!done && !failures.some((f) => f.includes(file.id)) && candidates.length > 0) failures.push(`${file.id}: no file found at ${candidates.map((c) => c.url).join(' or ')}`);
      }
      if (saved.length > 0) {
        await writeManifest(options.to, saved);
        io.stdout(`Recorded in ${join(options.to, MANIFEST_FILE)}. Load them with: oa import all ${options.to}\n`);
      }
      if (failures.length > 0) {
        for (const failure of failures) io.stderr(`${failure}\n`);
        throw new Error(`${String(failures.length)} file${failures.length === 1 ? '' : 's'} could not be downloaded.`);
      }
    });
}
