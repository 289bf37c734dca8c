import { LATEST_MIGRATION } from '../../src/storage/migrations/index.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkAllocations } from '../../src/domain/funding/index.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow, migrationStatus } from '../../src/storage/migrate.ts';
import { listDataSources } from '../../src/storage/repositories/data-sources.repository.ts';
import { listFunds } from '../../src/storage/repositories/funds.repository.ts';
import { findAreasWithAncestors } from '../../src/storage/repositories/places.repository.ts';
import { loadRegister } from '../../src/storage/repositories/programme.repository.ts';
import { loadDemoData } from '../../src/storage/seed/load-demo-data.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';

describe.each(await testEngines())('demo data on $name', (engine) => {
  let handle: DatabaseHandle;

  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  it('migrates an empty database to the latest version and has nothing pending after', async () => {
    const status = await migrationStatus(handle.db);
    expect(status.current).toBe(LATEST_MIGRATION);
    expect(status.pending).toEqual([]);
    expect(await migrateToLatestOrThrow(handle.db)).toEqual([]);
  });

  it('loads the twelve Opportunity Areas with their waves and districts', async () => {
    await loadDemoData(handle.db, fixedClock());
    const register = await loadRegister(handle.db);
    expect(register.opportunityAreas).toHaveLength(12);
    expect(register.opportunityAreas.filter((a) => a.wave === 1).map((a) => a.name)).toEqual([
      'Blackpool', 'Derby', 'North Yorkshire Coast', 'Norwich', 'Oldham', 'West Somerset',
    ]);
    const fenland = register.opportunityAreas.find((a) => a.id === 'fenland-and-east-cambridgeshire');
    expect(fenland?.districtCodes).toEqual(['E07000009', 'E07000010']);
    expect(fenland?.announcedOn).toBe('2017-01-18');
    expect(register.opportunityAreas.find((a) => a.id === 'north-yorkshire-coast')?.announcedAs).toBe('Scarborough');
    expect(register.researchSchools).toHaveLength(11);
    expect(register.boards.map((b) => b.chair).sort()).toEqual([
      'Dr Fiona McMillan OBE', 'Professor Kathryn Mitchell', 'Sir Martin Narey',
    ]);
  });

  it('keeps money exact: the 2017 to 2020 allocations add up to 7,200,000,000 pence', async () => {
    await loadDemoData(handle.db, fixedClock());
    const funds = await listFunds(handle.db);
    const allocations = funds.filter((f) => f.parentId === 'opportunity-areas-2017-2020');
    expect(allocations).toHaveLength(12);
    expect(allocations.reduce((total, f) => total + f.amountPence, 0)).toBe(7_200_000_000);
    const check = checkAllocations(funds).find((c) => c.fundId === 'opportunity-areas-2017-2020');
    expect(check).toEqual({
      fundId: 'opportunity-areas-2017-2020', amountPence: 7_200_000_000, allocatedPence: 7_200_000_000, unallocatedPence: 0, overAllocated: false,
    });
    expect(typeof funds[0]?.amountPence).toBe('number');
  });

  it('changes nothing when the same demo data is loaded again, and records only the first load', async () => {
    const first = await loadDemoData(handle.db, fixedClock());
    expect(first.inserted).toBe(first.rows);
    const second = await loadDemoData(handle.db, fixedClock('2026-02-01T00:00:00.000Z'));
    expect(second).toMatchObject({ inserted: 0, updated: 0, unchanged: first.rows });
    const sources = await listDataSources(handle.db);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ rowCount: first.rows, loadedAt: '2026-01-15T09:30:00.000Z', checksum: first.checksum });
  });

  it('puts a changed row back to the published fact and counts it as updated', async () => {
    await loadDemoData(handle.db, fixedClock());
    await handle.db.updateTable('funds').set({ amount_pence: 1 }).where('id', '=', 'blackpool-2017-2020').execute();
    const result = await loadDemoData(handle.db, fixedClock());
    expect(result.updated).toBe(1);
    const [blackpool] = await listFunds(handle.db, { opportunityAreaId: 'blackpool' });
    expect(blackpool?.amountPence).toBe(600_000_000);
  });

  it('finds a district with its county, region and country', async () => {
    await loadDemoData(handle.db, fixedClock());
    const areas = await findAreasWithAncestors(handle.db, ['E07000010']);
    expect(areas.map((a) => a.code).sort()).toEqual(['E07000010', 'E10000003', 'E12000006', 'E92000001']);
  });
});
