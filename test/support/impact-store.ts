import type { Kysely } from 'kysely';
import { seededRandom } from '../../src/domain/social-mobility-index/seeded-random.ts';
import type { Database } from '../../src/storage/schema.ts';

/** A made-up panel in the indicator store whose true effect is known (test/storage/impact-panel.repository.test.ts, test/server/impact.test.ts). */
export const TREATED = 'E06000009';
/** 24 comparison authorities: single-tier codes the test makes up, in one region. */
export const CONTROLS = Array.from({ length: 24 }, (_, i) => `E06000${String(100 + i)}`);
/** In another Opportunity Area, so left out of the pool by default. */
export const OTHER_PROGRAMME_AREA = CONTROLS[5] ?? '';
/** Has no value in one period before the start, so it is left out of the pool. */
export const GAPPY = CONTROLS[9] ?? '';
export const PERIODS = Array.from({ length: 10 }, (_, i) => `${String(2010 + i)}/${String(11 + i)}`);
export const START = '2016/17';
export const TRUE_EFFECT = 5;
export const INDICATOR = 'test_outcome';

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

/**
 * Writes the panel into the indicator store with the areas it needs (kept where they are already there,
 * as after the demo data) and a second Opportunity Area holding OTHER_PROGRAMME_AREA.
 */
export async function seedImpactStore(db: Kysely<Database>): Promise<void> {
  const { id } = await db.insertInto('data_sources').values({ name: 'test', origin: 'test', loaded_at: '2026-01-01T00:00:00Z', row_count: 0, checksum: 'x' }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('areas').values([
    { code: 'E92000001', name: 'England', kind: 'country', parent_code: null, source_note: 'test' },
    { code: 'E12000002', name: 'North West', kind: 'region', parent_code: 'E92000001', source_note: 'test' },
  ]).onConflict((oc) => oc.doNothing()).execute();
  await db.insertInto('areas').values([TREATED, ...CONTROLS].map((code, i) => ({ code, name: i === 0 ? 'Blackpool' : `Authority ${code.slice(-3)}`, kind: 'district', parent_code: 'E12000002', source_note: 'test' }))).onConflict((oc) => oc.doNothing()).execute();
  await db.insertInto('opportunity_areas').values([
    { id: 'blackpool', name: 'Blackpool', announced_as: null, wave: 1, announced_on: '2016-10-04', source_note: 'test' },
    { id: 'elsewhere', name: 'Elsewhere', announced_as: null, wave: 2, announced_on: '2017-01-18', source_note: 'test' },
  ]).onConflict((oc) => oc.doNothing()).execute();
  await db.insertInto('opportunity_area_districts').values([
    { opportunity_area_id: 'blackpool', district_code: TREATED },
    { opportunity_area_id: 'elsewhere', district_code: OTHER_PROGRAMME_AREA },
  ]).onConflict((oc) => oc.doNothing()).execute();
  await db.insertInto('indicators').values({ code: INDICATOR, name: 'Test outcome', unit: '%', description: 'made up', polarity: 'high', data_source_id: id }).execute();
  await db.insertInto('area_indicators').values(outcomes().map((r) => ({ area_code: r.area, indicator_code: INDICATOR, period: r.period, value: r.value, data_source_id: id }))).execute();
}

