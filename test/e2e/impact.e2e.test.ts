import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AreaImpactSection } from './pages/area-impact-section.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { sharedDataAvailable, startAppWithPublicData } from './support/running-app-with-data.ts';
import type { RunningApp } from './support/running-app.ts';

/** Blackpool's KS2 results against its synthetic comparison (issue 18, "Done when"), on the area's page. */
describe.runIf(browserAvailable() && sharedDataAvailable())('anyone reading Blackpool’s impact on key stage 2 results, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startAppWithPublicData({ timeSeries: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 1100 } });
  }, 400_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  it('sees the estimate in words, the series with the start marked, the comparison’s areas and the one-year-before warning', async () => {
    await page.goto(`${app.baseUrl}/areas/blackpool`);
    const impact = new AreaImpactSection(page);
    await impact.section().waitFor();
    await impact.inWords().waitFor({ timeout: 40_000 });
    expect(await impact.inWords().innerText()).toMatch(/^From 2017, Blackpool was about \d+\.\d percentage points (higher|lower) than its comparison, 95% interval −?\d+\.\d to −?\d+\.\d\.$/);
    const rows = await impact.trajectoryRows();
    expect(rows.map((r) => r[0])).toEqual(['2016', '2017', '2018', '2019', '2022', '2023', '2024', '2025']);
    expect(rows.map((r) => r[3])).toEqual(['Before', 'Starts', 'Running', 'Running', 'Running', 'Running', 'Running', 'Running']);
    expect(await impact.warnings().innerText()).toMatch(/Only 1 period before the start \(2017\)/);
    expect(await impact.donors().count()).toBeGreaterThan(0);
    expect(await impact.donors().first().innerText()).toMatch(/^.+: \d+\.\d%$/);
  }, 60_000);

  it('sees the trend beside the North West and England as a chart and a table, 2020 and 2021 as gaps, and downloads it', async () => {
    const impact = new AreaImpactSection(page);
    const rows = await impact.trendRows();
    expect(rows.map((r) => r[0])).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(rows.map((r) => r[5])).toEqual(['Before', 'Starts', 'Running', 'Running', 'Running', 'Running', 'Running', 'Running', 'Running', 'Running']);
    expect(rows[4]?.slice(1, 5)).toEqual(['[x]', '[x]', '[x]', '[x]']);
    expect(rows[0]?.[1]).toMatch(/^\d+\.\d%$/);
    expect(rows[0]?.[4]).toMatch(/^\d+\.\d%$/);
    expect(await page.locator('#impact-trend-table thead th').allInnerTexts()).toEqual(['Period', 'Blackpool', 'Statistical neighbours’ average', 'North West', 'England', 'Programme']);
    // No neighbour set is saved on this database, so the neighbours' column is empty and the page says how to fill it.
    expect(rows[0]?.[2]).toBe('[x]');
    expect(await page.locator('#impact-trend').innerText()).toMatch(/no saved set of upper-tier neighbours lists Blackpool: save one with oa twins save --tier upper/);
    await expect.poll(() => impact.trendChart().count()).toBe(1);
    expect(await impact.trendChart().locator('desc').textContent()).toMatch(/the programme starts in 2017/);
    const href = await impact.trendDownload().getAttribute('href');
    expect(href).toBe('/api/impact/trend?area=blackpool&measure=KS2RWM_Expected_STD&format=csv');
    const csv = await page.request.get(`${app.baseUrl}${href ?? ''}`);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).split('\r\n')).toHaveLength(12);
  });

  it('shows another measure when one is picked', async () => {
    const impact = new AreaImpactSection(page);
    const before = await impact.inWords().innerText();
    await impact.pickMeasure('Key stage 2: maths at the expected standard');
    await expect.poll(() => page.getByRole('table', { name: /the area against its comparison/ }).locator('caption').innerText(), { timeout: 30_000 }).toMatch(/maths/i);
    expect(await impact.inWords().innerText()).not.toBe(before);
  });

  it('chooses the method and the comparison: a synthetic control against the North West gives its p-value and a pool of the region', async () => {
    const impact = new AreaImpactSection(page);
    await page.getByLabel('Method').selectOption({ label: 'Synthetic control' });
    await impact.pValue().waitFor({ timeout: 30_000 });
    expect(await impact.pValue().innerText()).toMatch(/^Permutation p-value \d\.\d\d:/);
    await page.getByLabel('Compared with').selectOption({ label: 'The other authorities in its region' });
    await expect.poll(() => page.locator('#area-impact').innerText(), { timeout: 30_000 }).toMatch(/drawn from the \d+ other upper-tier authorities in North West/);
  });

  it('sees all twelve Opportunity Areas on one page, filled in as each estimate is worked out', async () => {
    await page.goto(`${app.baseUrl}/impact`);
    const progress = page.locator('#national-progress');
    await progress.waitFor({ timeout: 30_000 });
    expect(await progress.innerText()).toMatch(/^(Worked out \d+ of 12 areas; the rest follow one at a time\.|All 12 areas worked out\.)$/);
    await expect.poll(() => progress.innerText(), { timeout: 120_000, interval: 1000 }).toBe('All 12 areas worked out.');
    const rows = page.locator('#national-impact tbody tr');
    expect(await rows.count()).toBe(12);
    const blackpool = rows.filter({ hasText: 'Blackpool' });
    expect(await blackpool.locator('td').first().innerText()).toMatch(/^about \d+\.\d percentage points (higher|lower) than its comparison, 95% interval −?\d+\.\d to −?\d+\.\d$/);
    expect(await blackpool.locator('td').nth(1).innerText()).toBe('1');
    expect(await blackpool.locator('td').nth(2).innerText()).toMatch(/Only 1 period before the start \(2017\)/);
  }, 150_000);
});
