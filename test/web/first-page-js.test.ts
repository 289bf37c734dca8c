import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebApp } from '../../src/cli/web-build.ts';
import { entryKey, gzippedBytes, lazyPageKeys, readBuildManifest, scriptsForPage, type BuildManifest } from '../support/page-scripts.ts';

/** Issue 21, item 7: the first page a visitor opens, whichever it is, downloads at most this much JavaScript. */
const FIRST_PAGE_JS_GZIP_LIMIT = 150 * 1024;

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

  it('keeps every other page opened first within 150 KB gzipped', () => {
    const over = lazyPageKeys(manifest)
      .map((page) => ({ page, bytes: pageBytes(page) }))
      .filter(({ bytes }) => bytes > FIRST_PAGE_JS_GZIP_LIMIT);
    expect(over).toEqual([]);
  });
});
