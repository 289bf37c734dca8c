import type { Kysely } from 'kysely';
import { geometryAreaKm2 } from '../../src/domain/places/index.ts';
import type { Database } from '../../src/storage/schema.ts';
import { loadTwinsFixture } from '../cli/twins-fixture.ts';

/**
 * The twins fixture (seven districts with one school each; Burnley and Pendle in Lancashire) with what the
 * context indicators are derived from, worked through by hand in the tests:
 * - LSOA populations and children (IoD 2019 vintage): Burnley 2,000 of whom 500 children, Pendle 6,000 and
 *   1,000, so Lancashire has 1,500 ÷ 8,000 = 18.75% children (not the mean of 25% and 16.7%);
 * - boundaries: squares 0.1° of longitude by 0.1° of latitude from 53°N (area `CELL_KM2`), Pendle's twice as wide;
 *   Lancashire's density is 8,000 ÷ 3 cells, not the mean of 2,000 ÷ 1 and 6,000 ÷ 2;
 * - pupils with English as an additional language: Burnley 30 of 100, Pendle 30 of 300, so Lancashire 15%.
 * The other inputs of the context recipe (IMD 2019 average rank, IDACI, FSM) get plain district values.
 */
export const CONTEXT_POPULATIONS: Readonly<Record<string, { population: number; children: number; eal: number; cells: number }>> = {
  E06000009: { population: 4000, children: 1100, eal: 5, cells: 1 },
  E08000004: { population: 4000, children: 1000, eal: 20, cells: 1 },
  E06000015: { population: 5000, children: 1000, eal: 25, cells: 1 },
  E08000001: { population: 5000, children: 1100, eal: 15, cells: 1 },
  E06000018: { population: 6000, children: 1200, eal: 30, cells: 1 },
  E07000117: { population: 2000, children: 500, eal: 30, cells: 1 },
  E07000122: { population: 6000, children: 1000, eal: 30, cells: 2 },
};

const square = (west: number, cells: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[west, 53], [west + 0.1 * cells, 53], [west + 0.1 * cells, 53.1], [west, 53.1], [west, 53]]],
});

/** The area of one 0.1° × 0.1° cell at 53°N, in km² (about 74 km²). */
export const CELL_KM2 = geometryAreaKm2(square(0, 1));

export async function loadContextFixture(db: Kysely<Database>): Promise<void> {
  await loadTwinsFixture(db);
  const entries = Object.entries(CONTEXT_POPULATIONS);
  await db.insertInto('lsoa_deprivation').values(
    entries.map(([district, p], i) => ({
      lsoa_code: `E0100${String(9000 + i)}`, vintage: 'IoD2019', district_code: district, imd_score: null, imd_rank: 1000 * (i + 1), imd_decile: 1,
      idaci_score: null, population: p.population, children: p.children, data_source_id: 951,
    })),
  ).execute();
  await db.insertInto('boundaries').values(entries.map(([district, p], i) => ({ area_code: district, vintage: '2013-2018', geojson: JSON.stringify(square(-3 + i * 0.3, p.cells)), data_source_id: 951 }))).execute();
  for (const [district, p] of entries) {
    const school = await db.selectFrom('schools').select('urn').where('district_code', '=', district).executeTakeFirstOrThrow();
    await db.updateTable('school_census').set({ eal: p.eal }).where('urn', '=', school.urn).execute();
  }
  const codes = ['imd2019_pop_weighted_avg_rank', 'idaci2019_rate_approx', 'population_mid2015', 'children_0_15_mid2015'];
  await db.insertInto('indicators').values(codes.map((code) => ({ code, name: `Indicator ${code}`, unit: 'x', description: 'd', data_source_id: 951 }))).execute();
  await db.insertInto('area_indicators').values(
    entries.flatMap(([district, p], i) => [
      { area_code: district, indicator_code: 'imd2019_pop_weighted_avg_rank', period: '2019', value: 5000 + 1000 * i, data_source_id: 951 },
      { area_code: district, indicator_code: 'idaci2019_rate_approx', period: '2019', value: 0.1 + 0.02 * i, data_source_id: 951 },
      { area_code: district, indicator_code: 'population_mid2015', period: '2015', value: p.population, data_source_id: 951 },
      { area_code: district, indicator_code: 'children_0_15_mid2015', period: '2015', value: p.children, data_source_id: 951 },
    ]),
  ).execute();
}
