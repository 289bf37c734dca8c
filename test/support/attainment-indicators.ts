import type { Kysely } from 'kysely';
import type { Database } from '../../src/storage/schema.ts';

/**
 * Two made-up district indicators for index tests, one each way: `<prefix>_attainment` (higher is better)
 * and `<prefix>_deprivation` (higher is worse), with one value each per area for 2019 and a data source.
 */
export async function seedAttainmentIndicators(db: Kysely<Database>, values: readonly [area: string, attainment: number, deprivation: number][], prefix = 'test'): Promise<void> {
  const { id } = await db
    .insertInto('data_sources')
    .values({ name: 'test indicators', origin: 'indicators.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: values.length * 2, checksum: 'test' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const [attainment, deprivation] = [`${prefix}_attainment`, `${prefix}_deprivation`];
  await db.insertInto('indicators').values([
    { code: attainment, name: 'Attainment', unit: 'score', description: 'd', data_source_id: id },
    { code: deprivation, name: 'Deprivation', unit: 'score', description: 'd', data_source_id: id },
  ]).execute();
  await db.insertInto('area_indicators').values(
    values.flatMap(([area, a, d]) => [
      { area_code: area, indicator_code: attainment, period: '2019', value: a, data_source_id: id },
      { area_code: area, indicator_code: deprivation, period: '2019', value: d, data_source_id: id },
    ]),
  ).execute();
}
