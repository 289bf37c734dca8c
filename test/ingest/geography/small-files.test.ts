import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORTERS } from '../../../src/ingest/importers/index.ts';
import { sniffFile } from '../../../src/ingest/sniff-file.ts';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { testEngines } from '../../support/engines.ts';
import { dumpDatabase } from '../support/dump-database.ts';
import { haveSharedData, importFile, loadSmallGeography, SHARED_DATA, SMALL_AUTHORITIES, writeTempFile } from './support.ts';

describe.each(await testEngines())('geography, boundaries and indicators from small files on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  const areas = async () =>
    Object.fromEntries((await handle.db.selectFrom('areas').selectAll().orderBy('code').execute()).map((a) => [a.code, [a.name, a.kind, a.parent_code, a.source_note]]));

  it('builds England, its regions, a county with its district, and single-tier districts, City of London included', async () => {
    await loadSmallGeography(handle.db);
    const loaded = await areas();
    expect(Object.keys(loaded)).toHaveLength(1 + 9 + 1 + 3);
    expect(loaded['E92000001']).toEqual(['England', 'country', null, 'authorities.csv']);
    expect(loaded['E12000007']).toEqual(['London', 'region', 'E92000001', 'authorities.csv']);
    expect(loaded['E10000003']).toEqual(['Cambridgeshire', 'education_la', 'E12000006', 'authorities.csv']);
    expect(loaded['E07000010']).toEqual(['Fenland', 'district', 'E10000003', 'districts.csv']);
    expect(loaded['E06000009']).toEqual(['Blackpool', 'district', 'E12000002', 'authorities.csv']);
    expect(loaded['E09000001']).toEqual(['City of London', 'district', 'E12000007', 'authorities.csv']);
  });

  it('keeps the district name of a single-tier authority when the authority list is loaded again', async () => {
    await importFile(handle.db, 'education-authorities', writeTempFile('authorities.csv', SMALL_AUTHORITIES));
    const districts = 'lad13_code,lad13_name,la_code\nE06000009,Blackpool (district),E06000009';
    expect(await importFile(handle.db, 'geography', writeTempFile('districts.csv', districts))).toMatchObject({ ok: true, counts: { updated: 1 } });
    const again = await importFile(handle.db, 'education-authorities', writeTempFile('authorities.csv', SMALL_AUTHORITIES));
    // 10 areas (England, nine regions), 3 authorities and their 3 LA numbers.
    expect(again).toMatchObject({ ok: true, counts: { inserted: 0, updated: 0, unchanged: 16 } });
    expect((await areas())['E06000009']?.[0]).toBe('Blackpool (district)');
  });

  it('moves a district to the authority a later file names', async () => {
    await loadSmallGeography(handle.db);
    const moved = 'lad13_code,lad13_name,la_code\nE07000010,Fenland,E09000001';
    // The district's parent and its authority for placing schools both move.
    expect(await importFile(handle.db, 'geography', writeTempFile('districts.csv', moved))).toMatchObject({ ok: true, counts: { inserted: 0, updated: 2, unchanged: 0 } });
    expect((await areas())['E07000010']?.[2]).toBe('E09000001');
    expect(await handle.db.selectFrom('district_authorities').selectAll().where('district_code', '=', 'E07000010').execute()).toEqual([{ district_code: 'E07000010', authority_code: 'E09000001' }]);
  });

  it('stores GeoJSON shapes keyed by a code property, rounded to 5 places, and changes nothing the second time', async () => {
    await loadSmallGeography(handle.db);
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: 'E07000010', name: 'Fenland' }, geometry: { type: 'Polygon', coordinates: [[[0.1512345678, 52.55], [0.16, 52.55], [0.16, 52.56], [0.1512345678, 52.55]]] } }],
    });
    const path = writeTempFile('fenland.geojson', geojson);
    expect(await importFile(handle.db, 'boundaries', path)).toMatchObject({ ok: true, counts: { rows: 1, inserted: 1 } });
    const dump = await dumpDatabase(handle.db);
    expect(await importFile(handle.db, 'boundaries', path)).toMatchObject({ ok: true, counts: { rows: 1, inserted: 0, updated: 0, unchanged: 1 } });
    expect(await dumpDatabase(handle.db)).toBe(dump);
    const stored = await handle.db.selectFrom('boundaries').select(['area_code', 'vintage', 'geojson']).execute();
    expect(stored).toEqual([{ area_code: 'E07000010', vintage: '2013-2018', geojson: '{"type":"Polygon","coordinates":[[[0.15123,52.55],[0.16,52.55],[0.16,52.56],[0.15123,52.55]]]}' }]);
  });

  it('creates indicators it does not know, keeps those it does, and stores blank, x and c as no figure', async () => {
    await loadSmallGeography(handle.db);
    const header = 'area_code,indicator_code,period,value,indicator_name,unit';
    await importFile(handle.db, 'indicators', writeTempFile('first.csv', `${header}\nE06000009,smi_rank,2016,324,SMI rank,rank`));
    const file = [
      'area_code,indicator_code,period,value,indicator_name',
      'E06000009,smi_rank,2017,320,Another name',
      'E07000010,smi_rank,2017,x,',
      'E07000010,pupils,2019,c,',
      'E09000001,pupils,2019,,',
      'E06000009,pupils,2019,1234.5,',
    ].join('\n');
    const path = writeTempFile('second.csv', file);
    expect(await importFile(handle.db, 'indicators', path)).toMatchObject({ ok: true, counts: { rows: 5, inserted: 6, updated: 0, unchanged: 0 } });
    const indicators = await handle.db.selectFrom('indicators').select(['code', 'name', 'unit', 'description']).orderBy('code').execute();
    expect(indicators).toEqual([
      { code: 'pupils', name: 'pupils', unit: 'number', description: 'Imported from second.csv.' },
      { code: 'smi_rank', name: 'SMI rank', unit: 'rank', description: 'Imported from first.csv.' },
    ]);
    const values = await handle.db.selectFrom('area_indicators').select(['area_code', 'indicator_code', 'period', 'value']).orderBy('indicator_code').orderBy('area_code').orderBy('period').execute();
    expect(values).toEqual([
      { area_code: 'E06000009', indicator_code: 'pupils', period: '2019', value: 1234.5 },
      { area_code: 'E07000010', indicator_code: 'pupils', period: '2019', value: null },
      { area_code: 'E09000001', indicator_code: 'pupils', period: '2019', value: null },
      { area_code: 'E06000009', indicator_code: 'smi_rank', period: '2016', value: 324 },
      { area_code: 'E06000009', indicator_code: 'smi_rank', period: '2017', value: 320 },
      { area_code: 'E07000010', indicator_code: 'smi_rank', period: '2017', value: null },
    ]);
    expect(await importFile(handle.db, 'indicators', path)).toMatchObject({ ok: true, counts: { inserted: 0, updated: 0, unchanged: 5 } });
  });
});

