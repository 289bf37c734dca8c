import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { startApp, type RunningApp } from './support/running-app.ts';

// Issue 23, bounded work: a list longer than a page is shown a page at a time, with the way to the rest.
describe.runIf(browserAvailable())('lists longer than a page in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'oa-e2e-bounded-')), 'oa.sqlite');
    app = await startApp({ databaseUrl: `sqlite:${path}` });
    const handle = await openDatabase({ engine: 'sqlite', path });
    const fund = (id: string) => ({ id, name: `ZZ bounded ${id}`, amount_pence: 1_000, period: '2030/31', scope: 'national', kind: 'fund', parent_id: null, opportunity_area_id: null, source_note: 'test' });
    await handle.db.insertInto('funds').values(Array.from({ length: 101 }, (_, i) => fund(`bounded-${String(i).padStart(3, '0')}`))).execute();
    const hub = (id: string) => ({ id, name: `ZZ ${id}`, host_name: 'No single school', host_urn: null, opportunity_area_id: null, announced_on: '2030-01-01', source_note: 'test' });
    await handle.db.insertInto('research_schools').values(Array.from({ length: 101 }, (_, i) => hub(`zz-hub-${String(i).padStart(3, '0')}`))).execute();
    await handle.close();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1200, height: 1000 } })).newPage();
  }, 240_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  it('shows the first 100 funds with GOV.UK pagination, and the last fund on the next page', async () => {
    await page.goto(`${app.baseUrl}/funding`);
    const showing = page.getByText(/^Showing 1 to 100 of \d+ funds$/);
    await expect.poll(() => showing.count()).toBe(1);
    const total = Number(/of (\d+) funds/.exec(await showing.innerText())?.[1]);
    expect(total).toBeGreaterThan(101);
    expect(await page.getByText('ZZ bounded bounded-100').count()).toBe(0);
    await page.locator('.govuk-pagination__next a').click();
    await expect.poll(() => page.url()).toBe(`${app.baseUrl}/funding?page=2`);
    await expect.poll(() => page.getByText(`Showing 101 to ${String(total)} of ${String(total)} funds`).count()).toBe(1);
    expect(await page.getByText('ZZ bounded bounded-100').count()).toBe(1);
    await page.getByRole('link', { name: 'Page 1' }).click();
    await expect.poll(() => page.url()).toBe(`${app.baseUrl}/funding`);
  });

  it('shows the first 100 Research Schools with GOV.UK pagination, and the last on the last page', async () => {
    await page.goto(`${app.baseUrl}/hubs`);
    const showing = page.getByText(/^Showing 1 to 100 of \d+ Research Schools$/);
    await expect.poll(() => showing.count()).toBe(1);
    const total = Number(/of (\d+) Research/.exec(await showing.innerText())?.[1]);
    const last = Math.ceil(total / 100);
    await page.getByRole('link', { name: `Page ${String(last)}` }).click();
    await expect.poll(() => page.url()).toBe(`${app.baseUrl}/hubs?page=${String(last)}`);
    await expect.poll(() => page.getByRole('link', { name: 'ZZ zz-hub-100' }).count()).toBe(1);
  });
});
