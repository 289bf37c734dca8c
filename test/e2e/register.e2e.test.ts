import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AreaPage } from './pages/area-page.ts';
import { HomePage } from './pages/home-page.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { startApp, type RunningApp } from './support/running-app.ts';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url);

describe.runIf(browserAvailable())('a member of the public browsing the register in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  }, 240_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  it('sees the twelve areas on the home page, follows Blackpool and sees its research school', async () => {
    const home = new HomePage(page);
    await home.open(app.baseUrl);
    expect(await home.heading().innerText()).toBe('Opportunity Areas');
    const names = await home.areaNames();
    expect(names).toHaveLength(12);
    expect(names).toContain('Fenland and East Cambridgeshire');
    expect(await home.downloadCsvLink().getAttribute('href')).toBe('/api/opportunity-areas?format=csv');

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: new URL('home.png', SCREENSHOTS).pathname, fullPage: true });

    await home.followArea('Blackpool');
    const area = new AreaPage(page);
    await expect.poll(() => area.heading().innerText()).toContain('Blackpool');
    expect(page.url()).toBe(`${app.baseUrl}/areas/blackpool`);
    expect(await area.summaryValue('Research School').innerText()).toContain('Blackpool Research School');
    await page.screenshot({ path: new URL('blackpool.png', SCREENSHOTS).pathname, fullPage: true });
  });

  it('renders with GOV.UK Frontend styles and its JavaScript initialised', async () => {
    await page.goto(`${app.baseUrl}/`);
    await page.locator('.govuk-generic-header').waitFor();
    // The heading is drawn once the page's data is in, after the header.
    await page.locator('h1').waitFor();
    // A string expression runs in the page, where the DOM types of the Node test code do not apply.
    const style = (selector: string, property: string) =>
      page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)}))[${JSON.stringify(property)}]`);
    expect(await style('.govuk-generic-header', 'backgroundColor')).toBe('rgb(11, 12, 12)');
    expect(await style('h1', 'fontWeight')).toBe('700');
    expect(await style('body', 'fontFamily')).not.toContain('GDS Transport');
    expect(await page.locator('body').getAttribute('class')).toContain('govuk-frontend-supported');
  });
});
