import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { saveAttendance, type AttendanceRecord } from '../../src/storage/repositories/holiday/attendance.ts';
import { saveClubs } from '../../src/storage/repositories/holiday/clubs.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { startApp, type RunningApp } from './support/running-app.ts';

describe.runIf(browserAvailable())('an area lead and the national team reading Blackpool’s holiday clubs in Chromium', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'oa-holiday-e2e-')), 'oa.sqlite');
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp({ databaseUrl: `sqlite:${path}` });
    // One Blackpool club, 20 places a day Monday to Thursday for two weeks (160 offered); 12 pupils, 3 of them FSM, 2 days each.
    const handle = await openDatabase({ engine: 'sqlite', path });
    const options = { actor: { userId: null, label: 'e2e' }, now: '2026-09-01T00:00:00.000Z', source: 'e2e' };
    await saveClubs(handle.db, [{ ref: 'BPL-1', name: 'Blackpool sports', provider: 'Hub', urn: null, postcode: 'FY1 1AA', districtCode: 'E06000009', laCode: 'E06000009', startDate: '2026-07-27', endDate: '2026-08-06', days: '1234', placesPerDay: 20 }], options);
    const clubId = (await handle.db.selectFrom('holiday_clubs').select('id').executeTakeFirstOrThrow()).id;
    const rows: AttendanceRecord[] = [];
    for (let p = 1; p <= 12; p++) for (const day of ['2026-07-27', '2026-07-28']) rows.push({ pseudonym: `e2e-${String(p)}`, urn: 141257, fsm: p <= 3, clubId, day, academicYear: 2025, attended: true });
    await saveAttendance(handle.db, rows, options);
    await handle.close();
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
});
