import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One chunk of Vite's build manifest (`.vite/manifest.json`), keyed by its source or `_<chunk file>`. */
interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

export type BuildManifest = Readonly<Record<string, ManifestChunk>>;

export function readBuildManifest(buildDir: string): BuildManifest {
  return JSON.parse(readFileSync(join(buildDir, '.vite', 'manifest.json'), 'utf8')) as BuildManifest;
}

/** The key of the app's one entry chunk (index.html's script). */
export function entryKey(manifest: BuildManifest): string {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true);
  if (entries.length !== 1) throw new Error(`expected one entry in the build manifest, found ${String(entries.length)}`);
  return entries[0] ?? '';
}

/** The pages the entry loads lazily: every page module's manifest key. */
export function lazyPageKeys(manifest: BuildManifest): string[] {
  return [...(manifest[entryKey(manifest)]?.dynamicImports ?? [])];
}

/**
 * The JavaScript files a page downloads before it is drawn: the entry and its static imports, then the page's
 * chunk, its static imports and whatever it imports lazily in turn (the place page's boundary map), each once.
 * Lazy imports of the entry itself (every other page) are not followed.
 */
export function scriptsForPage(manifest: BuildManifest, pageKey: string | null): string[] {
  const files = new Set<string>();
  const visit = (key: string, followLazy: boolean): void => {
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`the build manifest has no chunk ${key}`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported, followLazy);
    if (followLazy) for (const imported of chunk.dynamicImports ?? []) visit(imported, followLazy);
  };
  visit(entryKey(manifest), false);
  if (pageKey !== null) visit(pageKey, true);
  return [...files];
}

/** The files' size gzipped one by one, as the server sends them to a browser that accepts gzip. */
export function gzippedBytes(buildDir: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(buildDir, file))).length, 0);
}
