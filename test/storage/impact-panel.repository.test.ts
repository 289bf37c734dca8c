import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateImpact, type Method } from '../../src/domain/impact/index.ts';
import { seededRandom } from '../../src/domain/social-mobility-index/seeded-random.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { readStorePanel, type StorePanelRequest } from '../../src/storage/repositories/impact-panel.repository.ts';
import { saveNeighbourSet } from '../../src/storage/repositories/neighbour-sets.repository.ts';
import { testEngines } from '../support/engines.ts';
import { CONTROLS, GAPPY, INDICATOR, OTHER_PROGRAMME_AREA, PERIODS, seedImpactStore, START, TREATED, TRUE_EFFECT } from '../support/impact-store.ts';

const request: StorePanelRequest = { measure: INDICATOR, areas: [TREATED], from: START, comparison: { kind: 'all' } };

describe.each(await testEngines())('the impact panel from the indicator store ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await seedImpactStore(handle.db);
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
    const none = await readStorePanel(handle.db, { ...request, comparison: { kind: 'neighbours', k: null } });
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
    const read = await readStorePanel(handle.db, { ...request, comparison: { kind: 'neighbours', k: null } });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.panel.units).toEqual([...neighbours.filter((c) => c !== OTHER_PROGRAMME_AREA), TREATED].sort());
    expect(read.value.poolDescription).toMatch(/^8 saved statistical neighbours \(set \d+, test neighbours\)$/);
    // neighbours:K keeps the first K of the list, in the order the set ranked them.
    const first = await readStorePanel(handle.db, { ...request, comparison: { kind: 'neighbours', k: 3 } });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.panel.units).toEqual([...neighbours.slice(0, 3), TREATED].sort());
    expect(first.value.poolDescription).toMatch(/^3 saved statistical neighbours \(set \d+, test neighbours, the first 3 of each list\)$/);
  });

  it('refuses an unknown measure, an area that is not an upper-tier authority and a start that is not a period', async () => {
    const codes = await Promise.all([
      readStorePanel(handle.db, { ...request, measure: 'nope' }),
      readStorePanel(handle.db, { ...request, areas: ['E12000002'] }),
      readStorePanel(handle.db, { ...request, from: '2030/31' }),
      readStorePanel(handle.db, { ...request, areas: ['nowhere'] }),
    ]);
    expect(codes.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['unknown-measure', 'unknown-area', 'unknown-start', 'unknown-area']);
    const nowhere = codes[3];
    expect(!nowhere.ok && nowhere.error.message).toBe('"nowhere" is neither a GSS code nor an Opportunity Area: give a code like E06000009, or one of blackpool and elsewhere');
  });

  it('takes an Opportunity Area id for its upper-tier authority, giving the same panel as its GSS code', async () => {
    const [byId, byCode] = await Promise.all([readStorePanel(handle.db, { ...request, areas: ['Blackpool'] }), readStorePanel(handle.db, request)]);
    if (!byId.ok || !byCode.ok) throw new Error('expected both panels');
    expect(byId.value.panel.treated).toEqual([TREATED]);
    expect(byId.value.panel).toEqual(byCode.value.panel);
  });

  it('compares with the other authorities of the treated area’s region when asked', async () => {
    await handle.db.insertInto('areas').values({ code: 'E12000003', name: 'Yorkshire and The Humber', kind: 'region', parent_code: 'E92000001', source_note: 'test' }).execute();
    await handle.db.insertInto('areas').values({ code: 'E06000300', name: 'Elsewhere North', kind: 'district', parent_code: 'E12000003', source_note: 'test' }).execute();
    const source = await handle.db.selectFrom('data_sources').select('id').executeTakeFirstOrThrow();
    await handle.db.insertInto('area_indicators').values(PERIODS.map((period, t) => ({ area_code: 'E06000300', indicator_code: INDICATOR, period, value: 40 + t, data_source_id: source.id }))).execute();
    const [all, region] = await Promise.all([readStorePanel(handle.db, request), readStorePanel(handle.db, { ...request, comparison: { kind: 'region' } })]);
    if (!all.ok || !region.ok) throw new Error('expected both panels');
    expect(all.value.panel.units).toContain('E06000300');
    expect(region.value.panel.units).not.toContain('E06000300');
    expect(region.value.panel.units).toEqual(all.value.panel.units.filter((u) => u !== 'E06000300'));
    expect(region.value.poolDescription).toBe(`the ${String(CONTROLS.length)} other upper-tier authorities in North West`);
    await handle.db.insertInto('areas').values({ code: 'E06000400', name: 'Nowhere Borough', kind: 'district', parent_code: null, source_note: 'test' }).execute();
    const unplaced = await readStorePanel(handle.db, { ...request, areas: ['E06000400'], comparison: { kind: 'region' } });
    expect(!unplaced.ok && unplaced.error).toEqual({ code: 'no-region', message: 'The region of Nowhere Borough (E06000400) is not known: import the geography, or compare with every authority (comparison all)' });
  });

  it('lists a pool area with no values for the measure, and refuses a treated area with none', async () => {
    await handle.db.insertInto('areas').values({ code: 'E06000200', name: 'No figures', kind: 'district', parent_code: 'E12000002', source_note: 'test' }).execute();
    const read = await readStorePanel(handle.db, request);
    expect(read.ok && read.value.panel.dropped).toContainEqual({ kind: 'unit', unit: 'E06000200', reason: `Left out of the comparison: no values for ${INDICATOR}` });
    const treated = await readStorePanel(handle.db, { ...request, areas: ['E06000200'] });
    expect(!treated.ok && treated.error).toEqual({ code: 'missing-values', message: `${INDICATOR} has no values for No figures (E06000200): choose another measure` });
  });
});
