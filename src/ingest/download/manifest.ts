import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One downloaded file: what, from where, when, and checksums to tell later whether it changed. */
export interface ManifestEntry {
  readonly id: string;
  readonly kind: string;
  readonly file: string;
  readonly url: string;
  readonly downloadedAt: string;
  readonly bytes: number;
  readonly publishedSha256: string;
  readonly savedSha256: string;
  readonly encoding: string;
  readonly licence: string;
}

export const MANIFEST_FILE = 'downloads.json';

export async function readManifest(dir: string): Promise<ManifestEntry[]> {
  try {
    return JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as ManifestEntry[];
  } catch {
    return [];
  }
}

/** Records new downloads, replacing older entries for the same file. */
export async function writeManifest(dir: string, entries: readonly ManifestEntry[]): Promise<void> {
  const existing = await readManifest(dir);
  const merged = [...existing.filter((e) => !entries.some((n) => n.file === e.file)), ...entries].sort((a, b) => a.file.localeCompare(b.file));
  await writeFile(join(dir, MANIFEST_FILE), JSON.stringify(merged, null, 2) + '\n');
}
