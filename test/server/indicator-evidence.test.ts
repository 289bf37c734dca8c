import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDataSource } from '../../src/storage/repositories/data-sources.repository.ts';
import { deriveSchoolIndicators } from '../../src/ingest/derive/school-indicators.ts';
import { createServices } from '../../src/storage/services/create-services.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';
import { BLACKPOOL, DERBY, HASTINGS, loadEvidenceSchools, loadOtherIndexInputs } from '../support/evidence-schools.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

const HASTINGS_NOTE = '1 school, 40% of pupils: not enough for a district figure (it needs at least 3 mainstream schools, or all of them where there are fewer, and 50% of pupils)';

interface Evidence {
  schools: number;
  contributors: number;
  pupilShare: number | null;
  sufficient: boolean;
  rule: { minSchools: number; minPupilShare: number };
  note: string;
}

describe.each(await testEngines())('figures below the evidence rule, explained by the API, on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
    const db = t.handle.db;
    await loadEvidenceSchools(db);
    await deriveSchoolIndicators(createServices(db, t.handle.engine), { now: fixedClock(), actor: { userId: null, label: 'test' } });
    await loadOtherIndexInputs(db);
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives the area view the basis of each school-built figure and why one is missing', async () => {
    const body = (await t.app.inject({ method: 'GET', url: `/api/areas/${HASTINGS}` })).json<{ indicators: { code: string; value: number | null; evidence: Evidence | null }[] }>();
    const attainment = body.indicators.find((i) => i.code === 'ks4_attainment8');
    expect(attainment).toMatchObject({ value: null, evidence: { schools: 1, contributors: 1, pupilShare: 0.4, sufficient: false, rule: { minSchools: 3, minPupilShare: 0.5 }, note: HASTINGS_NOTE } });
    expect(body.indicators.find((i) => i.code === 'imd2015_mean_lsoa_score')?.evidence).toBeNull();
    const csv = await t.app.inject({ method: 'GET', url: `/api/areas/${HASTINGS}?format=csv` });
    expect(csv.body).toContain(`,ks4_attainment8,Key stage 4: average Attainment 8 score,score,2018/19,,derived:school-indicators,"${HASTINGS_NOTE}"`);
  });

  it('gives the map each district’s value with what it rests on, and no value below the rule', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/indicators/ks4_attainment8' })).json<{ values: { areaCode: string; value: number | null; evidence: Evidence | null }[] }>();
    const of = (code: string) => body.values.find((v) => v.areaCode === code);
    expect(of(BLACKPOOL)).toMatchObject({ value: 46, evidence: { schools: 3, pupilShare: 0.5882, sufficient: true, note: '3 schools, 58% of pupils' } });
    expect(of(HASTINGS)).toMatchObject({ value: null, evidence: { note: HASTINGS_NOTE } });
    // Derby's figure was imported from a file: no school basis.
    expect(of(DERBY)).toMatchObject({ value: 48, evidence: null });
    const csv = await t.app.inject({ method: 'GET', url: '/api/indicators/ks4_attainment8?format=csv' });
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('area_code,area_name,period,ks4_attainment8,evidence');
  });

  it('ranks a district without the figure it lacks, and the explanation says why it is missing', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/index/areas/${HASTINGS}?recipe=proxy-district-2019` });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ rank: number; of: number; contributions: { indicatorCode: string }[]; missing: unknown[]; missingRule: string }>();
    expect(body.of).toBe(3);
    expect(body.contributions.map((c) => c.indicatorCode)).not.toContain('ks4_attainment8');
    expect(body.missing).toEqual([{ indicatorCode: 'ks4_attainment8', indicatorName: 'Key stage 4: average Attainment 8 score', period: '2018/19', reason: HASTINGS_NOTE }]);
    expect(body.missingRule).toBe('stage_mean');
    const blackpool = (await t.app.inject({ method: 'GET', url: `/api/index/areas/${BLACKPOOL}?recipe=proxy-district-2019` })).json<{ missing: unknown[] }>();
    expect(blackpool.missing).toEqual([]);
  });

  it('says why a district the index cannot rank has no figures', async () => {
    await t.handle.db.deleteFrom('area_indicators').where('area_code', '=', HASTINGS).where('indicator_code', '=', 'ks2_pct_rwm_expected').execute();
    // Figures change by a load, which records its source: the explanation kept for Hastings is then out of date.
    await insertDataSource(t.handle.db, { name: 'Hastings KS2 withdrawn', origin: 'test', loadedAt: '2026-01-01T00:00:00Z', rowCount: 0, checksum: 'test' });
    const response = await t.app.inject({ method: 'GET', url: `/api/index/areas/${HASTINGS}?recipe=proxy-district-2019` });
    expect(response.statusCode).toBe(404);
    expect(response.json<{ error: { message: string } }>().error.message).toBe(
      `Hastings is not ranked: no value for any indicator in stage "school". Key stage 2: reaching the expected standard in reading, writing and maths (%): no figure loaded for 2018/19. Key stage 4: average Attainment 8 score: ${HASTINGS_NOTE}.`,
    );
  });
});
