import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../support/engines.ts';
import { INDICATOR, seedImpactStore } from '../support/impact-store.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

/** The test panel again under calendar years (2010/11 → 2010), so the report's start, 2017, is one of its periods. */
const CALENDAR = 'test_calendar';

describe.each(await testEngines())('the board report’s impact line on $name', (engine) => {
  let t: TestApp;
  let viewer: SignedIn;
  const report = async (query = '') => (await t.app.inject({ method: 'GET', url: `/api/opportunity-areas/blackpool/board-report${query}`, headers: viewer.headers })).body;

  beforeAll(async () => {
    t = await startTestApp(engine, { pdf: () => Promise.resolve(Buffer.from('%PDF-1.4 stand-in')) });
    await addUser(t.handle.db, 'viewer@example.gov.uk', 'board_viewer', ['area:blackpool']);
    viewer = await signIn(t.app, 'viewer@example.gov.uk');
  });
  afterAll(async () => {
    await t.close();
  });

  it('says the LA time series is not loaded when it is not, and how to load it', async () => {
    const html = await report();
    expect(html).toContain('<h2>Impact against comparison areas</h2>');
    expect(html).toContain('<p data-impact="none">No impact estimate: the LA time series (DfE’s LAIT) is not loaded, so there is no KS2RWM_Expected_STD to compare. Whoever runs the service can load it with oa import lait-bds.</p>');
  });

  it('gives the area’s estimate in the page’s words for the measure asked for, how it was made and its warnings', async () => {
    await seedImpactStore(t.handle.db);
    const source = await t.handle.db.selectFrom('data_sources').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
    await t.handle.db.insertInto('indicators').values({ code: CALENDAR, name: 'Test outcome by calendar year', unit: '%', description: 'made up', polarity: 'high', data_source_id: source.id }).execute();
    const rows = await t.handle.db.selectFrom('area_indicators').select(['area_code', 'period', 'value']).where('indicator_code', '=', INDICATOR).execute();
    await t.handle.db.insertInto('area_indicators').values(rows.map((r) => ({ area_code: r.area_code, indicator_code: CALENDAR, period: r.period.slice(0, 4), value: r.value, data_source_id: source.id }))).execute();

    const html = await report(`?impactMeasure=${CALENDAR}`);
    expect(html).toMatch(/<p data-impact="estimate"><strong>Test outcome by calendar year\.<\/strong> From 2017, Blackpool was about \d+\.\d percentage points (higher|lower) than its comparison, 95% interval −?\d+\.\d to −?\d+\.\d\.<\/p>/);
    expect(html).toContain('Synthetic difference in differences against every other upper-tier authority');
    expect(html).toContain('200 placebo replications');
    // The same figure the area's page is given.
    const page = await t.app.inject({ method: 'GET', url: `/api/impact?area=blackpool&measure=${CALENDAR}&from=2017&method=sdid` });
    const [estimate] = page.json<{ estimates: { estimate: number }[] }>().estimates;
    expect(html).toContain(`about ${Math.abs(estimate?.estimate ?? NaN).toFixed(1)} percentage points`);
    // A start that is not one of the measure's periods is said in one line, not an error page.
    expect(await report(`?impactMeasure=${INDICATOR}`)).toContain(`<p data-impact="none">No impact estimate for ${INDICATOR}: The start 2017 is not a period of ${INDICATOR}`);
  }, 60_000);
});
