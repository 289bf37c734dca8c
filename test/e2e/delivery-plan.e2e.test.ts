import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOa } from '../support/cli.ts';
import { DeliveryPlanPage } from './pages/delivery-plan-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { SiteHeader } from './pages/site-header.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { startApp, type RunningApp } from './support/running-app.ts';
import { fillDate } from './pages/date-input.ts';

const EXAMPLE = new URL('../../docs/examples/delivery-plan.example.csv', import.meta.url).pathname;
const PDFTOTEXT = '/usr/bin/pdftotext';
const KS2 = 'KS2 reading writing and maths';

/** The text of a PDF, by Debian's poppler-utils; the layout flag keeps each table row on one line. */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'oa-pdf-'));
  writeFileSync(join(dir, 'report.pdf'), pdf);
  return execFileSync(PDFTOTEXT, ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
}

function pdftotextAvailable(): boolean {
  if (existsSync(PDFTOTEXT)) return true;
  if (process.env['OA_REQUIRE_BROWSER'] === '1') throw new Error(`OA_REQUIRE_BROWSER=1 but there is no ${PDFTOTEXT} to read the board report PDF (apt-get install -y poppler-utils)`);
  console.warn(`Board report PDF text not checked: no ${PDFTOTEXT} (apt-get install -y poppler-utils).`);
  return false;
}

