import { mkdtempSync, writeFileSync } from 'node:fs';
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

describe.runIf(browserAvailable())('an area lead and the national team reading Blackpool’s holiday clubs in Chromium', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'oa-holiday-e2e-')), 'oa.sqlite');
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp({ databaseUrl: `sqlite:${path}` });
    // One Blackpool club, 20 places a day Monday to Thursday for two weeks (160 offered); 12 pupils, 3 of them FSM, 2 days each.
    const handle = await openDatabase({ engine: 'sqlite', path });
    await seedCareersSchools(handle.db);
    await handle.close();
    // Imported as a provider would, so the pupils are keyed with the installation's pseudonymisation key.
    const dir = mkdtempSync(join(tmpdir(), 'oa-holiday-e2e-files-'));
    const clubs = join(dir, 'clubs.csv');
    writeFileSync(clubs, 'club_id,club_name,provider,postcode,district_code,start_date,end_date,days_offered,places_per_day\nBPL-1,Blackpool sports,Hub,FY1 1AA,E06000009,2026-07-27,2026-08-06,Mon-Thu,20\n');
    const attendance = join(dir, 'attendance.csv');
    const rows = Array.from({ length: 12 }, (_, p) => ['2026-07-27', '2026-07-28'].map((day) => `${fakeUpn(100 + p)},141257,${p < 3 ? 'Y' : 'N'},BPL-1,${day},Y`)).flat();
    writeFileSync(attendance, `upn,urn,fsm,club_id,date,attended\n${rows.join('\n')}\n`);
    const env = { DATABASE_URL: `sqlite:${path}` };
    for (const args of [['holiday', 'import', '--clubs', clubs], ['holiday', 'import', attendance]]) {
      const run = await runOa(args, env, { now: '2026-09-01T00:00:00.000Z' });
      if (run.code !== 0) throw new Error(run.stderr);
    }
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  async function clubRow(role: 'admin' | 'area_lead'): Promise<{ page: Page; cells: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.open(app.baseUrl, '/areas/blackpool');
    await signIn.signIn(app.demoUsers[role].email, app.demoUsers[role].password);
    await page.getByRole('link', { name: 'Holiday activities: places offered and taken, and who came' }).click();
    await page.locator('#holiday-clubs').waitFor();
    const cells = await page.locator('#holiday-clubs tbody tr').first().locator('th, td').allInnerTexts();
    return { page, cells };
  }

  it('shows the area lead places offered and the small FSM count hidden as [c]', async () => {
    const { page, cells } = await clubRow('area_lead');
    expect(cells).toEqual(['Blackpool sports', '160', expect.any(String), expect.any(String), expect.any(String), '[c]', expect.any(String)]);
    expect(await page.locator('#holiday-disclosure').count()).toBe(1);
    await page.context().close();
  });

  it('shows the national team every figure', async () => {
    const { page, cells } = await clubRow('admin');
    expect(cells).toEqual(['Blackpool sports', '160', '24', '15.0%', '12', '25.0%', '2']);
    expect(await page.locator('#holiday-disclosure').count()).toBe(0);
    await page.context().close();
  });

  // Last: the upload adds a club the checks above do not expect.
  it('lets the area lead upload clubs and attendance on the page: a bad file refused with its rows in the error summary, then the report', async () => {
    const { page } = await clubRow('area_lead');
    const upload = async (kind: 'Clubs' | 'Attendance', name: string, text: string) => {
      await page.getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
      await page.setInputFiles('#holidayFile', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
      await page.getByRole('button', { name: 'Import file' }).click();
    };
    const banner = page.locator('.govuk-notification-banner--success');
    await upload('Clubs', 'clubs.csv', 'club_id,club_name,provider,urn,start_date,end_date,days_offered,places_per_day\nBPL-2,Cooking club,Hub,141257,2026-08-10,2026-08-13,Mon-Thu,10\n');
    await expect.poll(() => banner.innerText()).toContain('clubs.csv imported: 1 clubs, 1 new');
    const header = 'upn,urn,fsm,club_id,date,attended\n';
    const good = Array.from({ length: 6 }, (_, i) => `${fakeUpn(i + 1)},141257,N,BPL-2,2026-08-10,Y`);
    await upload('Attendance', 'attendance.csv', header + [...good, `${fakeUpn(7)},141257,N,BPL-2,2026-08-14,Y`, `${fakeUpn(8)},141257,N,BPL-9,2026-08-10,Y`].join('\n'));
    const summary = page.locator('.govuk-error-summary');
    await expect.poll(() => summary.innerText()).toContain('Row 8, column date: Club BPL-2 runs from 2026-08-10 to 2026-08-13');
    expect(await summary.innerText()).toContain('Row 9, column club_id: There is no club with this id');
    await expect.poll(() => page.evaluate<boolean>('document.activeElement?.classList.contains("govuk-error-summary") ?? false')).toBe(true);
    expect(await summary.innerText()).not.toContain(fakeUpn(7));
    await upload('Attendance', 'attendance.csv', header + good.join('\n'));
    await expect.poll(() => banner.innerText()).toContain('attendance.csv imported: 6 pupil-days, 6 new');
    expect(await summary.count()).toBe(0);
    await expect.poll(() => page.locator('#holiday-clubs').innerText()).toMatch(/Cooking club\s+40\s+6\s+15\.0%\s+6\s+0\.0%\s+1/);
    await page.screenshot({ path: new URL('holiday-upload.png', SCREENSHOTS).pathname, fullPage: true });
    await page.context().close();
  });
});