describe('recognising files for `oa import all`', () => {
  const recogniserOf = async (path: string) => {
    const sample = await sniffFile(path);
    return IMPORTERS.find((i) => i.recognises(sample))?.kind ?? null;
  };

  it('tells a district lookup from the joined schools table that has the same columns and more', async () => {
    const lookup = writeTempFile('lookup.csv', 'lad13_code,lad13_name,la_code_old,la_code,la_name,schools_matched,schools_total\nE06000009,Blackpool,890,E06000009,Blackpool,35,35\n');
    const schools = writeTempFile('schools.csv', 'urn,la_code_old,la_code,la_name,region,lad13_code,lad13_name,lat,lon\n100000,201,E09000001,City of London,Inner London,E09000001,City of London,51.5,-0.1\n');
    expect(await recogniserOf(lookup)).toBe('geography');
    expect(await recogniserOf(schools)).not.toBe('geography');
  });

  it('takes TopoJSON and GeoJSON as boundaries, and other JSON as nothing of ours', async () => {
    expect(await recogniserOf(writeTempFile('topo.json', '{"type":"Topology","objects":{},"arcs":[]}'))).toBe('boundaries');
    expect(await recogniserOf(writeTempFile('lad.geojson', '{\n  "type": "FeatureCollection", "features": []}'))).toBe('boundaries');
    expect(await recogniserOf(writeTempFile('bbox.geojson', '{"bbox": [-6.4, 49.9, 1.8, 55.8], "name": "lad", "type": "FeatureCollection", "features": []}'))).toBe('boundaries');
    expect(await recogniserOf(writeTempFile('framework.json', '{"_status":"UNVERIFIED","life_stages":[{"type":"FeatureCollection"}]}'))).toBe(null);
  });

  it.runIf(haveSharedData)('finds our kind for each of the published geography and deprivation files, and none for the summaries', async () => {
    const recognised: Record<string, string | null> = {};
    for (const folder of ['lookups', 'boundaries', 'imd']) {
      for (const name of readdirSync(join(SHARED_DATA, folder)).sort()) {
        const path = join(SHARED_DATA, folder, name);
        recognised[relative(SHARED_DATA, path)] = await recogniserOf(path);
      }
    }
    expect(recognised).toEqual({
      'lookups/LTLA-UTLA_Apr23_Lookup_England-Wales.csv': null,
      'lookups/education_la_codes.csv': 'education-authorities',
      'lookups/la_code_list_lait.csv': null,
      'lookups/lad13_to_education_la.csv': 'geography',
      'boundaries/LICENCE-martinjc-UK-GeoJSON.md': null,
      'boundaries/england_lad_2013-2018_topo.json': 'boundaries',
      'imd/idaci2019_imd2019_lsoa11.csv': 'iod2019-lsoa',
      'imd/idaci2019_lad13_summary.csv': null,
      'imd/imd2015_lad13_summary_unweighted.csv': null,
      'imd/imd2015_lsoa11_england.csv': 'imd-lsoa',
      'imd/imd2019_ltla19_summary.csv': null,
      'imd/imd2025_ltla24_summary.csv': null,
    });
  });
});
