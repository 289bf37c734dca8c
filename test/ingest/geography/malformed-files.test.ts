import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/ingest/report.ts';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { loadDemoData } from '../../../src/storage/seed/load-demo-data.ts';
import { fixedClock } from '../../support/clock.ts';
import { testEngines } from '../../support/engines.ts';
import { dumpDatabase } from '../support/dump-database.ts';
import { importFile, loadSmallGeography, writeTempFile } from './support.ts';

const LA_HEADER = 'la_code_old,la_code,la_name,region,la_type';
const DISTRICT_HEADER = 'lad13_code,lad13_name,la_code';
const IMD_HEADER = 'lsoa11_code,lsoa11_name,lad13_code,lad13_name,IMD_score,IMD_rank,IMD_decile';
const IOD_HEADER =
  'lsoa11_code,lad19_code,lad19_name,lad13_code,lad13_name,total_pop_mid2015,children_0_15_mid2015,idaci_numerator_rounded,idaci_score_approx,imd2019_rank,imd2019_decile';
const INDICATOR_HEADER = 'area_code,indicator_code,period,value,indicator_name,unit';

const square = [[[0.15, 52.55], [0.16, 52.55], [0.16, 52.56], [0.15, 52.56], [0.15, 52.55]]];
const inMetres = { type: 'Polygon', coordinates: [[[530000, 180000], [530100, 180000], [530100, 180100], [530000, 180000]]] };
const collection = (...features: { code: string; geometry: unknown }[]) =>
  JSON.stringify({ type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', properties: { LAD13CD: f.code, LAD13NM: 'x' }, geometry: f.geometry })) });

interface Case {
  readonly name: string;
  readonly kind: string;
  readonly file: string;
  readonly content: string;
  readonly problems: readonly Omit<Problem, 'file'>[];
}

const unknownRegionReason =
  'This is not an English region: use one of North East, North West, Yorkshire and The Humber, East Midlands, West Midlands, East of England, London, South East, South West (or Inner London, Outer London)';

const CASES: readonly Case[] = [
  {
    name: 'an authority list without its region column',
    kind: 'education-authorities', file: 'authorities.csv',
    content: 'la_code_old,la_code,la_name,la_type\n873,E10000003,Cambridgeshire,SC',
    problems: [{ row: 1, column: 'region', value: null, reason: 'The column "region" is missing from the header row' }],
  },
  {
    name: 'an authority with a code that is not a GSS code',
    kind: 'education-authorities', file: 'authorities.csv',
    content: `${LA_HEADER}\n873,E1000003,Cambridgeshire,East of England,SC`,
    problems: [{ row: 2, column: 'la_code', value: 'E1000003', reason: 'An education authority code is a GSS code starting E06, E08, E09, E10, like E10000003' }],
  },
  {
    name: 'an authority in a region that is not English (its parent is unknown)',
    kind: 'education-authorities', file: 'authorities.csv',
    content: `${LA_HEADER}\n873,E10000003,Cambridgeshire,East of England,SC\n999,E10000099,Gondor,Middle Earth,SC`,
    problems: [{ row: 3, column: 'region', value: 'Middle Earth', reason: unknownRegionReason }],
  },
  {
    name: 'an authority whose type does not fit its code',
    kind: 'education-authorities', file: 'authorities.csv',
    content: `${LA_HEADER}\n873,E10000003,Cambridgeshire,East of England,UA`,
    problems: [{ row: 2, column: 'la_type', value: 'UA', reason: 'An authority of type UA has a code starting E06, but this one is E10000003' }],
  },
  {
    name: 'a district whose education authority is unknown',
    kind: 'geography', file: 'districts.csv',
    content: `${DISTRICT_HEADER}\nE07000011,Huntingdonshire,E10000003\nE07000012,South Cambridgeshire,E10000099`,
    problems: [{ row: 3, column: 'la_code', value: 'E10000099', reason: 'There is no education authority E10000099: import the education authority list first, or correct the code' }],
  },
  {
    name: 'a district listed twice',
    kind: 'geography', file: 'districts.csv',
    content: `${DISTRICT_HEADER}\nE07000010,Fenland,E10000003\nE07000010,Fenland,E10000003`,
    problems: [{ row: 3, column: null, value: 'E07000010', reason: 'This repeats the row at line 2: each geography row must be unique' }],
  },
  {
    name: 'a district without a name',
    kind: 'geography', file: 'districts.csv',
    content: `${DISTRICT_HEADER}\nE07000010, ,E10000003`,
    problems: [{ row: 2, column: 'lad13_name', value: ' ', reason: 'This value is blank, but it is required' }],
  },
  {
    name: 'a district with a code that is not a district’s',
    kind: 'geography', file: 'districts.csv',
    content: `${DISTRICT_HEADER}\nE10000003,Cambridgeshire,E10000003`,
    problems: [{ row: 2, column: 'lad13_code', value: 'E10000003', reason: 'A district code is a GSS code starting E06, E07, E08, E09, like E07000010' }],
  },
  {
    name: 'a single-tier district missing from the authority list (so its region is unknown)',
    kind: 'geography', file: 'districts.csv',
    content: `${DISTRICT_HEADER}\nE06000001,Hartlepool,E06000001`,
    problems: [{
      row: 2, column: 'lad13_code', value: 'E06000001',
      reason: 'E06000001 is a single-tier authority but is not in the list of education authorities, which gives its region: import that list (education-authorities) first',
    }],
  },
  {
    name: 'a TopoJSON file that is not JSON',
    kind: 'boundaries', file: 'topo.json',
    content: '{"type":"Topology","objects":{"lad":',
    problems: [{ row: null, column: null, value: null, reason: 'The file is not valid JSON: expected GeoJSON or TopoJSON text (it may be cut short, or not be JSON at all)' }],
  },
  {
    name: 'a TopoJSON file without the districts object',
    kind: 'boundaries', file: 'topo.json',
    content: '{"type":"Topology","objects":{"wards":{"type":"GeometryCollection","geometries":[]}},"arcs":[]}',
    problems: [{ row: null, column: null, value: null, reason: 'The TopoJSON has no collection of shapes called "lad" (it has: wards)' }],
  },
  {
    name: 'JSON that is neither GeoJSON nor TopoJSON',
    kind: 'boundaries', file: 'framework.json',
    content: '{"type":"IndicatorFramework","life_stages":[]}',
    problems: [{ row: null, column: null, value: null, reason: 'Expected a GeoJSON FeatureCollection or a TopoJSON Topology, but the file\'s "type" is "IndicatorFramework"' }],
  },
  {
    name: 'a shape for an area that is not known',
    kind: 'boundaries', file: 'districts.geojson',
    content: collection({ code: 'E07000010', geometry: { type: 'Polygon', coordinates: square } }, { code: 'E07000099', geometry: { type: 'Polygon', coordinates: square } }),
    problems: [{ row: 2, column: 'LAD13CD', value: 'E07000099', reason: 'There is no area E07000099: import the districts (geography) first, or correct the code' }],
  },
  {
    name: 'a polygon outside England (British National Grid metres)',
    kind: 'boundaries', file: 'districts.geojson',
    content: collection({ code: 'E07000010', geometry: inMetres }),
    problems: [{
      row: 1, column: 'geometry', value: JSON.stringify(inMetres),
      reason: 'The shape reaches longitude 530000, latitude 180000, outside England (longitude -6.5 to 2, latitude 49.8 to 55.9): save it in WGS84 longitude and latitude, not British National Grid metres',
    }],
  },
  {
    name: 'a point where a district’s shape should be',
    kind: 'boundaries', file: 'districts.geojson',
    content: collection({ code: 'E07000010', geometry: { type: 'Point', coordinates: [0.15, 52.55] } }),
    problems: [{ row: 1, column: 'geometry', value: '{"type":"Point","coordinates":[0.15,52.55]}', reason: 'A boundary must be a Polygon or MultiPolygon, not a Point' }],
  },
  {
    name: 'two shapes for one district',
    kind: 'boundaries', file: 'districts.geojson',
    content: collection({ code: 'E07000010', geometry: { type: 'Polygon', coordinates: square } }, { code: 'E07000010', geometry: { type: 'Polygon', coordinates: square } }),
    problems: [{ row: 2, column: null, value: 'E07000010', reason: 'This repeats the row at line 1: each boundaries row must be unique' }],
  },
  {
    name: 'an LSOA whose IMD score is not a number',
    kind: 'imd-lsoa', file: 'imd.csv',
    content: `${IMD_HEADER}\nE01000001,City of London 001A,E09000001,City of London,6.208,29199,9\nE01000002,City of London 001B,E09000001,City of London,abc,30379,10`,
    problems: [{ row: 3, column: 'IMD_score', value: 'abc', reason: 'Expected a number from 0 to 100' }],
  },
  {
    name: 'an LSOA in decile 11',
    kind: 'imd-lsoa', file: 'imd.csv',
    content: `${IMD_HEADER}\nE01000001,City of London 001A,E09000001,City of London,6.208,29199,11`,
    problems: [{ row: 2, column: 'IMD_decile', value: '11', reason: 'Expected a whole number from 1 to 10' }],
  },
  {
    name: 'an LSOA in a district that is not known',
    kind: 'imd-lsoa', file: 'imd.csv',
    content: `${IMD_HEADER}\nE01000001,Somewhere 001A,E07000099,Somewhere,6.208,29199,9`,
    problems: [{ row: 2, column: 'lad13_code', value: 'E07000099', reason: 'There is no district E07000099: import the districts (geography) first, or correct the code' }],
  },
  {
    name: 'an LSOA code that is not an LSOA’s',
    kind: 'imd-lsoa', file: 'imd.csv',
    content: `${IMD_HEADER}\nE02000001,City of London 001,E09000001,City of London,6.208,29199,9`,
    problems: [{ row: 2, column: 'lsoa11_code', value: 'E02000001', reason: 'An LSOA code is a GSS code starting E01, like E01000001' }],
  },
  {
    name: 'IDACI figures that do not agree with each other',
    kind: 'iod2019-lsoa', file: 'iod.csv',
    content: [
      IOD_HEADER,
      'E01000001,E09000001,City of London,E09000001,City of London,1296,200,50,0.4,29199,9',
      'E01000002,E09000001,City of London,E09000001,City of London,1156,182,,0.1,30379,10',
      'E01000003,E09000001,City of London,E09000001,City of London,100,146,,,14915,5',
    ].join('\n'),
    problems: [
      { row: 2, column: 'idaci_score_approx', value: '0.4', reason: 'The IDACI score should be the numerator ÷ children, 0.250' },
      { row: 3, column: 'idaci_score_approx', value: '0.1', reason: 'The IDACI score and numerator must both be given, or both be blank where suppressed' },
      { row: 4, column: 'children_0_15_mid2015', value: '146', reason: 'There are more children than people (100)' },
    ],
  },
  {
    name: 'an indicator value for an area that is not known',
    kind: 'indicators', file: 'indicators.csv',
    content: `${INDICATOR_HEADER}\nE06000009,smi_overall_rank,2017,320,,\nE07000099,smi_overall_rank,2017,12,,`,
    problems: [{ row: 3, column: 'area_code', value: 'E07000099', reason: 'There is no area E07000099: import the districts (geography) first, or correct the code' }],
  },
  {
    name: 'an indicator value that is not a number',
    kind: 'indicators', file: 'indicators.csv',
    content: `${INDICATOR_HEADER}\nE06000009,smi_overall_rank,2017,abc,,`,
    problems: [{ row: 2, column: 'value', value: 'abc', reason: 'Expected a number, or blank, x or c' }],
  },
  {
    name: 'an indicator given in a unit other than its own',
    kind: 'indicators', file: 'indicators.csv',
    content: `${INDICATOR_HEADER}\nE06000009,smi_overall_rank,2017,320,,percent`,
    problems: [{ row: 2, column: 'unit', value: 'percent', reason: 'The indicator smi_overall_rank is measured in "rank": give that unit, or use a new indicator code' }],
  },
  {
    name: 'an indicator code the API could not look up',
    kind: 'indicators', file: 'indicators.csv',
    content: `${INDICATOR_HEADER}\nE06000009,SMI Rank,2017,320,,`,
    problems: [{ row: 2, column: 'indicator_code', value: 'SMI Rank', reason: 'An indicator code is up to 80 lower-case letters, digits and underscores, like imd2015_mean_lsoa_score' }],
  },
  {
    name: 'one indicator under two names',
    kind: 'indicators', file: 'indicators.csv',
    content: `${INDICATOR_HEADER}\nE06000009,pupils_fsm,2019,20.1,Pupils on FSM,percent\nE07000010,pupils_fsm,2019,15,Pupils eligible for FSM,percent`,
    problems: [{ row: 3, column: 'indicator_name', value: 'Pupils eligible for FSM', reason: 'The indicator pupils_fsm is named "Pupils on FSM" at line 2: give each indicator one name' }],
  },
];

describe.each(await testEngines())('malformed geography and deprivation files on $name', (engine) => {
  let handle: DatabaseHandle;
  let before = '';

  beforeAll(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadDemoData(handle.db, fixedClock());
    await loadSmallGeography(handle.db);
    const indicators = await importFile(handle.db, 'indicators', writeTempFile('smi.csv', `${INDICATOR_HEADER}\nE06000009,smi_overall_rank,2016,324,SMI overall rank,rank`));
    if (!indicators.ok) throw new Error(JSON.stringify(indicators.problems));
    before = await dumpDatabase(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('has at least a dozen cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(CASES)('refuses $name, saying where and why, and leaves the database exactly as it was', async ({ kind, file, content, problems }) => {
    const outcome = await importFile(handle.db, kind, writeTempFile(file, content));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual(problems.map((p) => ({ file, ...p })));
    expect(await dumpDatabase(handle.db)).toBe(before);
  });
});
