import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateImpact, type Method } from '../../src/domain/impact/index.ts';
import { seededRandom } from '../../src/domain/social-mobility-index/seeded-random.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { readStorePanel, type StorePanelRequest } from '../../src/storage/repositories/impact-panel.repository.ts';
import { saveNeighbourSet } from '../../src/storage/repositories/neighbour-sets.repository.ts';
import type { Database } from '../../src/storage/schema.ts';
import { testEngines } from '../support/engines.ts';

const TREATED = 'E06000009';
/** 24 comparison authorities: single-tier codes the test makes up, in one region. */
const CONTROLS = Array.from({ length: 24 }, (_, i) => `E06000${String(100 + i)}`);
/** In another Opportunity Area, so left out of the pool by default. */
const OTHER_PROGRAMME_AREA = CONTROLS[5] ?? '';
/** Has no value in one period before the start, so it is left out of the pool. */
const GAPPY = CONTROLS[9] ?? '';
const PERIODS = Array.from({ length: 10 }, (_, i) => `${String(2010 + i)}/${String(11 + i)}`);
const START = '2016/17';
const TRUE_EFFECT = 5;
const INDICATOR = 'test_outcome';

/**
 * A two-factor panel with noise. The treated area is the mean of the comparison areas that stay in the
 * pool until the start, and that mean plus the true effect from it on: a mix every estimator can find
 * (uniform weights), so each should recover the effect. Every area's value in 2015/16 is missing (a year
 * nobody published), and GAPPY's in 2012/13.
 */
function outcomes(): { area: string; period: string; value: number | null }[] {
  const random = seededRandom(18);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const factors = PERIODS.map((_, t) => [Math.sin(t / 2), t / 3 + 0.3 * normal()] as const);
  const series = new Map(
    CONTROLS.map((code) => {
      const [level, g1, g2] = [50 + 5 * normal(), normal(), normal()];
      return [code, factors.map(([f1, f2], t) => level + t * 0.5 + g1 * 3 * f1 + g2 * 2 * f2 + 0.5 * normal())] as const;
    }),
  );
  const kept = CONTROLS.filter((c) => c !== OTHER_PROGRAMME_AREA && c !== GAPPY).map((c) => series.get(c) ?? []);
  const treated = PERIODS.map((period, t) => kept.reduce((sum, values) => sum + (values[t] ?? 0), 0) / kept.length + (period >= START ? TRUE_EFFECT : 0));
  const rows = [...series, [TREATED, treated] as const].flatMap(([area, values]) =>
    PERIODS.map((period, t) => ({ area, period, value: period === '2015/16' || (area === GAPPY && period === '2012/13') ? null : (values[t] ?? null) })),
  );
  return rows;
}

