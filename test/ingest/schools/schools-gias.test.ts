import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { testEngines } from '../../support/engines.ts';
import { dumpDatabase } from '../support/dump-database.ts';
import { csv, GIAS_HEADER, giasRow, importerOrThrow, insertAreas, problemsOf, runKind, SPINE_HEADER, writeTemp } from './fixtures.ts';

describe.each(await testEngines())('GIAS register (schools-gias) on $name', (engine) => {
  let handle: DatabaseHandle;

  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await insertAreas(handle.db, ['E07000168']);
  });
  afterEach(async () => {
    await handle.close();
  });

  it('loads status and phase from GIAS words, coordinates from its easting and northing, and its district, placing a school without one by its postcode sector', async () => {
    const outcome = await runKind(handle.db, 'schools-gias', writeTemp('edubasealldata.csv', csv(GIAS_HEADER, [giasRow(), giasRow({ 'URN': '121001', 'EstablishmentName': 'Seamer Primary', 'EstablishmentStatus (name)': 'Open', 'PhaseOfEducation (name)': 'Primary', 'Easting': '', 'Northing': '', 'DistrictAdministrative (code)': '' })])));
    expect(outcome).toMatchObject({ ok: true, counts: { rows: 2, inserted: 2, updated: 0, unchanged: 0 } });
    const schools = await handle.db
      .selectFrom('schools')
      .select(['urn', 'la_code_old', 'estab', 'status', 'phase', 'postcode', 'open_date', 'easting', 'lat', 'lon', 'gias_district_code', 'district_code', 'district_rule', 'district_confidence', 'district_basis', 'district_note'])
      .orderBy('urn')
      .execute();
    expect(schools).toEqual([
      {
        urn: 121000, la_code_old: '815', estab: '4105', status: 'proposed to close', phase: 'middle', postcode: 'YO13 0AB', open_date: '1973-09-01', easting: 501000, lat: 54.295643, lon: -0.449652,
        gias_district_code: 'E07000168', district_code: 'E07000168', district_rule: 'gias', district_confidence: 1, district_basis: null, district_note: null,
      },
      // No district of its own: the one placed school of its postcode sector, YO13 0, is in Scarborough.
      {
        urn: 121001, la_code_old: '815', estab: '4105', status: 'open', phase: 'primary', postcode: 'YO13 0AB', open_date: '1973-09-01', easting: null, lat: null, lon: null,
        gias_district_code: null, district_code: 'E07000168', district_rule: 'postcode-sector', district_confidence: 1, district_basis: 1, district_note: 'YO13 0',
      },
    ]);
  });

  it('refuses a status or phase GIAS does not use, and a district not in areas, changing nothing', async () => {
    const before = await dumpDatabase(handle.db);
    const outcome = await runKind(handle.db, 'schools-gias', writeTemp('edubasealldata.csv', csv(GIAS_HEADER, [giasRow({ 'EstablishmentStatus (name)': 'Shut', 'PhaseOfEducation (name)': 'Infant' }), giasRow({ 'URN': '121001', 'DistrictAdministrative (code)': 'E06000060', 'Northing': '' })])));
    expect(problemsOf(outcome)).toEqual([
      { file: 'edubasealldata.csv', row: 2, column: 'EstablishmentStatus (name)', value: 'Shut', reason: 'Expected one of: Open, Closed, Proposed to open, Open, but proposed to close' },
      { file: 'edubasealldata.csv', row: 2, column: 'PhaseOfEducation (name)', value: 'Infant', reason: 'Expected one of: Nursery, Primary, Middle deemed primary, Middle deemed secondary, Secondary, All-through, 16 plus, Not applicable' },
      { file: 'edubasealldata.csv', row: 3, column: 'Northing', value: '', reason: 'Give both easting and northing, or neither' },
      { file: 'edubasealldata.csv', row: 3, column: 'DistrictAdministrative (code)', value: 'E06000060', reason: 'There is no area with this GSS code: import the geography first, or correct the code' },
    ]);
    expect(await dumpDatabase(handle.db)).toBe(before);
  });

  it('tells a GIAS extract from the performance-tables spine when `oa import all` sorts files', () => {
    const sample = (headers: readonly string[]) => ({ extension: '.csv', headers, head: headers.join(',') });
    expect(importerOrThrow('schools-gias').recognises(sample(GIAS_HEADER))).toBe(true);
    expect(importerOrThrow('schools').recognises(sample(GIAS_HEADER))).toBe(false);
    expect(importerOrThrow('schools').recognises(sample(SPINE_HEADER))).toBe(true);
    expect(importerOrThrow('schools-gias').recognises(sample(SPINE_HEADER))).toBe(false);
  });
});