describe.runIf(browserAvailable())('an area lead keeping the delivery plan up to date, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    const databaseUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'oa-e2e-plan-')), 'oa.sqlite')}`;
    app = await startApp({ databaseUrl });
    // The example plan (illustrative figures) loaded as an area lead's team would, through the CLI.
    const imported = await runOa(['plans', 'import', EXAMPLE], { DATABASE_URL: databaseUrl });
    expect(imported.stderr).toBe('');
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  async function signedIn(role: 'area_lead' | 'board_viewer'): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1200, height: 1000 } })).newPage();
    const signIn = new SignInPage(page);
    await signIn.open(app.baseUrl);
    await signIn.signIn(app.demoUsers[role].email, app.demoUsers[role].password);
    await new SiteHeader(page).signOutButton().waitFor();
    return page;
  }

  it('lets a board viewer read the plan but offers no way to change it', async () => {
    const page = await signedIn('board_viewer');
    const plan = new DeliveryPlanPage(page);
    await plan.open(app.baseUrl, 'blackpool');
    expect(await plan.status('ks2-rwm').innerText()).toBe('At risk');
    expect(await plan.addActualLinks().count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Set the status by hand/ }).count()).toBe(0);
    await page.goto(`${app.baseUrl}/areas/blackpool/plan/measures/ks2-rwm/actual`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).not.toContain('Add an actual');
    await page.context().close();
  });

  it('lets the area lead add an actual, which changes the status, and prints the new figure in the board report PDF', async () => {
    const page = await signedIn('area_lead');
    const plan = new DeliveryPlanPage(page);
    await plan.open(app.baseUrl, 'blackpool');
    expect(await plan.status('ks2-rwm').innerText()).toBe('At risk');
    expect(await plan.latest('ks2-rwm').innerText()).toBe('53 (2017/18)');

    await plan.addActualLink(KS2).click();
    await expect.poll(() => plan.heading().innerText()).toBe(`Add an actual for ${KS2}`);
    // Saving with nothing filled in shows the GOV.UK error summary, linked to each field.
    await plan.saveActual();
    await plan.errorSummary().waitFor();
    expect(await plan.errorSummary().getByRole('link').allInnerTexts()).toEqual([
      'Enter the period, like 2018/19',
      'Enter the figure',
      'Say where the figure comes from, such as the DfE statistical release',
      'Enter the date the figure was recorded',
    ]);
    expect(await page.title()).toMatch(/^Error: /);

    await plan.fillActual({ period: '2018/19', value: '58', source: 'DfE key stage 2 results 2019 (revised)', recordedOn: '2019-12-12' });
    await plan.saveActual();
    await plan.successBanner().waitFor();
    expect(page.url()).toBe(`${app.baseUrl}/areas/blackpool/plan`);
    // 58 in 2018/19 against 62 by 2019/20: progress 8/12 with two thirds of the time gone.
    await expect.poll(() => plan.status('ks2-rwm').innerText()).toBe('On track');
    expect(await plan.latest('ks2-rwm').innerText()).toBe('58 (2018/19)');

    const href = await plan.pdfLink().getAttribute('href');
    expect(href).toBe('/api/opportunity-areas/blackpool/board-report?format=pdf');
    const response = await page.context().request.get(`${app.baseUrl}${href ?? ''}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (pdftotextAvailable()) {
      const text = pdfText(pdf);
      expect(text).toContain('Blackpool partnership board report');
      // The measure's name wraps in its cell; its first line shares the row's line with the figures and status.
      const ks2Line = text.split('\n').find((line) => line.startsWith('KS2 reading') && line.includes('58 (2018/19)'));
      expect(ks2Line, text).toBeDefined();
      expect(ks2Line).toContain('On track');
      expect(text).toContain(`${KS2}: 58 for 2018/19`);
    }
    await page.context().close();
  });

  it('lets the area lead add to the what-worked library, and anyone signed in find it by its words', async () => {
    const page = await signedIn('area_lead');
    await page.goto(`${app.baseUrl}/areas/blackpool/what-worked/new`);
    await page.getByRole('button', { name: 'Add entry' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary').getByRole('link').count()).toBe(6);
    await page.getByLabel('What was done').fill('Maths mastery training for Year 5 teachers');
    await page.getByLabel('Where').fill('12 primary schools in Blackpool');
    await page.getByLabel('For whom').fill('Pupils eligible for free school meals');
    await page.getByLabel('Cost in pounds (optional)').fill('45,000');
    await page.getByLabel('Evidence it draws on').fill('Mastery learning');
    await page.getByLabel('Result').fill('KS2 maths up 4 points');
    await page.getByLabel('Contact').fill('maths@example.org');
    await page.getByRole('button', { name: 'Add entry' }).click();
    await page.locator('.govuk-notification-banner--success').waitFor();
    expect(page.url()).toBe(`${app.baseUrl}/what-worked`);
    await page.getByLabel('Search the library').fill('mastery MEALS');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('.govuk-summary-card__title').allInnerTexts()).toEqual(['Maths mastery training for Year 5 teachers']);
    expect(await page.locator('.govuk-summary-card').innerText()).toContain('£45,000');
    await page.getByLabel('Search the library').fill('phonics');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.getByText('No entries contain every word of “phonics”.').count()).toBe(1);
    await page.context().close();
  });

  it('lets the area lead set a status by hand only with a reason, shown as set by hand', async () => {
    const page = await signedIn('area_lead');
    const plan = new DeliveryPlanPage(page);
    await plan.open(app.baseUrl, 'blackpool');
    await page.getByRole('link', { name: 'Set the status by hand for 16-17 year olds not in education employment or training' }).click();
    await page.getByLabel('On track').check();
    await page.getByRole('button', { name: 'Save status' }).click();
    await plan.errorSummary().waitFor();
    expect(await plan.errorSummary().getByRole('link').allInnerTexts()).toEqual(['Say why the status is set by hand rather than by the rule']);
    await page.getByLabel('Reason').fill('A new careers provider started in September');
    await page.getByRole('button', { name: 'Save status' }).click();
    await plan.successBanner().waitFor();
    await expect.poll(() => plan.status('neet-16-17').innerText()).toBe('On track (set by hand)');
    expect(await plan.measureRow('neet-16-17').innerText()).toContain('A new careers provider started in September');
    await page.context().close();
  });

  it('lets the area lead add a board member and record a meeting with its decisions', async () => {
    const page = await signedIn('area_lead');
    const plan = new DeliveryPlanPage(page);
    await plan.open(app.baseUrl, 'blackpool');
    await page.getByRole('link', { name: 'Add a board member' }).click();
    await page.getByLabel('Name').fill('Sam Okafor');
    await page.getByLabel('Organisation').fill('Blackpool Sixth Form College');
    await page.getByLabel('Sector').fill('further education');
    await page.getByRole('button', { name: 'Add member' }).click();
    await plan.successBanner().waitFor();

    await page.getByRole('link', { name: 'Record a board meeting' }).click();
    await fillDate(page, 'Date of the meeting', '2019-10-01');
    await page.getByLabel('Papers (optional)').fill('Progress against the plan\nCareers hub update');
    await page.locator('#decision-1').fill('Review support for key stage 2 maths');
    await page.getByRole('button', { name: 'Record meeting' }).click();
    await plan.errorSummary().waitFor();
    expect(await plan.errorSummary().getByRole('link').allInnerTexts()).toEqual(['Enter who owns decision 1', 'Enter the date decision 1 is due']);
    await page.locator('#owner-1').fill('Sam Okafor');
    await fillDate(page.getByRole('group', { name: 'Decision 1 (optional)' }), 'Due', '2020-01-31');
    await page.getByRole('button', { name: 'Record meeting' }).click();
    await plan.successBanner().waitFor();
    const board = page.locator('section[aria-labelledby="board-heading"]');
    expect(await board.innerText()).toContain('Sam Okafor, Blackpool Sixth Form College (further education)');
    expect(await board.innerText()).toContain('Meeting on 1 October 2019');
    expect(await board.innerText()).toContain('Review support for key stage 2 maths');
    await page.context().close();
  });
});
