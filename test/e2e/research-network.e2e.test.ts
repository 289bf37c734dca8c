import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubEventPage } from './pages/hub-event-page.ts';
import { engagementLevel, SchoolPage } from './pages/school-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { SiteHeader } from './pages/site-header.ts';
import { browserAvailable, launchChromium } from './support/browser.ts';
import { sharedDataAvailable, startAppWithPublicData } from './support/running-app-with-data.ts';
import type { RunningApp } from './support/running-app.ts';
import { fillDate } from './pages/date-input.ts';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url);
const HUB = 'blackpool-research-school';
// Devonshire Primary Academy, Blackpool: high need and, before this journey, never reached.
const SCHOOL = '140128';

describe.runIf(browserAvailable() && sharedDataAvailable())('a hub lead recording attendance in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'oa-e2e-events-'));
    const events = join(folder, 'events.csv');
    writeFileSync(events, `event_id,hub_id,kind,title,held_on\nliteracy-training,${HUB},training,Improving literacy: training day,2018-01-10\n`);
    const reports = join(folder, 'guidance-reports.csv');
    writeFileSync(reports, 'report_id,title,year,strands\nmetacognition-and-self-regulated-learning,Metacognition and Self-regulated Learning,2018,metacognition-and-self-regulation\n');
    app = await startAppWithPublicData({ extraImports: [['research-events', events], ['guidance-reports', reports]] });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const signIn = new SignInPage(page);
    await signIn.open(app.baseUrl);
    await signIn.signIn(app.demoUsers.hub_lead.email, app.demoUsers.hub_lead.password);
    await new SiteHeader(page).signOutButton().waitFor();
  }, 300_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  it('sees the school not yet reached on the hub page and on its profile', async () => {
    await page.goto(`${app.baseUrl}/hubs/${HUB}`);
    await page.getByRole('heading', { level: 1, name: 'Blackpool Research School' }).waitFor();
    const notReached = page.getByRole('table', { name: /High-need schools with no contact yet/ });
    expect(await notReached.innerText()).toContain('Devonshire Primary Academy');
    // The hub serves only schools within its reach: Blackpool's own and those within 20 km of its host, so the
    // first high-need school not yet reached is nearby (it was in Liverpool, 47 km away, when every school in
    // England was shared among the hubs), and each table shows one page of at most 50 rows.
    // A school of Blackpool with no location in the register is served as one of the area's, with no distance (–).
    const distances = async (table: string) => (await page.locator(`#${table} tbody tr td:nth-child(3)`).allInnerTexts()).map((text) => (text === '–' ? 0 : Number(text)));
    const firstNotReached = (await distances('not-reached'))[0] ?? Infinity;
    expect(firstNotReached).toBeLessThanOrEqual(20);
    const served = await distances('schools');
    expect(served.length).toBeGreaterThan(30);
    expect(served.length).toBeLessThanOrEqual(50);
    expect(served.every((km) => km <= 20)).toBe(true);
    expect(await page.locator('#not-reached tbody tr').count()).toBeLessThanOrEqual(50);
    await expect.poll(() => page.getByText(/^Showing 1 to 50 of \d+ schools served$/).count()).toBe(1);
    expect(await page.evaluate("document.querySelectorAll('*').length")).toBeLessThan(5_000);
    // The second page of the schools served is a link away, with the same bounds.
    await page.getByRole('navigation', { name: 'Pagination' }).last().getByRole('link', { name: 'Page 2' }).click();
    await expect.poll(() => page.url()).toBe(`${app.baseUrl}/hubs/${HUB}?page=2`);
    await page.getByText(/^Showing 51 to \d+ of \d+ schools served$/).waitFor();
    expect((await distances('schools')).every((km) => km <= 20)).toBe(true);
    await page.screenshot({ path: new URL('hub.png', SCREENSHOTS).pathname, fullPage: false });
    await page.goto(`${app.baseUrl}/schools/${SCHOOL}`);
    await expect.poll(() => engagementLevel(page).innerText()).toBe('Not yet reached');
  });

  it('is shown the GOV.UK error summary for a missing URN and role, then records attendance and sees the level change', async () => {
    const event = new HubEventPage(page);
    await event.open(app.baseUrl, HUB, 'literacy-training');
    expect(await event.heading().innerText()).toBe('Improving literacy: training day');
    await event.record({ urn: '' });
    await expect.poll(() => event.errorSummaryLinks()).toEqual(['Enter the school’s URN, 6 digits like 141257', 'Select the role of the people who came']);
    expect(await page.title()).toMatch(/^Error: /);

    await event.record({ urn: SCHOOL, role: 'Teacher', people: '2' });
    await expect.poll(() => event.successBanner().innerText()).toContain(`School ${SCHOOL} is now: Trained`);
    expect(await event.attendanceRows()).toEqual([expect.stringContaining('Devonshire Primary Academy')]);
    await page.screenshot({ path: new URL('hub-event.png', SCREENSHOTS).pathname, fullPage: true });

    await page.goto(`${app.baseUrl}/schools/${SCHOOL}`);
    await expect.poll(() => new SchoolPage(page).heading().innerText()).toBe('Devonshire Primary Academy');
    await expect.poll(() => engagementLevel(page).innerText()).toBe('Trained since 2018-01-10');
  });

  it('sets the level by hand with a reason, after the error summary asks for one, and sees it on the profile', async () => {
    await page.goto(`${app.baseUrl}/schools/${SCHOOL}`);
    await page.getByRole('link', { name: 'Update the level for this school' }).click();
    await page.getByRole('heading', { level: 1, name: 'Update the school’s engagement' }).waitFor();
    await page.getByLabel('Implementing', { exact: true }).check();
    await page.getByRole('button', { name: 'Save level' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary__list a').allInnerTexts()).toEqual([
      'Say why the level changes',
      'Enter the date the level holds from',
    ]);
    await page.getByLabel('Reason').fill('Phonics programme running in every class after the training');
    await fillDate(page, 'From', '2018-09-01');
    await page.getByRole('button', { name: 'Save level' }).click();
    await expect.poll(() => page.url()).toBe(`${app.baseUrl}/schools/${SCHOOL}`);
    await expect.poll(() => page.locator('.govuk-notification-banner--success').innerText()).toContain('Engagement updated: Implementing');
    await expect.poll(() => engagementLevel(page).innerText()).toBe('Implementing since 2018-09-01');
    expect(await page.getByRole('table', { name: 'How the level has changed' }).innerText()).toContain('Phonics programme running in every class after the training');
  });

  it('adds an event on the hub page, after the error summary names what is missing, and lands on it', async () => {
    await page.goto(`${app.baseUrl}/hubs/${HUB}`);
    await page.getByRole('heading', { level: 2, name: 'Add an event' }).waitFor();
    await page.getByRole('button', { name: 'Add event' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary__list a').allInnerTexts()).toEqual([
      'Enter the event’s title',
      'Select briefing, training or follow-up',
      'Enter the date it was held',
    ]);
    await page.getByLabel('Title').fill('Metacognition follow-up');
    await page.getByLabel('Follow-up support').check();
    await fillDate(page, 'Date', '2018-03-01');
    await page.getByRole('button', { name: 'Add event' }).click();
    await expect.poll(() => page.url()).toBe(`${app.baseUrl}/hubs/${HUB}/events/metacognition-follow-up-2018-03-01`);
    await expect.poll(() => new HubEventPage(page).successBanner().innerText()).toContain('Event added');
    expect(await new HubEventPage(page).heading().innerText()).toBe('Metacognition follow-up');
  });

  it('sees the area’s engagement funnel on the Opportunity Area’s page, with the school it trained counted, and the Guidance Reports on the Toolkit page', async () => {
    await page.goto(`${app.baseUrl}/areas/blackpool`);
    const funnel = page.locator('#area-funnel');
    await funnel.waitFor();
    const trained = await funnel.locator('tbody > tr', { hasText: 'Trained' }).locator('td').allInnerTexts();
    expect(Number(trained[1]?.replaceAll(',', ''))).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#area-research-network').getByRole('link', { name: /Download CSV of engagement/ }).getAttribute('href')).toBe('/api/opportunity-areas/blackpool/engagement?format=csv');
    await page.goto(`${app.baseUrl}/toolkit`);
    await expect.poll(() => page.locator('#guidance-reports').innerText()).toContain('Guidance Reports');
  });

  it('sees its area’s local authority with the school it reached, follows it to the school list, and is told how to load trusts', async () => {
    await page.goto(`${app.baseUrl}/intermediaries`);
    const table = page.getByRole('table', { name: /Local authorities, most high-need schools not yet reached first/ });
    await table.waitFor();
    expect(await page.getByText('Showing the local authorities that work in your areas.').count()).toBe(1);
    await table.getByRole('link', { name: 'Blackpool' }).click();
    await page.getByRole('heading', { level: 1, name: 'Blackpool' }).waitFor();
    const row = await page.locator('#schools tbody tr', { hasText: 'Devonshire Primary Academy' }).innerText();
    expect(row).toContain('Implementing');
    const first = await page.locator('#schools tbody tr').first().innerText();
    expect(first).toContain('High need, not yet reached');
    expect(await page.getByRole('link', { name: /Download CSV of Blackpool’s schools/ }).getAttribute('href')).toBe('/api/intermediaries/local-authority/E06000009?format=csv');
    await page.screenshot({ path: new URL('intermediary.png', SCREENSHOTS).pathname, fullPage: false });
    await page.goto(`${app.baseUrl}/intermediaries?kind=trust`);
    await expect.poll(() => page.locator('#no-membership').innerText()).toContain('No trust membership is loaded');
  });

  it('records a school’s evidence plan after the error summary names every missing field, and sees it on the profile', async () => {
    await page.goto(`${app.baseUrl}/schools/${SCHOOL}`);
    await page.getByRole('link', { name: 'Record an evidence plan for this school' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record an evidence plan' }).waitFor();
    await page.getByRole('button', { name: 'Record plan' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary__list a').allInnerTexts()).toEqual([
      'Choose at least one Toolkit strand',
      'Enter how many pupils the plan is for, a whole number from 1 to 10,000',
      'Enter the cost per pupil in pounds and pence, like 12.50, up to £100,000',
      'Enter the months of progress expected, a whole number from −12 to 12',
      'Enter the date the plan starts',
    ]);
    await page.getByLabel('Feedback', { exact: true }).check();
    expect(await page.locator('#expectedMonths-hint').innerText()).toMatch(/^The Toolkit’s averages: Feedback: \+\d+ months$/);
    await page.getByLabel('Pupils it is for').fill('60');
    await page.getByLabel('Cost per pupil').fill('12.50');
    await page.getByLabel('Months of progress expected').fill('6');
    await fillDate(page, 'Starts on', '2019-09-02');
    await page.getByRole('button', { name: 'Record plan' }).click();
    await expect.poll(() => page.url()).toBe(`${app.baseUrl}/schools/${SCHOOL}`);
    await expect.poll(() => page.getByText('Evidence plan from 2019-09-02: feedback for 60 pupils at £12.50 a pupil').count()).toBe(1);
  });

  it('adds a training programme after the error summary names what is missing, sees it listed on the hub page, then adds an event within it', async () => {
    const errorLinks = () => page.locator('.govuk-error-summary__list a').allInnerTexts();
    const programmeRow = () => page.getByRole('table', { name: /training programmes/ }).locator('tbody tr', { hasText: 'Metacognition in the classroom' });
    await page.goto(`${app.baseUrl}/hubs/${HUB}`);
    await page.getByRole('button', { name: 'Add a training programme' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a training programme' }).waitFor();
    await page.getByRole('button', { name: 'Add programme' }).click();
    await expect.poll(errorLinks).toEqual([
      'Enter the programme’s title',
      'Choose at least one Toolkit strand',
      'Select face to face, online or blended',
      'Enter the date the programme starts',
    ]);
    expect(await page.title()).toMatch(/^Error: /);
    await page.getByLabel('Title').fill('Metacognition in the classroom');
    await page.getByLabel('Metacognition and self-regulation', { exact: true }).check();
    await page.getByLabel('Guidance Report (optional)').selectOption({ label: 'Metacognition and Self-regulated Learning (2018)' });
    await page.getByLabel('Blended', { exact: true }).check();
    await fillDate(page, 'Start date', '2018-09-03');
    await fillDate(page, 'End date (optional)', '2018-08-31');
    await page.getByRole('button', { name: 'Add programme' }).click();
    await expect.poll(errorLinks).toEqual(['The end date must be the same as or after the start date']);
    await fillDate(page, 'End date (optional)', '2019-07-19');
    await page.getByRole('button', { name: 'Add programme' }).click();

    await expect.poll(() => page.url()).toBe(`${app.baseUrl}/hubs/${HUB}`);
    await expect.poll(() => page.locator('.govuk-notification-banner--success').innerText()).toContain('Programme added: Metacognition in the classroom');
    await expect.poll(() => programmeRow().locator('th, td').allInnerTexts()).toEqual([
      'Metacognition in the classroom', 'metacognition-and-self-regulation', 'Metacognition and Self-regulated Learning', 'Blended', '2018-09-03 to 2019-07-19', '0',
    ]);
    await page.locator('#programmes').screenshot({ path: new URL('hub-programmes.png', SCREENSHOTS).pathname });

    await page.getByLabel('Title').fill('Metacognition: first training day');
    await page.getByLabel('Training', { exact: true }).check();
    await fillDate(page, 'Date', '2018-09-20');
    await page.getByLabel('Programme (optional)').selectOption({ label: 'Metacognition in the classroom' });
    await page.getByRole('button', { name: 'Add event' }).click();
    await expect.poll(() => page.url()).toBe(`${app.baseUrl}/hubs/${HUB}/events/metacognition-first-training-day-2018-09-20`);
    await page.getByRole('link', { name: 'Blackpool Research School', exact: true }).click();
    await expect.poll(() => programmeRow().locator('td').last().innerText()).toBe('1');
    expect(await page.locator('#events').innerText()).toContain('Metacognition: first training day (Training, 2018-09-20, 0 schools; part of Metacognition in the classroom)');

    // The same title and start date again: the API's refusal is shown against the title.
    await page.getByRole('button', { name: 'Add a training programme' }).click();
    await page.getByLabel('Title').fill('Metacognition in the classroom');
    await page.getByLabel('Metacognition and self-regulation', { exact: true }).check();
    await page.getByLabel('Online', { exact: true }).check();
    await fillDate(page, 'Start date', '2018-09-03');
    await page.getByRole('button', { name: 'Add programme' }).click();
    await expect.poll(errorLinks).toEqual(['This hub already has a programme with this title starting on that date: change the title']);
  });

  it('shows the hub page afresh when a link leads to the page already shown, with what was added meanwhile', async () => {
    await page.goto(`${app.baseUrl}/hubs/${HUB}`);
    const events = page.locator('#events');
    await events.waitFor();
    expect(await events.innerText()).not.toContain('Added in another tab');
    // The same lead in a second window, signed in with the same session.
    const otherWindow = await browser.newContext({ storageState: await page.context().storageState() });
    const other = await otherWindow.newPage();
    await other.goto(`${app.baseUrl}/hubs/${HUB}`);
    await other.getByLabel('Title').fill('Added in another tab');
    await other.getByLabel('Briefing', { exact: true }).check();
    await fillDate(other, 'Date', '2018-11-01');
    await other.getByRole('button', { name: 'Add event' }).click();
    await expect.poll(() => other.url()).toContain('/events/added-in-another-tab-2018-11-01');
    await otherWindow.close();
    // A link to this very page, as the site's own navigation would give.
    await page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<a href="/hubs/${HUB}">This hub</a>')`);
    await page.getByRole('link', { name: 'This hub', exact: true }).click();
    await expect.poll(() => events.innerText()).toContain('Added in another tab');
  });

  it('records follow-up support for a school from its profile, at a new follow-up session, after the error summary asks which', async () => {
    await page.goto(`${app.baseUrl}/schools/${SCHOOL}`);
    await page.getByRole('link', { name: 'Record follow-up support for this school' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record follow-up support' }).waitFor();
    // The follow-up event added on the hub page earlier is offered, with a new session.
    expect(await page.getByRole('group', { name: 'Follow-up session' }).getByRole('radio').count()).toBe(2);
    await page.getByRole('button', { name: 'Record follow-up support' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary__list a').allInnerTexts()).toEqual(['Select the follow-up session, or a new one', 'Select who from the school took part']);
    await page.getByLabel('A new follow-up session').check();
    await page.getByLabel('Title of the new session').fill('Metacognition: school visit');
    await fillDate(page, 'Date of the new session', '2018-10-15');
    await page.getByLabel('Leader', { exact: true }).check();
    await page.getByRole('button', { name: 'Record follow-up support' }).click();
    await expect.poll(() => page.url()).toBe(`${app.baseUrl}/schools/${SCHOOL}`);
    await expect.poll(() => page.locator('.govuk-notification-banner--success').innerText()).toContain('Follow-up support recorded. Engagement: Implementing');

    const event = new HubEventPage(page);
    await event.open(app.baseUrl, HUB, 'metacognition-school-visit-2018-10-15');
    expect(await page.getByText('Follow-up support held on 2018-10-15.').count()).toBe(1);
    expect(await event.attendanceRows()).toEqual([expect.stringMatching(/^Devonshire Primary Academy\tLeader\t1\tImplementing$/)]);
  });
  it('places the hub at a postcode after the error summary asks where and why, sees how it is placed, and removes the placement', async () => {
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Research Schools' }).click();
    await page.getByRole('heading', { level: 1, name: 'Research Schools' }).waitFor();
    const hubs = page.locator('#hubs');
    // Every Research School is placed: Bradford's, run by a trust with no single URN, approximately, saying how.
    await expect.poll(() => hubs.innerText()).toMatch(/Bradford Research School\tBradford\tApproximately: the middle of the \d+ located schools of Bradford, the area it serves \(its host, Dixons Academies, has no single school in the register\)/);
    expect(await hubs.getByText(/Not placed/).count()).toBe(0);
    // Blackpool's lead may place only Blackpool's hub.
    expect(await hubs.getByRole('link', { name: /Place this hub/ }).count()).toBe(0);
    await hubs.getByRole('link', { name: 'Blackpool Research School' }).click();
    await page.getByRole('heading', { level: 1, name: 'Blackpool Research School' }).waitFor();
    const placed = page.locator('.govuk-summary-list__row', { hasText: 'Placed' });
    await expect.poll(() => placed.innerText()).toContain('At its host school');
    await placed.getByRole('link', { name: 'Change' }).click();
    await page.getByRole('heading', { level: 1, name: 'Place Blackpool Research School' }).waitFor();
    await page.getByRole('button', { name: 'Save placement' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary__list a').allInnerTexts()).toEqual([
      'Select where the hub is placed',
      'Say why the hub is placed here, such as where its training is held',
    ]);
    await page.getByLabel('At a postcode').check();
    await page.getByLabel('Postcode', { exact: true }).fill('FY1 9ZZ');
    await page.getByLabel('Reason').fill('Training moves to the town centre');
    await page.getByRole('button', { name: 'Save placement' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary__list a').allInnerTexts()).toEqual([expect.stringContaining('FY1 9ZZ is not among the imported postcode centroids')]);
    await page.getByLabel('Postcode', { exact: true }).fill('fy1 2qe');
    await page.getByRole('button', { name: 'Save placement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Blackpool Research School' }).waitFor();
    await expect.poll(() => placed.innerText()).toContain('Placed by the programme at postcode FY1 2QE');
    await page.screenshot({ path: new URL('hub-placed.png', SCREENSHOTS).pathname, fullPage: false });

    await placed.getByRole('link', { name: 'Change' }).click();
    await page.getByLabel('Reason').fill('Back at the host school');
    await page.getByRole('button', { name: 'Remove the placement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Blackpool Research School' }).waitFor();
    await expect.poll(() => placed.innerText()).toContain('At its host school');
  });
});
