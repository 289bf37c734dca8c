import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { getNeighbourSet, listNeighbourSets, saveNeighbourSet } from '../../src/storage/repositories/neighbour-sets.repository.ts';
import { testEngines } from '../support/engines.ts';

const actor = { userId: null, label: 'cli:test' };

describe.each(await testEngines())('saved neighbour sets on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  it('saves a set with its recipe, vintage and every list, audits it, and reads it back nearest first', async () => {
    // 1,200 areas × 2 neighbours: more rows than one insert batch.
    const lists = Array.from({ length: 1200 }, (_, i) => ({
      areaCode: `E07${String(i).padStart(6, '0')}`,
      neighbours: [
        { code: 'E06000009', distance: 0.125 + i / 1e6, band: 'very close', reciprocal: true },
        { code: 'E06000015', distance: 0.5, band: 'somewhat close', reciprocal: false },
      ],
    }));
    const id = await saveNeighbourSet(
      handle.db,
      { name: 'districts 2019', tier: 'district', recipeName: 'proxy-district-2019', recipe: { name: 'proxy-district-2019', stages: [] }, options: { k: 2, excludeOpportunityAreas: false, sameRegion: true }, vintage: { ks4_attainment8: '2018/19' }, checksum: 'a'.repeat(64), lists },
      '2026-11-25T17:00:00.000Z',
      actor,
    );
    const second = await saveNeighbourSet(handle.db, { name: 'later', tier: 'upper', recipeName: 'x', recipe: {}, options: { k: 1, excludeOpportunityAreas: true, sameRegion: false }, vintage: {}, checksum: 'b'.repeat(64), lists: [] }, '2026-11-25T18:00:00.000Z', actor);
    expect((await listNeighbourSets(handle.db)).map((s) => s.id)).toEqual([second, id]);
    const saved = await getNeighbourSet(handle.db, id);
    expect(saved?.summary).toEqual({
      id, name: 'districts 2019', tier: 'district', recipeName: 'proxy-district-2019', options: { k: 2, excludeOpportunityAreas: false, sameRegion: true },
      vintage: { ks4_attainment8: '2018/19' }, checksum: 'a'.repeat(64), areaCount: 1200, savedAt: '2026-11-25T17:00:00.000Z', savedBy: 'cli:test',
    });
    expect(saved?.lists).toHaveLength(1200);
    expect(saved?.lists[7]).toEqual({ areaCode: 'E07000007', neighbours: ['E06000009', 'E06000015'], entries: [lists[7]?.neighbours[0], lists[7]?.neighbours[1]] });
    const audit = await handle.db.selectFrom('audit_log').select(['action', 'entity_id', 'actor']).where('action', '=', 'twins.save').orderBy('id').execute();
    expect(audit).toEqual([{ action: 'twins.save', entity_id: String(id), actor: 'cli:test' }, { action: 'twins.save', entity_id: String(second), actor: 'cli:test' }]);
    expect(await getNeighbourSet(handle.db, 999)).toBeNull();
  });
});
