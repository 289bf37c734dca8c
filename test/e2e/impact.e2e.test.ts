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

  it('shows another measure when one is picked', async () => {
    const impact = new AreaImpactSection(page);
    const before = await impact.inWords().innerText();
    await impact.pickMeasure('Key stage 2: maths at the expected standard');
    await expect.poll(() => page.getByRole('table', { name: /the area against its comparison/ }).locator('caption').innerText(), { timeout: 30_000 }).toMatch(/maths/i);
    expect(await impact.inWords().innerText()).not.toBe(before);
  });
});
