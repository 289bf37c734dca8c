import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveContextIndicators } from '../../src/ingest/derive/context-indicators.ts';
import { deriveSchoolIndicators } from '../../src/ingest/derive/school-indicators.ts';
import { createServices } from '../../src/storage/services/create-services.ts';
import { fixedClock } from '../support/clock.ts';
import { CELL_KM2, loadContextFixture } from '../support/context-fixture.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

interface Twins {
  recipe: string;
  tier: string;
  indicators: { code: string; weight: number }[];
  neighbours: { code: string; contributions: { indicator: string; areaValue: number | null }[] }[];
}

describe.each(await testEngines())('neighbours on context through the API on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
    const options = { now: fixedClock(), actor: { userId: null, label: 'test' } };
    await loadContextFixture(t.handle.db);
    const services = createServices(t.handle.db, t.handle.engine);
    await deriveSchoolIndicators(services, options);
    await deriveContextIndicators(services, options);
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds an upper-tier authority’s neighbours by the context recipe, with the county’s figures added up from its districts', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/twins/areas/E10000017?tier=upper&recipe=context-upper-tier-2019&k=3' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<Twins>();
    expect(body.recipe).toBe('context-upper-tier-2019');
    expect(body.indicators.map((i) => i.code)).toEqual(['imd2019_pop_weighted_avg_rank', 'idaci2019_rate_approx', 'pct_fsm_pupils', 'population_density_2015', 'pct_children_0_15_2015', 'pct_eal_pupils']);
    // Six indicators with equal weight.
    for (const i of body.indicators) expect(i.weight).toBeCloseTo(1 / 6, 4);
    expect(body.neighbours).toHaveLength(3);
    const own = Object.fromEntries((body.neighbours[0]?.contributions ?? []).map((c) => [c.indicator, c.areaValue]));
    expect(own['population_density_2015']).toBeCloseTo(8000 / (3 * CELL_KM2), 6);
    expect(own['pct_children_0_15_2015']).toBeCloseTo(18.75, 9);
    expect(own['pct_eal_pupils']).toBeCloseTo(15, 9);
    // Burnley 30 of 100 and Pendle 30 of 300 pupils on FSM: 60 ÷ 400 = 15%, not the mean of 30% and 10%.
    expect(own['pct_fsm_pupils']).toBeCloseTo(15, 9);
  });

  it('runs on districts too, and gives its name in the CSV download', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/twins/areas/E07000122?recipe=context-upper-tier-2019&k=2' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Twins>().tier).toBe('district');
    const csv = await t.app.inject({ method: 'GET', url: '/api/twins/areas/E07000122?recipe=context-upper-tier-2019&k=2&format=csv' });
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toContain('population_density_2015_part');
  });
});
