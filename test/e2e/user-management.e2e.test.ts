import { mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { seedCareersSchools } from '../support/careers-fixture.ts';
import { AuditLogPage } from './pages/audit-log-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { SiteHeader } from './pages/site-header.ts';
import { UsersAdminPage } from './pages/users-admin-page.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { startApp, type RunningApp } from './support/running-app.ts';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url);
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core's WCAG 2.2 A and AA (and best-practice) violations in the page's main content as it stands: rule
 * id, how many nodes and which. The page chrome around it (header, phase banner) is checked for every page
 * by the every-route browser test, not here.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  // The page runs axe in its own context; the result is plain data.
  return page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: { run: (context: string, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } };
    const result = await axe.run('main', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}
const HEAD = 'head@stmarys.example.sch.uk';

describe.runIf(browserAvailable())('the national team manages users in the web app, in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oa-e2e-users-'));
  const databaseUrl = `sqlite:${join(dir, 'oa.sqlite')}`;
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp({ databaseUrl });
    // The school register's St Mary's, so the school can be chosen by name.
    const handle = await openDatabase({ engine: 'sqlite', path: join(dir, 'oa.sqlite') });
    await seedCareersSchools(handle.db);
    await handle.close();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  async function signedIn(email: string, password: string): Promise<Page> {
    // bypassCSP: so axe-core can be added to the page for the accessibility checks; the app itself adds no script.
    const context = await browser.newContext({ viewport: { width: 1200, height: 1000 }, bypassCSP: true });
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.open(app.baseUrl);
    await signIn.signIn(email, password);
    await new SiteHeader(page).signOutButton().waitFor();
    return page;
  }

  it('adds a school user chosen by name, changes them to an area lead, disables them, and the audit page says each in words', async () => {
    const page = await signedIn(app.demoUsers.admin.email, app.demoUsers.admin.password);
    const users = new UsersAdminPage(page);
    await users.open(app.baseUrl);

    // A form sent empty lists every problem at the top, each linking to its field.
    await page.getByRole('button', { name: 'Add a user' }).click();
    await page.getByRole('button', { name: 'Add user' }).click();
    await expect.poll(() => users.errorSummary().innerText()).toContain('Enter their email address');
    expect(await users.errorSummary().innerText()).toContain('Select the role they have');
    expect(await axeViolations(page)).toEqual([]);
    await users.open(app.baseUrl);

    const password = await users.add({ email: HEAD, name: 'Pat Head', role: 'School user', schoolSearch: 'St Mary', schoolOption: /St Mary's Catholic Academy \(URN 141257\)/ });
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('users-added.png', SCREENSHOTS).pathname, fullPage: true });
    const head = await signedIn(HEAD, password);
    await expect.poll(() => new SiteHeader(head).account().innerText()).toContain(HEAD);

    await users.open(app.baseUrl);
    await users.openUser(HEAD);
    await users.chooseRole('Area lead');
    await users.save();
    // An area lead needs an area: the error summary says so, and nothing is saved yet.
    await expect.poll(() => users.errorSummary().innerText()).toContain('Select at least one Opportunity Area');
    expect(await axeViolations(page)).toEqual([]);
    await users.checkArea('Blackpool');
    await users.save();
    await expect.poll(() => users.successBanner().innerText()).toContain(`Changes to ${HEAD} saved`);

    await users.openUser(HEAD);
    await users.disable();
    await expect.poll(() => users.successBanner().innerText()).toContain(`${HEAD} is disabled`);
    expect(await users.status(HEAD).innerText()).toContain('Disabled');
    expect(await axeViolations(page)).toEqual([]);
    // Their session ended: the next page they open finds them signed out.
    await head.reload();
    await new SiteHeader(head).signInLink().waitFor();

    const audit = new AuditLogPage(page);
    await audit.open(app.baseUrl);
    const sentences = (await audit.rows()).map((r) => r.sentence);
    const admin = app.demoUsers.admin.email;
    expect(sentences.slice(0, 3)).toEqual([
      `${admin} disabled the user ${HEAD}, ending their sessions`,
      `${admin} changed the role from School user to Area lead, and what they can access from school:141257 to area:blackpool for the user ${HEAD}`,
      expect.stringMatching(new RegExp(`^${HEAD.replaceAll('.', '\\.')} signed in`)) as unknown,
    ]);
    expect(sentences).toContain(`${admin} added the user ${HEAD} (Pat Head) as School user for school:141257`);
    await page.screenshot({ path: new URL('users-audit.png', SCREENSHOTS).pathname, fullPage: true });
  });
});
