import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FundPage } from './pages/fund-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { startApp, type RunningApp } from './support/running-app.ts';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url);
const FUND = 'opportunity-areas-2017-2020';

describe.runIf(browserAvailable())('the national team allocating a fund and an area lead recording spend in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  async function signInAs(role: 'admin' | 'area_lead'): Promise<FundPage> {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
    page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.open(app.baseUrl, `/funding/${FUND}`);
    await signIn.signIn(app.demoUsers[role].email, app.demoUsers[role].password);
    const fund = new FundPage(page);
    await expect.poll(() => fund.heading().innerText()).toBe('Opportunity Areas programme 2017 to 2020');
    return fund;
  }

  it('sees the published £6m for each of the twelve areas, previews equal shares with the working and confirms them', async () => {
    const fund = await signInAs('admin');
    await expect.poll(() => fund.allocationRows().count()).toBe(12);
    expect(await page.getByText('As published.').count()).toBe(1);
    expect(await page.locator('#fund-terms').innerText()).toContain('Department for Education: £72,000,000 (100%)');
    await fund.previewEqualShares();
    await fund.previewTable().waitFor();
    expect(await fund.previewTable().locator('tbody > tr').count()).toBe(12);
    expect(await page.getByText('The amounts add up to £72,000,000.').count()).toBe(1);
    await fund.previewTable().locator('tbody > tr').first().getByText('How this was worked out').click();
    expect(await fund.previewTable().locator('.govuk-details__text').first().innerText()).toMatch(/^Share of £72,000,000: equal, 1 of 12/);
    await page.screenshot({ path: new URL('fund-preview.png', SCREENSHOTS).pathname, fullPage: false });
    await fund.confirm();
    await expect.poll(() => page.getByText(/^From confirmed formula run \d+\.$/).count()).toBe(1);
    expect(await fund.allocationRows().count()).toBe(12);
  });

  it('as Blackpool’s area lead, is told what is wrong with a spend line, records one, and sees it await approval', async () => {
    const fund = await signInAs('area_lead');
    await fund.recordSpend({ recipient: 'Blackpool', kind: 'Payment (money paid out)', date: '2018-02-30', amount: '12000.50', purpose: 'Maths mastery training' });
    await expect.poll(() => fund.errorSummary().innerText()).toContain('The date of the spend must be a real date');
    await fund.recordSpend({ recipient: 'Blackpool', kind: 'Payment (money paid out)', date: '2018-02-28', amount: '12000.50', purpose: 'Maths mastery training' });
    await expect.poll(() => fund.spendLines().count()).toBe(1);
    expect(await fund.spendLines().first().innerText()).toContain('Awaiting approval');
    await page.screenshot({ path: new URL('fund-spend.png', SCREENSHOTS).pathname, fullPage: true });
  });

  it('as the national team, approves the area lead’s line', async () => {
    const fund = await signInAs('admin');
    await expect.poll(() => fund.spendLines().count()).toBe(1);
    await fund.spendLines().first().getByRole('button', { name: /Approve/ }).click();
    await expect.poll(() => fund.spendLines().first().innerText()).toContain('Approved');
    expect(await fund.successBanner().innerText()).toContain('approved');
  });
});
