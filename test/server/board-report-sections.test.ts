import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvent } from '../../src/storage/repositories/research-network.repository.ts';
import { seedCareersSchools } from '../support/careers-fixture.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

/** The report's text between one section heading and the next, tags dropped. */
function section(html: string, heading: string): string {
  const start = html.indexOf(`<h2>${heading}</h2>`);
  if (start < 0) throw new Error(`no section “${heading}”`);
  const end = html.indexOf('<h2>', start + 4);
  return html.slice(start, end < 0 ? undefined : end);
}

describe.each(await testEngines())('the board report’s funding, careers and Research School sections on $name', (engine) => {
  let t: TestApp;
  let admin: SignedIn;
  let viewer: SignedIn;
  const report = async (area: string) => (await t.app.inject({ method: 'GET', url: `/api/opportunity-areas/${area}/board-report?format=html`, headers: { cookie: viewer.cookie } })).body;

  beforeAll(async () => {
    t = await startTestApp(engine, { pdf: () => Promise.resolve(Buffer.from('%PDF-1.4 stand-in')) });
    await seedCareersSchools(t.handle.db);
    await addUser(t.handle.db, 'admin@example.gov.uk', 'admin');
    await addUser(t.handle.db, 'board@example.gov.uk', 'board_viewer', ['area:blackpool', 'area:hastings']);
    admin = await signIn(t.app, 'admin@example.gov.uk');
    viewer = await signIn(t.app, 'board@example.gov.uk');
  });
  afterAll(async () => {
    await t.close();
  });

  it('says plainly when there is no spend, no careers record, and no school in the register for the area', async () => {
    const html = await report('hastings');
    expect(section(html, 'Funding and spend')).toContain('Opportunity Areas programme 2017 to 2020');
    expect(section(html, 'Funding and spend')).toContain('No spend has been recorded against these allocations yet.');
    expect(section(html, 'Careers coverage')).toContain('No careers encounters have been recorded for pupils in this area’s schools yet.');
    expect(section(html, 'Careers coverage')).toContain('Enterprise Adviser coverage cannot be shown');
    expect(section(html, 'Research School reach')).toContain('No schools in this area’s districts are in the school register');
  });

  it('shows each fund’s allocation beside the spend recorded, with totals', async () => {
    const spend = { recipient: 'blackpool', kind: 'payment', spentOn: '2018-03-31', purpose: 'Maths mastery training', amount: '2,500.00' };
    expect((await t.app.inject({ method: 'POST', url: '/api/funds/opportunity-areas-2017-2020/spend', headers: admin.headers, payload: spend })).statusCode).toBe(201);
    const funding = section(await report('blackpool'), 'Funding and spend');
    const row = /<tr data-fund="opportunity-areas-2017-2020">(.*?)<\/tr>/s.exec(funding)?.[1] ?? '';
    expect(row).toContain('£6,000,000');
    expect(row).toContain('£2,500');
    expect(row).toContain('£5,997,500');
    // £6m for 2017 to 2020 and Blackpool's published £1,970,000 for 2020/21.
    expect(funding).toMatch(/<th scope="row">Total<\/th><td class="num">£7,970,000<\/td><td class="num">£2,500<\/td>/);
    expect(funding).not.toContain('No spend has been recorded');
  });

  it('shows careers coverage through disclosure control, as a board viewer sees it, and Enterprise Adviser coverage', async () => {
    // St Mary's: 30 pupils, 18 with four encounters; Blackpool Test Academy: 3 FSM pupils, 1 with four (a small count).
    await t.handle.db
      .insertInto('careers_coverage_tallies')
      .values([
        { target: 4, urn: 141257, year_group: 10, fsm: 0, pupils: 20, reached: 14, reached_each_year: 10 },
        { target: 4, urn: 141257, year_group: 10, fsm: 1, pupils: 10, reached: 4, reached_each_year: 2 },
        { target: 4, urn: 140001, year_group: 10, fsm: 1, pupils: 3, reached: 1, reached_each_year: 1 },
      ])
      .execute();
    const adviser = await t.handle.db.insertInto('careers_advisers').values({ name: 'A. Adviser', employer_id: null }).returning('id').executeTakeFirstOrThrow();
    await t.handle.db.insertInto('careers_adviser_schools').values({ adviser_id: adviser.id, urn: 141257 }).execute();
    const careers = section(await report('blackpool'), 'Careers coverage');
    const total = /<tr data-careers="total">(.*?)<\/tr>/s.exec(careers)?.[1] ?? '';
    expect(total).toContain('<td class="num">33</td>');
    expect(total).toContain('<td class="num">19</td>');
    expect(careers).toContain('under disclosure control');
    expect(careers).toContain('data-advisers="1/2"');
    expect(careers).toContain('1 of 2 secondary schools and colleges have one (50%)');
    // The analyst's API view of the same population agrees on the area's total.
    const api = (await t.app.inject({ method: 'GET', url: '/api/careers/areas/blackpool?target=4', headers: { cookie: viewer.cookie } })).json<{ disclosureControlled: boolean; total: { pupils: { value: number | null } } }>();
    expect(api.disclosureControlled).toBe(true);
    expect(api.total.pupils.value).toBe(33);
  });

  it('shows the Research School’s reach into the area’s schools by need', async () => {
    const empty = section(await report('blackpool'), 'Research School reach');
    expect(empty).toContain('No school in the area has yet attended');
    await createEvent(t.handle.db, { id: 'launch', hubId: 'blackpool-research-school', programmeId: null, kind: 'training', title: 'Launch', heldOn: '2018-01-10' }, { userId: null, label: 'test' }, fixedClock());
    expect((await t.app.inject({ method: 'POST', url: '/api/hubs/blackpool-research-school/events/launch/attendance', headers: admin.headers, payload: { urn: '141257', role: 'teacher', people: '2' } })).statusCode).toBe(200);
    const reach = section(await report('blackpool'), 'Research School reach');
    // The fixture schools have no census or results, so no need score: both sit in that band, one trained.
    expect(reach).toMatch(/<tr data-need="unscored"><th scope="row">No need score<\/th><td class="num">2<\/td><td class="num">1<\/td><td class="num">1<\/td><td class="num">50%<\/td><\/tr>/);
    expect(reach).toMatch(/<tr data-need="high"><th scope="row">High need<\/th><td class="num">0<\/td>/);
    expect(reach).not.toContain('No school in the area has yet attended');
    // Need scores are kept between reports while the register is unchanged; a school added counts at once.
    await t.handle.db
      .insertInto('schools')
      .values({
        urn: 140003, la_code_old: '890', estab: '4003', name: 'Blackpool Third Academy', street: null, locality: null, town: 'Blackpool', postcode: 'FY1 1AA', status: 'open',
        open_date: null, close_date: null, minor_group: 'Academy', school_type: 'Academy converter', phase: 'secondary', age_low: 11, age_high: 16, gender: 'Mixed',
        religious_character: null, admissions_policy: null, easting: null, northing: null, lat: null, lon: null, district_code: 'E06000009', education_la_code: 'E06000009', data_source_id: 901,
      })
      .execute();
    expect(section(await report('blackpool'), 'Research School reach')).toMatch(/<tr data-need="unscored"><th scope="row">No need score<\/th><td class="num">3<\/td><td class="num">1<\/td>/);
  });
});
