import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { startApp, type RunningApp } from './support/running-app.ts';

describe.runIf(browserAvailable())('the service-standard pages, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    page = await browser.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  it('reaches the accessibility statement, privacy notice, cookies and contact pages from every page’s footer, each answering 200', async () => {
    await page.goto(`${app.baseUrl}/`);
    const footer = page.locator('footer');
    for (const [label, heading] of [
      ['Accessibility statement', 'Accessibility statement'],
      ['Privacy', 'Privacy notice'],
      ['Cookies', 'Cookies'],
      ['Contact', 'Contact and feedback'],
    ] as const) {
      const href = await footer.getByRole('link', { name: label, exact: true }).getAttribute('href');
      const response = await page.goto(`${app.baseUrl}${href ?? ''}`);
      expect(response?.status(), label).toBe(200);
      await expect.poll(() => page.locator('h1').innerText()).toBe(heading);
    }
  });

  it('says how long pupil records are kept, and that no contact address has been given rather than inventing one', async () => {
    await page.goto(`${app.baseUrl}/privacy`);
    await expect.poll(() => page.locator('main').innerText()).toContain('A pupil’s records are deleted 6 years after the date they left their school');
    expect(await page.locator('main').innerText()).toContain('counts below 5 are hidden');
    await page.goto(`${app.baseUrl}/`);
    await page.locator('.govuk-phase-banner').getByRole('link', { name: 'feedback' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('has not given a contact address yet');
    expect(page.url()).toBe(`${app.baseUrl}/contact#feedback`);
  });

  it('moves keyboard focus to the main content from the skip link, hiding its outline until focus moves on, after client-side navigation too', async () => {
    // The focused element as tag#id.class.class (the page's own DOM types are not in the tests' compiler settings).
    const focused = (): Promise<string> => page.evaluate<string>(
      "(({ tagName, id, classList }) => `${tagName.toLowerCase()}#${id}.${[...classList].join('.')}`)(document.activeElement ?? document.createElement('none'))",
    );
    await page.goto(`${app.baseUrl}/`);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('a#.govuk-skip-link');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('main#main-content.govuk-main-wrapper.oa-main.govuk-skip-link-focused-element');
    expect(page.url()).toBe(`${app.baseUrl}/#main-content`);
    await page.keyboard.press('Tab');
    expect(await page.locator('#main-content').getAttribute('class')).toBe('govuk-main-wrapper oa-main');

    await page.locator('footer').getByRole('link', { name: 'Cookies', exact: true }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Cookies');
    await page.locator('.govuk-skip-link').focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('main#main-content.govuk-main-wrapper.oa-main.govuk-skip-link-focused-element');
    expect(await page.locator('#main-content').getAttribute('tabindex')).toBe('-1');
  });
});
