import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHED_AREAS } from '../../../src/domain/places/index.ts';
import { parseCsv } from '../../../src/ingest/csv/parse-csv.ts';
import { roundHalfEven } from '../../../src/ingest/importers/deprivation/summarise-deprivation.ts';
import type { ImportOutcome } from '../../../src/ingest/report.ts';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { loadDemoData } from '../../../src/storage/seed/load-demo-data.ts';
import { fixedClock } from '../../support/clock.ts';
import { testEngines } from '../../support/engines.ts';
import { dumpDatabase } from '../support/dump-database.ts';
import { haveSharedData, importFile, PUBLISHED_FILES, SHARED_DATA } from './support.ts';

if (!haveSharedData) console.warn('Geography and deprivation tests on the published files skipped: the shared data folder is not beside the repository.');

/** A published summary file as rows of column → text, keyed by district. */
function readSummary(path: string): Map<string, Record<string, string>> {
  const parsed = parseCsv(readFileSync(join(SHARED_DATA, path), 'utf8'));
  if (!parsed.ok) throw new Error(`${path} is not CSV`);
  const { headers, rows } = parsed.table;
  return new Map(rows.map(({ cells }) => {
    const record = Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
    return [record['lad13_code'] ?? '', record];
  }));
}

// As published: R rounds a tie to the even figure (11992.25 → 11992.2).
const round = (value: number | null, decimals: number) => (value === null ? null : roundHalfEven(value, decimals));

const variants = (await testEngines()).flatMap((engine) => [
  { engine, withDemo: false, label: `${engine.name}, empty database` },
  { engine, withDemo: true, label: `${engine.name}, after the demo data` },
]);

