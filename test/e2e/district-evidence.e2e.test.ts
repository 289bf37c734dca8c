import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MapPage } from './pages/map-page.ts';
import { PlacePage } from './pages/place-page.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { sharedDataAvailable, startAppWithPublicData } from './support/running-app-with-data.ts';
import type { RunningApp } from './support/running-app.ts';

/**
 * The Isles of Scilly's one secondary school has an Attainment 8 figure but no pupils counted behind it, so the
 * district has no Attainment 8 figure under the default rule (§9.3), while its free school meals figure, from
 * every school it has, stands.
 */
const SCILLY = 'E06000053';
const SCILLY_ATTAINMENT8 =
  /^1 school, 0% of pupils: not enough for a district figure \(it needs at least 3 mainstream schools, or all of them where there are fewer, and 50% of pupils\)$/;

describe.runIf(browserAvailable() && sharedDataAvailable())('an analyst reading why a district has no figure built from schools, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startAppWithPublicData({ derive: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 1100 } });
  }, 400_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  it('sees on the map of Attainment 8 that the Isles of Scilly have too little evidence for a figure, in the tooltip and the table alike', async () => {
    const map = new MapPage(page);
    await page.goto(`${app.baseUrl}/map?indicator=ks4_attainment8`);
    await map.mapImage().waitFor();
    const rows = await map.tableRows();
    const scilly = rows.find((row) => row.name === 'Isles of Scilly');
    expect(scilly?.value).toBe('[x]');
    expect(scilly?.whyNoValue).toMatch(SCILLY_ATTAINMENT8);
    // A note is only ever beside a missing figure (a district with no school placed in it has neither).
    const titles = await map.districtTitles();
    for (const row of rows.filter((r) => r.whyNoValue !== '')) {
      expect(row.value, row.name).toBe('[x]');
      expect(row.whyNoValue, row.name).toMatch(/: not enough for a district figure \(/);
    }
    expect(titles).toContain(`Isles of Scilly: no data (${scilly?.whyNoValue ?? ''})`);
  });

  it('reads the same on the district’s page, in its indicators and where the index says why it is not ranked', async () => {
    await page.goto(`${app.baseUrl}/areas/${SCILLY}`);
    const place = new PlacePage(page);
    await expect.poll(() => place.heading().innerText()).toBe('Isles of Scilly');
    // Not the row of "…, special schools and alternative provision included".
    const row = place.indicatorsTable().locator('tr', { has: page.locator('th', { hasText: /^Key stage 4: average Attainment 8 score(?!,)/ }) });
    await expect.poll(() => row.locator('.oa-why-no-value').innerText()).toMatch(/^Not enough data: 1 school, 0% of pupils: not enough for a district figure/);
    const notRanked = page.locator('#place-index-not-ranked');
    await notRanked.waitFor();
    expect(await notRanked.innerText()).toMatch(/^Isles of Scilly is not ranked: excluded by the recipe\. .*Key stage 4: average Attainment 8 score: [^.]*not enough for a district figure/);
  });
});