async function seed(db: Kysely<Database>): Promise<void> {
  const { id } = await db.insertInto('data_sources').values({ name: 'test', origin: 'test', loaded_at: '2026-01-01T00:00:00Z', row_count: 0, checksum: 'x' }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('areas').values([
    { code: 'E92000001', name: 'England', kind: 'country', parent_code: null, source_note: 'test' },
    { code: 'E12000002', name: 'North West', kind: 'region', parent_code: 'E92000001', source_note: 'test' },
  ]).execute();
  await db.insertInto('areas').values([TREATED, ...CONTROLS].map((code, i) => ({ code, name: i === 0 ? 'Blackpool' : `Authority ${code.slice(-3)}`, kind: 'district', parent_code: 'E12000002', source_note: 'test' }))).execute();
  await db.insertInto('opportunity_areas').values([
    { id: 'blackpool', name: 'Blackpool', announced_as: null, wave: 1, announced_on: '2016-10-04', source_note: 'test' },
    { id: 'elsewhere', name: 'Elsewhere', announced_as: null, wave: 2, announced_on: '2017-01-18', source_note: 'test' },
  ]).execute();
  await db.insertInto('opportunity_area_districts').values([
    { opportunity_area_id: 'blackpool', district_code: TREATED },
    { opportunity_area_id: 'elsewhere', district_code: OTHER_PROGRAMME_AREA },
  ]).execute();
  await db.insertInto('indicators').values({ code: INDICATOR, name: 'Test outcome', unit: '%', description: 'made up', polarity: 'high', data_source_id: id }).execute();
  await db.insertInto('area_indicators').values(outcomes().map((r) => ({ area_code: r.area, indicator_code: INDICATOR, period: r.period, value: r.value, data_source_id: id }))).execute();
}

const request: StorePanelRequest = { indicatorCode: INDICATOR, treated: [TREATED], start: START, pool: 'all' };

describe.each(await testEngines())('the impact panel from the indicator store ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await seed(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('builds a balanced panel in time order, leaving out other Opportunity Areas and areas or periods with gaps, saying why', async () => {
    const read = await readStorePanel(handle.db, request);
    if (!read.ok) throw new Error(read.error.message);
    const { panel } = read.value;
    expect(panel.periods).toEqual(PERIODS.filter((p) => p !== '2015/16'));
    expect(panel.start).toBe(START);
    expect(panel.treated).toEqual([TREATED]);
    expect(panel.units).toHaveLength(1 + CONTROLS.length - 2);
    expect(panel.units).not.toContain(OTHER_PROGRAMME_AREA);
    expect(panel.units).not.toContain(GAPPY);
    expect(panel.dropped).toEqual([
      { kind: 'unit', unit: OTHER_PROGRAMME_AREA, reason: 'Left out of the comparison: in the Opportunity Area Elsewhere' },
      { kind: 'period', period: '2015/16', reason: 'No value for the treated area E06000009' },
      { kind: 'unit', unit: GAPPY, reason: 'Left out of the comparison: no value for 2012/13' },
    ]);
    expect(read.value.names.get(TREATED)).toBe('Blackpool');
    expect(read.value.indicator).toEqual({ code: INDICATOR, name: 'Test outcome', unit: '%', polarity: 'high' });
  });

  it('keeps other Opportunity Areas in the pool when asked', async () => {
    const read = await readStorePanel(handle.db, { ...request, includeOpportunityAreas: true });
    expect(read.ok && read.value.panel.units).toContain(OTHER_PROGRAMME_AREA);
  });

  it.each<[Method, number]>([
    // Uniform weights reproduce the treated area exactly, so each estimate is the effect to rounding.
    ['did', 1e-6],
    ['sdid', 1e-6],
    ['sc', 1e-6],
  ])('recovers the effect put into the treated area with %s (within %f)', async (method, tolerance) => {
    const read = await readStorePanel(handle.db, request);
    if (!read.ok) throw new Error(read.error.message);
    const estimate = estimateImpact(read.value.panel, { method, replications: 50, random: seededRandom(7) });
    if (!estimate.ok) throw new Error(estimate.error.message);
    expect(Math.abs(estimate.value.estimate - TRUE_EFFECT)).toBeLessThan(tolerance);
    expect(estimate.value.ci95?.[0]).toBeLessThan(TRUE_EFFECT);
    expect(estimate.value.ci95?.[1]).toBeGreaterThan(TRUE_EFFECT);
  });

  it('takes the pool from the newest saved set of upper-tier neighbours that lists the treated areas', async () => {
    const none = await readStorePanel(handle.db, { ...request, pool: 'twins' });
    expect(!none.ok && none.error.code).toBe('no-neighbours');
    const neighbours = CONTROLS.slice(0, 8);
    await saveNeighbourSet(
      handle.db,
      {
        name: 'test neighbours',
        tier: 'upper',
        recipeName: 'test',
        recipe: {},
        options: { k: 8, excludeOpportunityAreas: false, sameRegion: false },
        vintage: {},
        checksum: 'x',
        lists: [{ areaCode: TREATED, neighbours: neighbours.map((code, i) => ({ code, distance: i + 1, band: 'close', reciprocal: false })) }],
      },
      '2026-01-01T00:00:00Z',
      { userId: null, label: 'test' },
    );
    const read = await readStorePanel(handle.db, { ...request, pool: 'twins' });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.panel.units).toEqual([...neighbours.filter((c) => c !== OTHER_PROGRAMME_AREA), TREATED].sort());
    expect(read.value.poolDescription).toMatch(/^8 saved statistical neighbours \(set \d+, test neighbours\)$/);
  });

  it('refuses an unknown measure, an area that is not an upper-tier authority and a start that is not a period', async () => {
    const codes = await Promise.all([
      readStorePanel(handle.db, { ...request, indicatorCode: 'nope' }),
      readStorePanel(handle.db, { ...request, treated: ['E12000002'] }),
      readStorePanel(handle.db, { ...request, start: '2030/31' }),
    ]);
    expect(codes.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['unknown-measure', 'unknown-area', 'unknown-start']);
  });
});
