/**
 * First page's JavaScript (issue 19 and 21): what each page downloads before it is drawn when it is the first
 * page a visitor opens, from a production build's manifest, added up as `test/web/first-page-js.test.ts`
 * adds it up (`test/support/page-scripts.ts`): the entry and its static imports (the shell), then the page's
 * chunk, its static imports and its own lazy imports, each file gzipped on its own and summed.
 * Byte counts do not depend on the machine's load, so the figures compare across runs and commits.
 *
 * Run: npx tsx bench/first-page-js.bench.ts
 *   FIRST_PAGE_JS_BUILD=<dir>   read a build already made (its .vite/manifest.json) instead of building one
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWebApp } from '../src/cli/web-build.ts';
import { entryKey, gzippedBytes, lazyPageKeys, readBuildManifest, scriptsForPage, type BuildManifest } from '../test/support/page-scripts.ts';

/** The pages docs/benchmarks.md names, by their module in the build manifest. */
const NAMED: Readonly<Record<string, string>> = {
  'src/pages/home/HomePage.tsx': 'home',
  'src/pages/map/MapPage.tsx': 'map',
  'src/pages/place/PlacePage.tsx': 'area',
  'src/pages/hub/HubPage.tsx': 'hub',
  'src/pages/school/SchoolPage.tsx': 'school',
};

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function rawBytes(buildDir: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + readFileSync(join(buildDir, file)).length, 0);
}

function report(buildDir: string, manifest: BuildManifest): void {
  const row = (label: string, pageKey: string | null): void => {
    const files = scriptsForPage(manifest, pageKey);
    const gzip = gzippedBytes(buildDir, files);
    console.log(`  ${label.padEnd(58)} ${String(files.length).padStart(3)} files  ${kb(rawBytes(buildDir, files)).padStart(9)} raw  ${kb(gzip).padStart(8)} gzip  (${String(gzip)} B)`);
  };
  console.log('Shell (the entry and its static imports), then each page opened first:');
  row('shell', null);
  const pages = lazyPageKeys(manifest);
  for (const [key, name] of Object.entries(NAMED)) if (pages.includes(key)) row(`${name} (${key})`, key);
  const rest = pages.filter((key) => NAMED[key] === undefined).map((key) => ({ key, bytes: gzippedBytes(buildDir, scriptsForPage(manifest, key)) }));
  rest.sort((a, b) => a.bytes - b.bytes);
  for (const { key } of rest) row(key, key);
  const all = pages.map((key) => gzippedBytes(buildDir, scriptsForPage(manifest, key)));
  console.log(`Every page: ${kb(Math.min(...all))} to ${kb(Math.max(...all))} gzip (${String(pages.length)} pages).`);
  const entry = manifest[entryKey(manifest)];
  if (entry !== undefined) {
    const files = scriptsForPage(manifest, null);
    console.log('Shell files:');
    for (const file of files) console.log(`  ${file.padEnd(40)} ${kb(rawBytes(buildDir, [file])).padStart(9)} raw  ${kb(gzippedBytes(buildDir, [file])).padStart(8)} gzip`);
  }
}

const given = process.env['FIRST_PAGE_JS_BUILD'];
if (given !== undefined && given !== '') {
  report(given, readBuildManifest(given));
} else {
  const buildDir = mkdtempSync(join(tmpdir(), 'oa-web-build-'));
  try {
    await buildWebApp((text) => process.stdout.write(text), { outDir: buildDir });
    report(buildDir, readBuildManifest(buildDir));
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}
