import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { testEngines } from '../support/engines.ts';
import { migrateBefore } from '../support/migrate-before.ts';

describe.each(await testEngines())('migration 0017 (evidence behind district figures) on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
  });
  afterEach(async () => {
    await handle.close();
  });

  it('removes district figures derived before any rule judged them, and keeps figures loaded from files', async () => {
    const db = handle.db;
    await migrateBefore(db, handle.engine, '0017');
    await db.insertInto('data_sources').values([
      { id: 1, name: 'derived', origin: 'derived:school-indicators', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 1, checksum: 'a' },
      { id: 2, name: 'file', origin: 'indicators.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 1, checksum: 'b' },
    ]).execute();
    await db.insertInto('indicators').values([
      { code: 'ks4_attainment8', name: 'A8', unit: 'score', description: '', data_source_id: 1 },
      { code: 'imd_score', name: 'IMD', unit: 'score', description: '', data_source_id: 2 },
    ]).execute();
    await db.insertInto('area_indicators').values([
      { area_code: 'E07000125', indicator_code: 'ks4_attainment8', period: '2018/19', value: 1, data_source_id: 1 },
      { area_code: 'E07000125', indicator_code: 'imd_score', period: '2015', value: 30, data_source_id: 2 },
    ]).execute();
    await migrateToLatestOrThrow(db);
    expect(await db.selectFrom('area_indicators').select(['indicator_code', 'value']).execute()).toEqual([{ indicator_code: 'imd_score', value: 30 }]);
    expect(await db.selectFrom('area_indicator_evidence').selectAll().execute()).toEqual([]);
  });
});
