import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexPage } from './pages/index-page.ts';
import { PlacePage } from './pages/place-page.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { sharedDataAvailable, startAppWithPublicData } from './support/running-app-with-data.ts';
import type { RunningApp } from './support/running-app.ts';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url);

describe.runIf(browserAvailable() && sharedDataAvailable())('an analyst looking for social mobility cold spots in Chromium', () => {
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

  it('sees every district ranked, with Blackpool among the cold spots', async () => {
    const index = new IndexPage(page);
    await index.open(app.baseUrl);
    expect(await index.heading().innerText()).toBe('Cold-spot index');
    expect(await index.rows().count()).toBeGreaterThanOrEqual(300);
    expect(await index.coldSpotNames()).toContain('Blackpool');
    expect(await index.downloadCsvLink().getAttribute('href')).toBe('/api/index?recipe=proxy-district-2019&format=csv');
    await page.screenshot({ path: new URL('index.png', SCREENSHOTS).pathname, fullPage: false });
  });

  it('filters to cold spots only, keeping the choice in the link', async () => {
    const index = new IndexPage(page);
    await index.show('Cold spots only');
    await expect.poll(() => page.url()).toBe(`${app.baseUrl}/index?show=cold`);
    await expect.poll(() => index.rows().count()).toBeLessThan(100);
    const count = await index.rows().count();
    // The bottom fifth of about 320 districts.
    expect(count).toBeGreaterThanOrEqual(55);
    expect(count).toBeLessThanOrEqual(75);
    expect((await index.coldSpotNames()).length).toBe(count);
  });

  it('follows Blackpool to its district page and reads why it is a cold spot', async () => {
    const index = new IndexPage(page);
    await index.districtLink('Blackpool').click();
    const place = new PlacePage(page);
    await expect.poll(() => place.heading().innerText()).toBe('Blackpool');
    await expect.poll(() => index.placeIndexSummary().innerText()).toMatch(/^Blackpool /);
    expect(await page.getByText(/^Ranked \d+ of \d+/).count()).toBe(1);
  });

  it('says when a recipe cannot be calculated, rather than showing an error page', async () => {
    const index = new IndexPage(page);
    await index.open(app.baseUrl, '?recipe=smc-2016');
    await expect.poll(() => page.locator('.govuk-warning-text').innerText()).toContain('cannot be calculated');
    expect(await index.heading().innerText()).toBe('Cold-spot index');
  });
});
