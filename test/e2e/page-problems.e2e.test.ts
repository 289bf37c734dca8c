import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { axeViolations } from './support/page-problems.ts';

/** A page with one fault in its header (a link with no name) and one in its main content (an image with no text alternative). */
const PAGE = `<!doctype html><html lang="en"><head><title>Faults</title></head><body>
  <header><a href="/"><svg width="10" height="10"></svg></a></header>
  <main><h1>Faults</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20"></main>
  <footer><p>Footer</p></footer>
</body></html>`;

describe.runIf(browserAvailable())('axe on part of a document, in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent(PAGE);
  }, 60_000);

  afterAll(async () => {
    await browser.close();
  });

  const rulesOf = (violations: readonly string[]): string[] => violations.map((line) => line.split(' ')[1] ?? '').sort();

  it('finds the faults of the whole document', async () => {
    expect(rulesOf(await axeViolations(page))).toEqual(['image-alt', 'link-name']);
  });

  it('finds only the main content’s fault when asked for the main content', async () => {
    expect(rulesOf(await axeViolations(page, undefined, 'main'))).toEqual(['image-alt']);
  });

  it('finds only the rest’s fault when asked for all but the main content', async () => {
    expect(rulesOf(await axeViolations(page, undefined, 'around-main'))).toEqual(['link-name']);
  });
});
