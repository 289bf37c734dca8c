import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexPage, RecipeEditorPage } from './pages/index-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { PlacePage } from './pages/place-page.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { sharedDataAvailable, startAppWithPublicData } from './support/running-app-with-data.ts';
import type { RunningApp } from './support/running-app.ts';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url);

describe.runIf(browserAvailable() && sharedDataAvailable())('an analyst looking for social mobility cold spots in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  /** Districts ranked: those with a figure in every stage, so fewer where school figures rest on too little (§9.3). */
  let ranked = 0;

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
    ranked = await index.rows().count();
    expect(ranked).toBeGreaterThanOrEqual(250);
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
    // The bottom fifth of the districts ranked.
    expect(count).toBeGreaterThanOrEqual(Math.floor(ranked / 5) - 2);
    expect(count).toBeLessThanOrEqual(Math.ceil(ranked / 5) + 2);
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

  it('sees the national map shaded by band, its key counting the same districts as the table', async () => {
    const index = new IndexPage(page);
    await index.open(app.baseUrl);
    await index.bandMapDistricts(1).first().waitFor();
    const worst = await index.bandKeyCount(5);
    expect(worst).toBeGreaterThanOrEqual(Math.floor(ranked / 5) - 2);
    expect(await index.bandMapDistricts(5).count()).toBeGreaterThan(0);
    // The map draws districts with boundaries; the key counts every ranked district, as the table's band column does.
    const tableBand5 = await index.rows().filter({ has: page.locator('.govuk-tag', { hasText: /^Band 5$/ }) }).count();
    expect(worst).toBe(tableBand5);
    await page.locator('#index-band-map').screenshot({ path: new URL('index-band-map.png', SCREENSHOTS).pathname });
  });

  it('as an analyst, changes a weight, sees the cold spots move in the preview, and saves a new version', async () => {
    const signIn = new SignInPage(page);
    await signIn.open(app.baseUrl, '/index');
    await signIn.signIn(app.demoUsers.analyst.email, app.demoUsers.analyst.password);
    const index = new IndexPage(page);
    await index.editRecipeLink().waitFor();
    await index.editRecipeLink().click();
    const editor = new RecipeEditorPage(page);
    await expect.poll(() => editor.previewSummary().innerText(), { timeout: 20_000 }).toMatch(/0 became cold spots and 0 stopped/);
    // Six times the weight on key stage 2 moves some districts across the cold-spot line (deprivation, whose two
    // measures move together, need not once districts without enough school evidence are left out, §9.3).
    await editor.weight('Key stage 2: reaching the expected standard in reading, writing and maths (%)').fill('6');
    await expect.poll(() => editor.previewSummary().innerText(), { timeout: 20_000 }).not.toMatch(/0 became cold spots and 0 stopped/);
    expect(await editor.previewChanges().innerText()).toContain('Became cold spots');
    await editor.weight('Key stage 4: average Attainment 8 score').fill('x');
    await expect.poll(() => editor.errorSummary().innerText(), { timeout: 20_000 }).toContain('School, indicator 2, weight: must be a number greater than 0');
    await editor.weight('Key stage 4: average Attainment 8 score').fill('1');
    await expect.poll(() => editor.previewSummary().isVisible(), { timeout: 20_000 }).toBe(true);
    await editor.save('Key stage 2 counts six times');
    await expect.poll(() => editor.savedBanner().innerText()).toContain('Saved proxy-district-2019-local version 1.');
    await page.screenshot({ path: new URL('index-recipe-editor.png', SCREENSHOTS).pathname, fullPage: false });
    await editor.savedBanner().getByRole('link', { name: 'See the full ranking' }).click();
    await expect.poll(() => page.url()).toBe(`${app.baseUrl}/index?recipe=proxy-district-2019-local%401`);
    await index.table().waitFor();
    expect(await page.locator('#index-table caption').innerText()).toBe('proxy-district-2019-local');
  }, 120_000);

  it('says when a recipe cannot be calculated and what loads its indicators, rather than showing an error page or the validator’s words', async () => {
    const index = new IndexPage(page);
    await index.open(app.baseUrl, '?recipe=smc-2016');
    // The SMC's own indicators are not in the shared data: the page says so and how to load them, never the validator's words.
    await expect.poll(() => page.locator('#index-missing-data').innerText()).toContain('have not been loaded');
    const note = await page.locator('#index-missing-data').innerText();
    expect(note).toContain('oa indicators derive');
    expect(note).not.toContain('stages[');
    expect(await index.heading().innerText()).toBe('Cold-spot index');
  });
});
