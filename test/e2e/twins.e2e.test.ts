import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlacePage } from './pages/place-page.ts';
import { PlaceTwinsSection } from './pages/place-twins-section.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { sharedDataAvailable, startAppWithPublicData } from './support/running-app-with-data.ts';
import type { RunningApp } from './support/running-app.ts';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url);
// Neighbours are computed per request over every district (about a second on the national data, more on a
// busy machine), so a page waits for them longer than expect.poll's default second.
const NEIGHBOURS_COMPUTED = { timeout: 15_000 };

describe.runIf(browserAvailable() && sharedDataAvailable())('an analyst looking for places like Blackpool in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startAppWithPublicData({ derive: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 400_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  it('reads Blackpool’s ten statistical neighbours with why each is similar, the parts adding up to the distance', async () => {
    await page.goto(`${app.baseUrl}/areas/E06000009`);
    const twins = new PlaceTwinsSection(page);
    await expect.poll(() => twins.rows().count(), NEIGHBOURS_COMPUTED).toBe(10);
    expect(await new PlacePage(page).heading().innerText()).toBe('Blackpool');
    expect(await twins.rows().first().innerText()).toMatch(/(Alike on|Differs most on|differs most on)/);
    const cells = await twins.partsAndDistance();
    const distance = cells.at(-1) ?? NaN;
    const parts = cells.slice(0, -1);
    expect(parts).toHaveLength(5);
    expect(Math.round(parts.reduce((s, p) => s + p, 0) * 10_000)).toBe(Math.round(distance * 10_000));
    expect(await twins.downloadCsvLink().getAttribute('href')).toBe('/api/twins/areas/E06000009?tier=district&format=csv');
    await twins.heading().scrollIntoViewIfNeeded();
    await page.screenshot({ path: new URL('twins.png', SCREENSHOTS).pathname, fullPage: false });
  });

  it('sees Blackpool and its neighbours outlined on the national map', async () => {
    await page.locator('#place-twins-map-link').click();
    await expect.poll(() => page.url()).toBe(`${app.baseUrl}/map?twinsOf=E06000009`);
    await expect.poll(() => page.locator('#map-twins-note').innerText()).toContain('Blackpool (thick line) and its 10 statistical neighbours');
    await expect.poll(() => page.locator('svg.oa-map [data-twin]').count()).toBe(10);
    expect(await page.locator('svg.oa-map [data-twin-centre="E06000009"]').count()).toBe(1);
    await page.screenshot({ path: new URL('twins-map.png', SCREENSHOTS).pathname, fullPage: false });
    await page.goto(`${app.baseUrl}/areas/E06000009`);
  });

  it('follows a neighbour to its own page, and sees an upper-tier authority’s neighbours too', async () => {
    const twins = new PlaceTwinsSection(page);
    const first = twins.rows().first().getByRole('link');
    const name = await first.innerText();
    await first.click();
    await expect.poll(() => new PlacePage(page).heading().innerText()).toBe(name);
    await expect.poll(() => twins.rows().count(), NEIGHBOURS_COMPUTED).toBe(10);
    await page.goto(`${app.baseUrl}/areas/E10000003`);
    await expect.poll(() => twins.rows().count(), NEIGHBOURS_COMPUTED).toBe(10);
    expect(await twins.downloadCsvLink().getAttribute('href')).toBe('/api/twins/areas/E10000003?tier=upper&format=csv');
  });

  it('finds Cambridgeshire’s neighbours on context alone, the choice kept in the link and the download', async () => {
    const twins = new PlaceTwinsSection(page);
    const outcomes = await twins.rows().allInnerTexts();
    await twins.recipeChoice().selectOption('context-upper-tier-2019');
    await expect.poll(() => page.url()).toBe(`${app.baseUrl}/areas/E10000003?twins=context-upper-tier-2019`);
    await expect.poll(() => twins.description(), NEIGHBOURS_COMPUTED).toContain('on context alone');
    expect(await twins.rows().count()).toBe(10);
    expect(await twins.rows().allInnerTexts()).not.toEqual(outcomes);
    expect(await twins.downloadCsvLink().getAttribute('href')).toBe('/api/twins/areas/E10000003?tier=upper&recipe=context-upper-tier-2019&format=csv');
  });
});
