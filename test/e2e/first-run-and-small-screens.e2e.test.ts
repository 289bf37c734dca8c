import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { startApp, type RunningApp } from './support/running-app.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { SiteHeader } from './pages/site-header.ts';

/** Each empty page of a fresh install (`npm start`, nothing imported), the note it shows, and a command that note must name. */
const EMPTY_PAGES: readonly { path: string; note: string; says: string; command: string }[] = [
  { path: '/index', note: '#index-missing-data', says: 'No index yet', command: 'oa indicators derive' },
  { path: '/map', note: '#map-missing-data', says: 'nothing to map', command: 'oa import all FOLDER' },
  { path: '/schools', note: '#schools-missing-data', says: 'register of schools has not been loaded', command: 'oa import all FOLDER' },
  { path: '/toolkit', note: '#toolkit-missing-data', says: 'Toolkit has not been loaded', command: 'oa import all FOLDER' },
  { path: '/toolkit', note: '#guidance-reports-missing-data', says: 'No Guidance Reports', command: 'oa import guidance-reports FILE.csv' },
  { path: '/hubs', note: '#hubs-missing-data', says: 'not in the register of schools', command: 'oa import all FOLDER' },
  { path: '/intermediaries', note: '#no-membership', says: 'No school has a local authority', command: 'oa import school-locations FILE.csv' },
  { path: '/plans', note: '.oa-missing-data', says: 'No area has loaded a delivery plan', command: 'oa plans import FILE.csv' },
  { path: '/areas/blackpool', note: '#area-schools-missing-data', says: 'No schools are known in the area', command: 'oa import all FOLDER' },
  { path: '/areas/blackpool/plan', note: '.oa-missing-data', says: 'No delivery plan has been loaded for Blackpool', command: 'oa plans import FILE.csv' },
  { path: '/areas/E06000009', note: '#place-index-missing-data', says: 'No index yet', command: 'oa indicators derive' },
  { path: '/careers/areas/blackpool', note: '#careers-missing-data', says: 'No careers encounters', command: 'oa careers import FILE.csv' },
  { path: '/careers/areas/blackpool/advisers', note: '#advisers-missing-data', says: 'register of schools has not been loaded', command: 'oa import all FOLDER' },
  { path: '/index/recipes/edit', note: '#recipe-preview-missing', says: 'not loaded yet', command: 'oa indicators derive' },
];

/** Words of the recipe validator and the API that must never reach a user. */
const VALIDATOR_WORDS = /stages\[\d|indicators\[\d|unknown indicator|recipe_not_runnable|invalid_request/;

describe.runIf(browserAvailable())('a fresh install, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.open(app.baseUrl);
    await signIn.signIn(app.demoUsers.admin.email, app.demoUsers.admin.password);
    await new SiteHeader(page).signOutButton().waitFor();
  }, 180_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  it('says on every empty page what is missing and the exact command that fills it, and never the validator’s words', async () => {
    for (const { path, note, says, command } of EMPTY_PAGES) {
      await page.goto(`${app.baseUrl}${path}`);
      await expect.poll(() => page.locator(note).first().innerText(), { message: path }).toContain(says);
      expect(await page.locator(note).first().locator('code').allInnerTexts(), path).toContain(command);
      expect(await page.locator('main').innerText(), path).not.toMatch(VALIDATOR_WORDS);
    }
  }, 120_000);

  it('tells the national team where what-worked entries are added, with a link to start', async () => {
    await page.goto(`${app.baseUrl}/what-worked`);
    const note = page.locator('#what-worked-missing-data');
    await expect.poll(() => note.innerText()).toContain('No entries yet');
    expect(await note.getByRole('link', { name: 'the list of areas' }).getAttribute('href')).toBe('/');
  });
});
