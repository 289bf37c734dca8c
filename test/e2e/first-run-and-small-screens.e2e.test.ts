import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOa } from '../support/cli.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { startApp, type RunningApp } from './support/running-app.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { SiteHeader } from './pages/site-header.ts';

/** Each empty page of a fresh install (`npm start`, nothing imported), the note it shows, and a command that note must name. */
const EMPTY_PAGES: readonly { path: string; note: string; says: string; command: string }[] = [
  { path: '/index', note: '#index-missing-data', says: 'No index yet', command: 'oa indicators derive' },
  { path: '/map', note: '#map-missing-data', says: 'nothing to map', command: 'oa import all FOLDER' },
  { path: '/schools', note: '#schools-missing-data', says: 'register of schools has not been loaded', command: 'oa import all FOLDER' },
  { path: '/schools/141257', note: '#school-missing-data', says: 'register of schools has not been loaded', command: 'oa import all FOLDER' },
  { path: '/careers/schools/141257', note: '#school-missing-data', says: 'register of schools has not been loaded', command: 'oa import all FOLDER' },
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

/** The main pages, drawn at phone width: none may scroll sideways, and every table scrolls in its own region. */
const SMALL_SCREEN_PAGES = [
  '/', '/areas/blackpool', '/areas/blackpool/plan', '/areas/E06000009', '/schools', '/map', '/index', '/index/recipes/edit', '/hubs',
  '/hubs/blackpool-research-school', '/toolkit', '/funding', '/funding/opportunity-areas-2017-2020', '/plans', '/plans/status', '/what-worked', '/audit', '/users',
  '/careers/areas/blackpool', '/careers/areas/blackpool/advisers', '/data', '/accessibility',
];
const PHONE = { width: 390, height: 844 };
const DELIVERY_PLAN = new URL('../../docs/examples/delivery-plan.example.csv', import.meta.url).pathname;

/** Words of the recipe validator and the API that must never reach a user. */
const VALIDATOR_WORDS = /stages\[\d|indicators\[\d|unknown indicator|recipe_not_runnable|invalid_request/;

describe.runIf(browserAvailable())('a fresh install, then at phone width, in Chromium', () => {
  let databaseUrl: string;
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    databaseUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'oa-e2e-first-run-')), 'oa.sqlite')}`;
    app = await startApp({ databaseUrl });
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

  /** A page at phone width, signed in as the national team, who see the most. */
  async function phonePage(): Promise<Page> {
    const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
    const signIn = new SignInPage(phone);
    await signIn.open(app.baseUrl);
    await signIn.signIn(app.demoUsers.admin.email, app.demoUsers.admin.password);
    await phone.getByRole('heading', { level: 1, name: 'Opportunity Areas' }).waitFor();
    return phone;
  }

  it('collapses the service navigation behind a Menu button at phone width, which opens and closes it', async () => {
    const phone = await phonePage();
    const menu = phone.getByRole('button', { name: 'Menu' });
    const list = phone.getByRole('navigation', { name: 'Menu' }).getByRole('list');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await list.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await phone.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Delivery plans' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Delivery plan measures across areas' }).waitFor();
    // A new page starts with the menu closed again.
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await phone.context().close();
    // At desktop width there is no Menu button: the links show.
    await page.goto(`${app.baseUrl}/`);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Funding' }).isVisible()).toBe(true);
  });

  it('never scrolls sideways at 390 px, each table scrolling inside a focusable region named after it', async () => {
    // A delivery plan, so the plan pages have their tables.
    expect((await runOa(['plans', 'import', DELIVERY_PLAN], { DATABASE_URL: databaseUrl })).stderr).toBe('');
    const phone = await phonePage();
    for (const path of SMALL_SCREEN_PAGES) {
      await phone.goto(`${app.baseUrl}${path}`);
      await phone.getByRole('heading', { level: 1 }).first().waitFor();
      // Let the page's data arrive and draw.
      await phone.waitForLoadState('networkidle');
      // Strings, as this code runs in the page (the tests are type-checked without the DOM's types).
      const width = await phone.evaluate<{ scroll: number; inner: number }>('({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })');
      expect(width.scroll, `${path} is ${String(width.scroll)} px wide at ${String(width.inner)} px`).toBeLessThanOrEqual(width.inner);
      const unwrapped = await phone.evaluate<string[]>(`[...document.querySelectorAll('main table')]
        .filter((table) => {
          const region = table.closest('[role="region"]');
          return region === null || region.getAttribute('tabindex') !== '0' || (region.getAttribute('aria-label') ?? '') === '';
        })
        .map((table) => table.querySelector('caption')?.textContent ?? table.id)`);
      expect(unwrapped, `${path}: tables outside a focusable, labelled scrolling region`).toEqual([]);
    }
    await phone.context().close();
  }, 120_000);
});
