import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { fakeUpn, seedCareersSchools } from '../support/careers-fixture.ts';
import { runOa } from '../support/cli.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { startApp, type RunningApp } from './support/running-app.ts';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url);

describe.runIf(browserAvailable())('tutoring: a school’s report and an area lead’s disadvantaged share against its target, in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oa-e2e-catch-up-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` };
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp({ databaseUrl: env.DATABASE_URL });
    const handle = await openDatabase({ engine: 'sqlite', path: join(dir, 'oa.sqlite') });
    await seedCareersSchools(handle.db);
    await handle.close();
    // St Mary's (141257): 20 tutees in 2022/23, 13 of them pupil premium, 10 h each, and 6 school-led in 2021/22;
    // Blackpool Test Academy (140001): 3 tutees.
    const rows = [
      ...Array.from({ length: 20 }, (_, i) => `${fakeUpn(i + 1)},141257,8,N,${i < 13 ? 'Y' : 'N'},tuition-partner,Mathematics,2022-10-03,10,3,Tutor Co`),
      ...Array.from({ length: 6 }, (_, i) => `${fakeUpn(i + 1)},141257,7,N,${i < 4 ? 'Y' : 'N'},school-led,English,2021-11-03,8,2,`),
      ...Array.from({ length: 3 }, (_, i) => `${fakeUpn(i + 40)},140001,9,N,N,academic-mentor,Science,2023-01-10,20,1,`),
    ];
    const file = join(dir, 'sessions.csv');
    writeFileSync(file, `upn,urn,year_group,fsm,pupil_premium,route,subject,session_date,hours,group_size,provider\n${rows.join('\n')}\n`);
    const now = '2023-07-15T09:00:00.000Z';
    const imported = await runOa(['catch-up', 'import', file], env, { now });
    expect(imported.stderr).toBe('');
    expect((await runOa(['catch-up', 'targets', 'set', '--area', 'blackpool', '--measure', 'disadvantaged-tutees-pct', '--value', '65', '--academic-year', '2022/23'], env, { now })).code).toBe(0);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  async function signedIn(role: 'school' | 'area_lead', path: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.open(app.baseUrl, path);
    await signIn.signIn(app.demoUsers[role].email, app.demoUsers[role].password);
    return page;
  }

  it('shows a school user their school’s tutoring with every figure, and hours by route over two years', async () => {
    const page = await signedIn('school', '/catch-up/schools/141257');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Catch-up tutoring at St Mary\'s Catholic Academy');
    const table = page.getByTestId('tutoring-table');
    expect(await table.locator('tbody tr').first().innerText()).toMatch(/^Year 8\s+20\s+200\s+20\s+10\s+65%/);
    expect(await page.getByTestId('hours-by-route-chart').count()).toBe(1);
    expect(await page.getByRole('table').filter({ hasText: 'Hours by route in each academic year' }).innerText()).toContain('school-led\t48');
    await page.screenshot({ path: new URL('catch-up-school.png', SCREENSHOTS).pathname, fullPage: true });
  });

  it('shows Blackpool’s area lead the area’s disadvantaged share against its 65% target, small counts hidden', async () => {
    const page = await signedIn('area_lead', '/catch-up/areas/blackpool');
    await expect.poll(() => page.getByTestId('tutoring-targets').innerText()).toContain('56.5% against a target of 65%');
    expect(await page.getByTestId('tutoring-targets').innerText()).toContain('not met');
    expect(await page.getByTestId('tutoring-table').innerText()).toContain('[c]');
    await page.screenshot({ path: new URL('catch-up-area.png', SCREENSHOTS).pathname, fullPage: true });
  });

  // Last: the upload adds tutees to St Mary's 2022/23, which the checks above do not expect.
  it('lets a school user import a file on the page: another school’s rows refused in the error summary, then their own imported and the report changed', async () => {
    const page = await signedIn('school', '/catch-up/schools/141257');
    await expect.poll(() => page.getByTestId('tutoring-table').innerText()).not.toContain('Year 10');
    const header = 'upn,urn,year_group,fsm,pupil_premium,route,subject,session_date,hours,group_size,provider';
    const upload = async (rows: string[]) => {
      await page.setInputFiles('#tutoringFile', { name: 'year-10.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${rows.join('\n')}\n`) });
      await page.getByRole('button', { name: 'Import file' }).click();
    };
    const own = [`${fakeUpn(60)},141257,10,Y,Y,school-led,Mathematics,2023-02-06,6,2,`, `${fakeUpn(61)},141257,10,N,N,school-led,Mathematics,2023-02-06,6,2,`];
    await upload([...own, `${fakeUpn(62)},140001,10,N,N,school-led,Mathematics,2023-02-06,6,2,`]);
    const summary = page.locator('.govuk-error-summary');
    await expect.poll(() => summary.innerText()).toContain('Row 4, column urn: This file is for the school with URN 141257');
    await expect.poll(() => page.evaluate<boolean>('document.activeElement?.classList.contains("govuk-error-summary") ?? false')).toBe(true);
    expect(await summary.innerText()).not.toContain(fakeUpn(62));
    expect(await page.getByTestId('tutoring-table').innerText()).not.toContain('Year 10');
    await upload(own);
    await expect.poll(() => page.locator('.govuk-notification-banner--success').innerText()).toContain('year-10.csv imported: 2 sessions, 2 new');
    expect(await summary.count()).toBe(0);
    await expect.poll(() => page.getByTestId('tutoring-table').innerText()).toMatch(/Year 10\s+2\s+12\s+2\s+6\s+50%/);
    await page.screenshot({ path: new URL('catch-up-upload.png', SCREENSHOTS).pathname, fullPage: true });
  });
});
