import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedPage } from './pages/access-denied-page.ts';
import { AreaBoardPage } from './pages/area-board-page.ts';
import { AreaPage } from './pages/area-page.ts';
import { AuditLogPage } from './pages/audit-log-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { SiteHeader } from './pages/site-header.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { startApp, type RunningApp } from './support/running-app.ts';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url);
const VIEWPORT = { width: 1200, height: 1000 };
const NEW_CHAIR = 'Jane Smith';

// Journeys run in order: the national team's audit log checks the chair the area lead records first.
describe.runIf(browserAvailable())('people signing in to look after the programme, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  /** A new visitor in a browser context of their own, so no two personas share a session cookie. */
  async function newVisitor(): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORT });
    return context.newPage();
  }

  async function signedIn(role: 'admin' | 'area_lead'): Promise<Page> {
    const page = await newVisitor();
    const signIn = new SignInPage(page);
    await signIn.open(app.baseUrl);
    await signIn.signIn(app.demoUsers[role].email, app.demoUsers[role].password);
    await new SiteHeader(page).signOutButton().waitFor();
    return page;
  }

  function screenshot(page: Page, name: string): Promise<Buffer> {
    return page.screenshot({ path: new URL(name, SCREENSHOTS).pathname, fullPage: true });
  }

  it('lets an area lead sign in, record Blackpool’s board chair and see it on the Blackpool page', async () => {
    const page = await newVisitor();
    const lead = app.demoUsers.area_lead;
    const signIn = new SignInPage(page);
    await signIn.open(app.baseUrl);
    await signIn.signIn(lead.email, lead.password);

    const header = new SiteHeader(page);
    await expect.poll(() => header.account().innerText()).toContain(lead.email);
    expect(await header.account().innerText()).toContain('Area lead');
    expect(page.url()).toBe(`${app.baseUrl}/`);
    expect(await header.menuLinks()).toEqual(['Areas', 'Schools', 'Map', 'Index', 'Research Schools', 'Toolkit', 'Funding', 'Delivery plan', 'What worked', 'Careers']);

    await page.goto(`${app.baseUrl}/areas/blackpool`);
    const area = new AreaPage(page);
    const board = new AreaBoardPage(page);
    await board.recordChairLink().click();
    await expect.poll(() => board.heading().innerText()).toBe('Record the partnership board chair');
    expect(page.url()).toBe(`${app.baseUrl}/areas/blackpool/board`);

    await board.fill({ chair: NEW_CHAIR, chairNamedOn: '2017-07-14', sourceNote: 'Blackpool Opportunity Area partnership board minutes, July 2017' });
    await board.save();
    await board.successBanner().waitFor();
    expect(await board.successBanner().innerText()).toContain('Board chair saved');
    expect(page.url()).toBe(`${app.baseUrl}/areas/blackpool`);
    expect(await area.summaryValue('Partnership board chair').innerText()).toContain(NEW_CHAIR);
    expect(await area.summaryValue('Partnership board chair').innerText()).toContain('14 July 2017');
    await screenshot(page, 'board-chair-saved.png');

    // Reloading shows the chair from the database, and the banner only once.
    await page.reload();
    await area.summaryValue('Partnership board chair').waitFor();
    expect(await area.summaryValue('Partnership board chair').innerText()).toContain(NEW_CHAIR);
    expect(await board.successBanner().count()).toBe(0);

    await header.signOutButton().click();
    await header.signInLink().waitFor();
    expect(await header.account().innerText()).not.toContain(lead.email);
    await page.context().close();
  });

  it('tells the area lead they have no access to another area’s board, and why', async () => {
    const page = await signedIn('area_lead');
    await page.goto(`${app.baseUrl}/areas/derby`);
    await new AreaPage(page).heading().waitFor();
    expect(await new AreaBoardPage(page).recordChairLink().count()).toBe(0);

    await page.goto(`${app.baseUrl}/areas/derby/board`);
    const denied = new AccessDeniedPage(page);
    await expect.poll(() => denied.heading().innerText()).toBe('You do not have access to this page');
    const content = await denied.content();
    expect(content).toContain('You need edit access to this Opportunity Area. It is outside the areas and schools you can access.');
    expect(content).toContain(`You are signed in as ${app.demoUsers.area_lead.email} (Area lead)`);
    await screenshot(page, 'access-denied.png');
    await page.context().close();
  });

  it('shows the error summary when the password is wrong, linked to the email field', async () => {
    const page = await newVisitor();
    const signIn = new SignInPage(page);
    await signIn.open(app.baseUrl);
    await signIn.signIn(app.demoUsers.board_viewer.email, 'not-the-password');

    await signIn.errorSummary().waitFor();
    expect(await signIn.errorSummary().innerText()).toContain('There is a problem');
    const link = signIn.errorSummaryLink('Enter a correct email address and password');
    expect(await link.getAttribute('href')).toBe('#email');
    expect(await signIn.inlineError('email')).toBe('Enter a correct email address and password');
    expect(await signIn.passwordValue()).toBe('');
    expect(await page.title()).toBe('Error: Sign in – Opportunity Areas');
    expect(await page.evaluate<boolean>('document.activeElement?.classList.contains("govuk-error-summary") ?? false')).toBe(true);
    await screenshot(page, 'sign-in-error.png');

    // The summary's link moves focus to the field at fault.
    await link.click();
    expect(await page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('email');
    await page.context().close();
  });

  it('shows the national programme team the audit log, with the board change and the sign-ins', async () => {
    const page = await signedIn('admin');
    const header = new SiteHeader(page);
    expect(await header.menuLinks()).toEqual(['Areas', 'Schools', 'Map', 'Index', 'Research Schools', 'Toolkit', 'Funding', 'Delivery plans', 'What worked', 'Audit log', 'Users']);

    await page.getByRole('link', { name: 'Audit log' }).click();
    const audit = new AuditLogPage(page);
    await audit.table().waitFor();
    expect(await audit.heading().innerText()).toBe('Audit log');
    const rows = await audit.rows();
    const lead = app.demoUsers.area_lead.email;
    const boardChange = rows.findIndex((row) => row.sentence === `${lead} recorded the chair of Blackpool’s partnership board: ${NEW_CHAIR}`);
    expect(boardChange).toBeGreaterThanOrEqual(0);
    expect(rows[boardChange]?.when).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}, (\d{1,2}:\d{2}[ap]m|midday|midnight)$/);
    // The raw record is a click away.
    const details = await audit.details(boardChange);
    expect(details).toContain('board.create');
    expect(details).toContain('chairNamedOn: Not set → 2017-07-14');
    const sentences = rows.map((row) => row.sentence);
    expect(sentences).toContain(`${lead} signed in with a password`);
    expect(sentences).toContain(`${app.demoUsers.admin.email} signed in with a password`);
    expect(sentences).toContain(`${lead} signed out`);
    expect(await audit.downloadCsvLink().getAttribute('href')).toBe('/api/audit?limit=100&format=csv');
    await screenshot(page, 'audit-log.png');

    // Filters: who and what, kept in the address; then a date with nothing after it; then a date that is not one.
    await audit.filter({ who: lead.split('@')[0] ?? '', action: 'Any sign-in or sign-out' });
    await expect.poll(() => page.url()).toContain('action=session.');
    await expect
      .poll(async () => {
        const shown = (await audit.rows()).map((row) => row.sentence);
        return shown.length >= 2 && shown.every((sentence) => sentence.startsWith(`${lead} signed`));
      })
      .toBe(true);
    expect(await audit.downloadCsvLink().getAttribute('href')).toContain('action=session.');
    await audit.filter({ from: ['1', '1', '2100'] });
    await page.getByText('No entries match these filters.').waitFor();
    await audit.filter({ from: ['31', '2', '2100'] });
    await page.getByRole('alert').getByText(/real date/).waitFor();
    await screenshot(page, 'audit-log-filter-error.png');

    // The national view of every area's delivery plan.
    await page.goto(`${app.baseUrl}/plans/status`);
    const plans = page.getByRole('table', { name: 'Measures by status, in each area' });
    await plans.waitFor();
    expect(await plans.locator('tbody tr').count()).toBe(12);
    expect(await plans.getByRole('link', { name: 'Blackpool' }).getAttribute('href')).toBe('/areas/blackpool/plan');
    await screenshot(page, 'plan-status.png');

    await page.getByRole('link', { name: 'Users' }).click();
    const users = page.getByRole('table', { name: /users/ });
    await users.waitFor();
    expect(await users.locator('tbody tr').count()).toBe(6);
    expect(await page.getByRole('link', { name: /Download CSV/ }).getAttribute('href')).toBe('/api/users?format=csv');
    await page.context().close();
  });

  it('sends an anonymous visitor to the audit log to sign in first, then back to it', async () => {
    const page = await newVisitor();
    await page.goto(`${app.baseUrl}/audit`);
    const signIn = new SignInPage(page);
    await signIn.heading().waitFor();
    expect(page.url()).toBe(`${app.baseUrl}/sign-in?next=%2Faudit`);

    await signIn.signIn(app.demoUsers.admin.email, app.demoUsers.admin.password);
    const audit = new AuditLogPage(page);
    await audit.table().waitFor();
    expect(page.url()).toBe(`${app.baseUrl}/audit`);
    await page.context().close();
  });
});
