import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebApp } from '../../src/cli/web-build.ts';
import { entryKey, gzippedBytes, lazyPageKeys, readBuildManifest, scriptsForPage, type BuildManifest } from '../support/page-scripts.ts';

/** Issue 21, item 7: the first page a visitor opens, whichever it is, downloads at most this much JavaScript. */
const FIRST_PAGE_JS_GZIP_LIMIT = 150 * 1024;

/**
 * Issue 19: "the web bundle is no larger than before" the generated web client. These are the bytes this test
 * adds up (gzip, file by file) for a build of d69fa19, the last commit before the client (its dependencies
 * had landed, not its code), measured with bench/first-page-js.bench.ts: the shell 83,137 B (81.2 KB), the
 * home page 88,160 B (86.1 KB), a district's page with its boundary map 104,202 B (101.8 KB).
 */
const BEFORE_GENERATED_CLIENT_GZIP = { shell: 83_137, home: 88_160, area: 104_202 } as const;

describe('the JavaScript of the first page opened (production build)', () => {
  let buildDir = '';
  let manifest: BuildManifest = {};

  beforeAll(async () => {
    // A build of its own, so the one in dist/web that other tests serve is left alone.
    buildDir = mkdtempSync(join(tmpdir(), 'oa-web-build-'));
    await buildWebApp(() => undefined, { outDir: buildDir });
    manifest = readBuildManifest(buildDir);
  }, 120_000);

  afterAll(() => {
    if (buildDir !== '') rmSync(buildDir, { recursive: true, force: true });
  });

  const pageBytes = (pageKey: string | null): number => gzippedBytes(buildDir, scriptsForPage(manifest, pageKey));

  it('loads each page lazily, apart from the shell every page shares', () => {
    const pages = lazyPageKeys(manifest);
    expect(pages).toContain('src/pages/home/HomePage.tsx');
    expect(pages).toContain('src/pages/place/PlacePage.tsx');
    expect(pages).toContain('src/pages/map/MapPage.tsx');
    expect(scriptsForPage(manifest, null)).not.toContain(manifest['src/pages/home/HomePage.tsx']?.file);
  });

  it('keeps the home page within 150 KB gzipped', () => {
    expect(pageBytes(entryKey(manifest))).toBeLessThanOrEqual(FIRST_PAGE_JS_GZIP_LIMIT);
    expect(pageBytes('src/pages/home/HomePage.tsx')).toBeLessThanOrEqual(FIRST_PAGE_JS_GZIP_LIMIT);
  });

  it('keeps a deep link to a district (/areas/E06000009), with its boundary map, within 150 KB gzipped', () => {
    const scripts = scriptsForPage(manifest, 'src/pages/place/PlacePage.tsx');
    expect(scripts).toContain(manifest['src/pages/place/BoundaryMap.tsx']?.file);
    expect(pageBytes('src/pages/place/PlacePage.tsx')).toBeLessThanOrEqual(FIRST_PAGE_JS_GZIP_LIMIT);
  });

  it('keeps the shell, the home page and a district’s page no larger than before the generated web client', () => {
    expect(pageBytes(null)).toBeLessThanOrEqual(BEFORE_GENERATED_CLIENT_GZIP.shell);
    expect(pageBytes('src/pages/home/HomePage.tsx')).toBeLessThanOrEqual(BEFORE_GENERATED_CLIENT_GZIP.home);
    expect(pageBytes('src/pages/place/PlacePage.tsx')).toBeLessThanOrEqual(BEFORE_GENERATED_CLIENT_GZIP.area);
  });

  it('names none of the shell’s own scripts in the pages’ preload lists (they are loaded before any page)', () => {
    const shell = scriptsForPage(manifest, null);
    const entry = readFileSync(join(buildDir, shell[0] ?? ''), 'utf8');
    const preloaded = /^const __vite__mapDeps=.*?\[(.*?)\]/.exec(entry)?.[1] ?? '';
    expect(preloaded).toContain(manifest['src/pages/home/HomePage.tsx']?.file);
    expect(shell.filter((file) => preloaded.includes(`"${file}"`))).toEqual([]);
  });

  it('keeps every other page opened first within 150 KB gzipped', () => {
    const over = lazyPageKeys(manifest)
      .map((page) => ({ page, bytes: pageBytes(page) }))
      .filter(({ bytes }) => bytes > FIRST_PAGE_JS_GZIP_LIMIT);
    expect(over).toEqual([]);
  });
});
