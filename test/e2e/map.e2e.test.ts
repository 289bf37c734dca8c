import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MapPage } from './pages/map-page.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { sharedDataAvailable, startAppWithPublicData } from './support/running-app-with-data.ts';
import type { RunningApp } from './support/running-app.ts';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url);

/** The 12 Opportunity Areas cover 13 districts: Fenland and East Cambridgeshire is two. */
const OPPORTUNITY_AREA_DISTRICTS = 13;

describe.runIf(browserAvailable() && sharedDataAvailable())('an analyst comparing districts on the national map in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startAppWithPublicData();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 1100 } });
  }, 300_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  it('sees every district shaded, with a key, the Opportunity Areas outlined and a table of the same figures', async () => {
    const map = new MapPage(page);
    await map.open(app.baseUrl);
    expect(await map.heading().innerText()).toBe('Map of districts');

    // Quantiles in 5 classes by default.
    const legend = await map.legendClasses();
    expect(legend).toHaveLength(5);
    for (const entry of legend) expect(entry).toMatch(/^\S.* \(\d+ districts?\)$/);
    await expect.poll(() => map.legendEntry('Opportunity Area').innerText()).toContain(`(${String(OPPORTUNITY_AREA_DISTRICTS)} districts)`);

    // With no indicator in the link, the map opens on deprivation rather than the first name in the list.
    expect(await page.locator('#indicator').inputValue()).toBe('imd2015_mean_lsoa_score');
    const fills = await map.districtFills();
    expect(fills.length).toBeGreaterThanOrEqual(300);
    const noData = fills.filter((fill) => fill.startsWith('url('));
    expect(noData.length).toBeLessThan(fills.length / 10);
    // Shaded paths use only the colours of the key's classes.
    expect(new Set(fills.filter((fill) => !fill.startsWith('url('))).size).toBe(5);
    expect(await map.opportunityAreaOutlines().count()).toBe(OPPORTUNITY_AREA_DISTRICTS);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await map.mapAndKey().screenshot({ path: new URL('map.png', SCREENSHOTS).pathname });
  });

  it('changes the classes when natural breaks is chosen, and the table still agrees with the map', async () => {
    const map = new MapPage(page);
    const before = await map.legendClasses();
    await map.chooseClassification('Natural breaks');
    await expect.poll(() => map.legendClasses()).not.toEqual(before);
    expect(page.url()).toContain('classification=natural-breaks');
    const after = await map.legendClasses();
    expect(after).toHaveLength(5);

    // A row per district on the map, whose value reads as the path's tooltip does.
    const rows = await map.tableRows();
    const titles = await map.districtTitles();
    expect(titles.length).toBeGreaterThanOrEqual(300);
    const fromTable = rows.map((row) => `${row.name}: ${row.value === '[x]' ? `no data${row.whyNoValue === '' ? '' : ` (${row.whyNoValue})`}` : row.value}`);
    expect(fromTable.sort()).toEqual(titles.sort());

    // Each row's class is one of the key's, by its range.
    const ranges = after.map((entry) => entry.replace(/ \(\d+ districts?\)$/, ''));
    for (const row of rows) {
      if (row.mapClass === 'No data') continue;
      const [number, range] = row.mapClass.split(': ');
      expect(ranges[Number(number) - 1]).toBe(range);
    }
    expect(rows.filter((row) => row.opportunityArea.startsWith('Yes')).length).toBe(OPPORTUNITY_AREA_DISTRICTS);
    expect(await map.downloadCsvLink().getAttribute('href')).toMatch(/^\/api\/indicators\/[a-z0-9_]+\?period=[^&]+&kind=district&format=csv$/);
  });
});
