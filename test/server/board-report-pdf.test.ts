import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPdfRenderer } from '../../src/server/pdf/render-pdf.ts';
import { browserAvailable } from '../e2e/support/browser.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { testEngines } from '../support/engines.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

const PDFINFO = '/usr/bin/pdfinfo';
const PDFTOTEXT = '/usr/bin/pdftotext';

/** Poppler reads the PDF: its information (tagged, title) and its text. With OA_REQUIRE_BROWSER=1 (CI) a missing poppler is a failure. */
function popplerAvailable(): boolean {
  if (existsSync(PDFINFO) && existsSync(PDFTOTEXT)) return true;
  if (process.env['OA_REQUIRE_BROWSER'] === '1') throw new Error(`OA_REQUIRE_BROWSER=1 but there is no ${PDFINFO} or ${PDFTOTEXT} (apt-get install -y poppler-utils)`);
  console.warn(`Tagged board report PDF not checked: no ${PDFINFO} or ${PDFTOTEXT} (apt-get install -y poppler-utils).`);
  return false;
}

const printable = browserAvailable() && popplerAvailable();

describe.runIf(printable).each(await testEngines())('the board report as a tagged PDF, printed by Chromium, on $name', (engine) => {
  let t: TestApp;
  let viewer: SignedIn;
  let file: string;
  beforeAll(async () => {
    t = await startTestApp(engine, { pdf: chromiumPdfRenderer() });
    await addUser(t.handle.db, 'board@example.gov.uk', 'board_viewer', ['area:blackpool']);
    viewer = await signIn(t.app, 'board@example.gov.uk');
    const response = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/blackpool/board-report?format=pdf', headers: { cookie: viewer.cookie } });
    expect(response.statusCode).toBe(200);
    file = join(mkdtempSync(join(tmpdir(), 'oa-tagged-pdf-')), 'report.pdf');
    writeFileSync(file, response.rawPayload);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  it('is tagged, titled after the area and has an outline from its headings', () => {
    const info = execFileSync(PDFINFO, [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Blackpool partnership board report$/m);
    const outline = execFileSync(PDFINFO, ['-struct', file], { encoding: 'utf8' });
    expect(outline).toContain('H1');
    expect(outline).toContain('Table');
  });

  it('holds the funding, careers and Research School sections', () => {
    const text = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
    for (const heading of ['Funding and spend', 'Careers coverage', 'Research School reach']) expect(text).toContain(heading);
    expect(text).toContain('£6,000,000');
    expect(text).toContain('No careers encounters have been recorded');
  });
});