describe.runIf(haveSharedData).each(variants)('published geography and deprivation on $label', ({ engine, withDemo }) => {
  let handle: DatabaseHandle;
  const first = new Map<string, ImportOutcome>();
  const second = new Map<string, ImportOutcome>();
  let dumpAfterFirst = '';
  let dumpAfterSecond = '';

  beforeAll(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    if (withDemo) await loadDemoData(handle.db, fixedClock());
    for (const { kind, path } of PUBLISHED_FILES) first.set(kind, await importFile(handle.db, kind, join(SHARED_DATA, path)));
    dumpAfterFirst = await dumpDatabase(handle.db);
    for (const { kind, path } of PUBLISHED_FILES) second.set(kind, await importFile(handle.db, kind, join(SHARED_DATA, path)));
    dumpAfterSecond = await dumpDatabase(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('loads every file, counting what each inserted and updated', () => {
    // 164 areas from the LA list: England, 9 regions, 27 counties, 127 single-tier authorities; the demo
    // data already has 20 of them (England, 7 regions, 6 counties, 6 single-tier districts).
    // Districts: 201 two-tier (7 in the demo data) and 125 single-tier, of which 2 are renamed to their ONS
    // names (Durham → County Durham, Herefordshire → Herefordshire, County of).
    // LSOA files: 32,844 LSOAs plus indicator definitions (5; 7) and district values (5 × 326; 7 × 326).
    const expected = {
      // Each file's rows are counted in every table they write: areas, and the LA numbers (154) or districts' authorities (326).
      'education-authorities': withDemo ? { rows: 154, inserted: 144 + 154, updated: 0, unchanged: 20 } : { rows: 154, inserted: 164 + 154, updated: 0, unchanged: 0 },
      geography: withDemo ? { rows: 326, inserted: 194 + 326, updated: 2, unchanged: 130 } : { rows: 326, inserted: 201 + 326, updated: 2, unchanged: 123 },
      boundaries: { rows: 326, inserted: 326, updated: 0, unchanged: 0 },
      'imd-lsoa': { rows: 32_844, inserted: 32_844 + 5 + 5 * 326, updated: 0, unchanged: 0 },
      'iod2019-lsoa': { rows: 32_844, inserted: 32_844 + 7 + 7 * 326, updated: 0, unchanged: 0 },
    };
    expect(Object.fromEntries([...first].map(([kind, o]) => [kind, o.ok ? o.counts : o.problems.slice(0, 3)]))).toEqual(expected);
  });

  it('changes nothing when every file is imported again: same counts as unchanged, same database', () => {
    for (const [kind, outcome] of second) {
      const before = first.get(kind);
      if (!outcome.ok || before?.ok !== true) throw new Error(`${kind} failed`);
      expect({ kind, ...outcome.counts }).toEqual({ kind, rows: before.counts.rows, inserted: 0, updated: 0, unchanged: before.counts.inserted + before.counts.updated + before.counts.unchanged });
    }
    expect(dumpAfterSecond).toBe(dumpAfterFirst);
  });

  it('holds England, the 9 regions, 27 counties and 328 districts: the 326 of 2013–18 and the 2 Dorset authorities of 2019', async () => {
    const kinds = await handle.db.selectFrom('areas').select(['kind']).select((eb) => eb.fn.countAll<string | number>().as('n')).groupBy('kind').orderBy('kind').execute();
    expect(kinds.map((k) => [k.kind, Number(k.n)])).toEqual([['country', 1], ['district', 328], ['education_la', 27], ['region', 9]]);
    const regions = await handle.db.selectFrom('areas').select(['code', 'name', 'parent_code']).where('kind', '=', 'region').orderBy('code').execute();
    expect(regions.map((r) => r.name)).toEqual([
      'North East', 'North West', 'Yorkshire and The Humber', 'East Midlands', 'West Midlands', 'East of England', 'London', 'South East', 'South West',
    ]);
    expect(new Set(regions.map((r) => r.parent_code))).toEqual(new Set(['E92000001']));
  });

  it('puts each district where the programme expects it', async () => {
    const areas = new Map((await handle.db.selectFrom('areas').selectAll().execute()).map((a) => [a.code, a]));
    const pick = (code: string) => {
      const a = areas.get(code);
      return a === undefined ? undefined : { name: a.name, kind: a.kind, parent: a.parent_code };
    };
    expect(pick('E06000009')).toEqual({ name: 'Blackpool', kind: 'district', parent: 'E12000002' });
    expect(pick('E12000002')).toEqual({ name: 'North West', kind: 'region', parent: 'E92000001' });
    expect(pick('E07000010')).toEqual({ name: 'Fenland', kind: 'district', parent: 'E10000003' });
    expect(pick('E10000003')).toEqual({ name: 'Cambridgeshire', kind: 'education_la', parent: 'E12000006' });
    expect(pick('E09000001')).toEqual({ name: 'City of London', kind: 'district', parent: 'E12000007' });
    expect(pick('E09000012')).toEqual({ name: 'Hackney', kind: 'district', parent: 'E12000007' });
    expect(pick('E06000047')).toEqual({ name: 'County Durham', kind: 'district', parent: 'E12000001' });
    expect(pick('E06000053')).toEqual({ name: 'Isles of Scilly', kind: 'district', parent: 'E12000009' });
    // Dorset's districts go under the 2019 authorities their schools are in (docs/methodology-deprivation.md §1).
    expect(pick('E07000049')).toEqual({ name: 'East Dorset', kind: 'district', parent: 'E06000059' });
    expect(pick('E07000048')).toEqual({ name: 'Christchurch', kind: 'district', parent: 'E06000058' });
    expect(pick('E06000058')).toEqual({ name: 'Bournemouth, Christchurch and Poole', kind: 'district', parent: 'E12000009' });
    expect(pick('E06000028')).toEqual({ name: 'Bournemouth', kind: 'district', parent: 'E12000009' });
    expect(pick('E10000009')).toEqual({ name: 'Dorset', kind: 'education_la', parent: 'E12000009' });
  });

  it('agrees with the demo data on the Opportunity Areas’ geography', async () => {
    const areas = new Map((await handle.db.selectFrom('areas').selectAll().execute()).map((a) => [a.code, a]));
    for (const area of PUBLISHED_AREAS) {
      expect(areas.get(area.code)).toMatchObject({ name: area.name, kind: area.kind, parent_code: area.parentCode });
    }
    // A row the files confirm keeps its note; a row they created names the file.
    expect(areas.get('E06000009')?.source_note).toBe(withDemo ? PUBLISHED_AREAS.find((a) => a.code === 'E06000009')?.sourceNote : 'education_la_codes.csv');
    expect(areas.get('E07000011')?.source_note).toBe('lad13_to_education_la.csv');
  });

  it('stores a shape for each of the 326 districts of 2013–18, in England, in about 4 MB', async () => {
    const boundaries = await handle.db.selectFrom('boundaries').innerJoin('areas', 'areas.code', 'boundaries.area_code').select(['area_code', 'vintage', 'geojson', 'kind']).execute();
    expect(boundaries).toHaveLength(326);
    expect(new Set(boundaries.map((b) => `${b.kind} ${b.vintage}`))).toEqual(new Set(['district 2013-2018']));
    const types = boundaries.map((b) => (JSON.parse(b.geojson) as { type: string }).type);
    expect(types.filter((t) => t === 'Polygon')).toHaveLength(241);
    expect(types.filter((t) => t === 'MultiPolygon')).toHaveLength(85);
    const bytes = boundaries.reduce((total, b) => total + b.geojson.length, 0);
    expect(bytes).toBeGreaterThan(3_500_000);
    expect(bytes).toBeLessThan(4_500_000);
    const blackpool = boundaries.find((b) => b.area_code === 'E06000009');
    const positions = (JSON.parse(blackpool?.geojson ?? '{}') as { coordinates: number[][][] }).coordinates.flat();
    expect(Math.min(...positions.map((p) => p[1] ?? 0))).toBeGreaterThan(53.7);
    expect(Math.max(...positions.map((p) => p[0] ?? 0))).toBeLessThan(-2.9);
  });

  it('stores the 32,844 LSOAs of each vintage, each in a district of 2013–18', async () => {
    const counts = await handle.db.selectFrom('lsoa_deprivation').select('vintage').select((eb) => eb.fn.countAll<string | number>().as('n')).groupBy('vintage').orderBy('vintage').execute();
    expect(counts.map((c) => [c.vintage, Number(c.n)])).toEqual([['IMD2015', 32_844], ['IoD2019', 32_844]]);
    const districts = await handle.db.selectFrom('lsoa_deprivation').select('district_code').distinct().execute();
    expect(districts).toHaveLength(326);
    const blank = await handle.db.selectFrom('lsoa_deprivation').select((eb) => eb.fn.countAll<string | number>().as('n')).where('vintage', '=', 'IoD2019').where('idaci_score', 'is', null).executeTakeFirst();
    expect(Number(blank?.n)).toBe(4553);
  });

  it('rolls IMD 2015 up to the published unweighted district summary, for every district', async () => {
    const summary = readSummary('imd/imd2015_lad13_summary_unweighted.csv');
    const values = await handle.db.selectFrom('area_indicators').selectAll().where('period', '=', '2015').execute();
    const value = (district: string, code: string) => values.find((v) => v.area_code === district && v.indicator_code === code)?.value ?? null;
    expect(summary.size).toBe(326);
    for (const [district, row] of summary) {
      expect({
        district,
        score: round(value(district, 'imd2015_mean_lsoa_score'), 3),
        rank: round(value(district, 'imd2015_mean_lsoa_rank'), 1),
        share10: round(value(district, 'imd2015_share_lsoas_most_deprived_10pc'), 4),
        share20: round(value(district, 'imd2015_share_lsoas_most_deprived_20pc'), 4),
        rankOfScore: value(district, 'imd2015_rank_of_mean_lsoa_score'),
      }).toEqual({
        district,
        score: Number(row['imd2015_mean_lsoa_score']),
        rank: Number(row['imd2015_mean_lsoa_rank']),
        share10: Number(row['imd2015_prop_lsoa_most_deprived_10pc']),
        share20: Number(row['imd2015_prop_lsoa_most_deprived_20pc']),
        rankOfScore: Number(row['rank_of_mean_score']),
      });
    }
  });

  it('rolls IoD 2019 up to the published district summary, for every district', async () => {
    const summary = readSummary('imd/idaci2019_lad13_summary.csv');
    const values = await handle.db.selectFrom('area_indicators').selectAll().where('period', 'in', ['2015', '2019']).execute();
    const value = (district: string, code: string) => values.find((v) => v.area_code === district && v.indicator_code === code)?.value ?? null;
    expect(summary.size).toBe(326);
    for (const [district, row] of summary) {
      expect({
        district,
        rate: round(value(district, 'idaci2019_rate_approx'), 4),
        rateRank: value(district, 'idaci2019_rank'),
        averageRank: round(value(district, 'imd2019_pop_weighted_avg_rank'), 1),
        averageRankRank: value(district, 'imd2019_rank_of_avg_rank'),
        decile1: round(value(district, 'imd2019_share_lsoas_most_deprived_10pc'), 4),
        population: value(district, 'population_mid2015'),
        children: value(district, 'children_0_15_mid2015'),
      }).toEqual({
        district,
        rate: Number(row['idaci2019_rate_approx']),
        rateRank: Number(row['idaci2019_rank']),
        averageRank: Number(row['imd2019_pop_weighted_avg_rank']),
        averageRankRank: Number(row['imd2019_rank_of_avg_rank']),
        decile1: Number(row['prop_lsoa_imd2019_decile1']),
        population: Number(row['total_pop_mid2015']),
        children: Number(row['children_0_15_mid2015']),
      });
    }
  });

  it('defines each district indicator with its unit, formula and source', async () => {
    const indicators = await handle.db.selectFrom('indicators').select(['code', 'unit', 'description']).orderBy('code').execute();
    expect(indicators.map((i) => [i.code, i.unit])).toEqual([
      ['children_0_15_mid2015', 'people'],
      ['idaci2019_rank', 'rank'],
      ['idaci2019_rate_approx', 'proportion'],
      ['imd2015_mean_lsoa_rank', 'rank'],
      ['imd2015_mean_lsoa_score', 'score'],
      ['imd2015_rank_of_mean_lsoa_score', 'rank'],
      ['imd2015_share_lsoas_most_deprived_10pc', 'proportion'],
      ['imd2015_share_lsoas_most_deprived_20pc', 'proportion'],
      ['imd2019_pop_weighted_avg_rank', 'rank'],
      ['imd2019_rank_of_avg_rank', 'rank'],
      ['imd2019_share_lsoas_most_deprived_10pc', 'proportion'],
      ['population_mid2015', 'people'],
    ]);
    for (const i of indicators) expect(i.description).toMatch(/Source: MHCLG, English Indices of Deprivation 20(15|19)/);
    expect(indicators.find((i) => i.code === 'idaci2019_rate_approx')?.description).toContain('a suppressed numerator counts as 0');
  });
});
