import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparePeriods } from '../../../src/domain/impact/index.ts';
import type { ImportOutcome } from '../../../src/ingest/report.ts';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { testEngines } from '../../support/engines.ts';
import { importFile, loadSmallGeography, SHARED_DATA } from '../geography/support.ts';

const LAIT = join(SHARED_DATA, 'la-timeseries', 'lait_bds_long.parquet');
const AUTHORITIES = join(SHARED_DATA, 'lookups', 'education_la_codes.csv');
const haveLait = existsSync(LAIT) && existsSync(AUTHORITIES);
if (!haveLait) console.warn('LAIT import tests on the published file skipped: la-timeseries/lait_bds_long.parquet is not in the shared data folder.');

/** Runs one query on a Parquet file with DuckDB, the reference reader, and gives its rows as JSON values. */
async function duck(query: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(query)).getRowObjectsJson();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const engines = await testEngines();

describe.runIf(haveLait).each(engines)('oa import lait-bds on the published file ($name)', (engine) => {
  let handle: DatabaseHandle;
  let first: ImportOutcome;
  let second: ImportOutcome;

  beforeAll(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    const authorities = await importFile(handle.db, 'education-authorities', AUTHORITIES);
    if (!authorities.ok) throw new Error('The education authorities did not load');
    first = await importFile(handle.db, 'lait-bds', LAIT);
    second = await importFile(handle.db, 'lait-bds', LAIT);
  }, 300_000);
  afterAll(async () => {
    await handle.close();
  });

  it('loads every measure and every value it can place, and says which areas and periods it left out', async () => {
    if (!first.ok) throw new Error(JSON.stringify(first.problems.slice(0, 3)));
    const [{ rows }] = (await duck(`select count(*)::int as rows from '${LAIT}'`)) as [{ rows: number }];
    expect(rows).toBe(641_070);
    // Six areas of 3,771 rows each are left out (Inner and Outer London, four authorities newer than the
    // LA list), and the 164 rows of CINPermExclusion whose period is "0" in the areas kept.
    expect(first.counts).toEqual({ rows: 641_070 - 6 * 3_771 - 164, inserted: 641_070 - 6 * 3_771 - 164 + 434, updated: 0, unchanged: 0 });
    expect(first.notes).toHaveLength(7);
    expect(first.notes?.join('\n')).toContain('Left out 3771 rows of London (Inner) (LA number 987)');
    expect(first.notes?.join('\n')).toContain('Left out 164 rows of CINPermExclusion "0": not a period');
    const indicators = await handle.db.selectFrom('indicators').select((eb) => eb.fn.countAll<number | string>().as('n')).where('code', 'like', 'lait_%').executeTakeFirstOrThrow();
    expect(Number(indicators.n)).toBe(434);
  });

  it('changes nothing when the same file is imported again', () => {
    if (!second.ok || !first.ok) throw new Error('an import failed');
    expect(second.counts).toEqual({ rows: first.counts.rows, inserted: 0, updated: 0, unchanged: first.counts.inserted });
  });

  it('stores the values DuckDB reads off the file, with "-" as no value (not 0)', async () => {
    const expected = await duck(
      `select "Years" as period, "Values" as value from '${LAIT}' where "LA Number" = 890 and "Short Desc" = 'KS2RWM_Expected_STD' order by "Years"`,
    );
    const stored = await handle.db
      .selectFrom('area_indicators')
      .select(['period', 'value'])
      .where('area_code', '=', 'E06000009')
      .where('indicator_code', '=', 'lait_ks2rwm_expected_std')
      .orderBy('period_key')
      .execute();
    expect(stored.map((r) => ({ period: r.period, value: r.value }))).toEqual(
      expected.map((r) => ({ period: r['period'], value: r['value'] === '-' ? null : Number(r['value']) })),
    );
    expect(stored.find((r) => r.period === '2016')?.value).toBe(48);
    expect(stored.find((r) => r.period === '2020')?.value).toBeNull();
  });

  it('keeps England and the regions as comparison areas, under their GSS codes', async () => {
    const [england] = await duck(`select "Values" as value from '${LAIT}' where "LA Number" = 970 and "Short Desc" = 'KS2RWM_Expected_STD' and "Years" = '2019'`);
    const [northWest] = await duck(`select "Values" as value from '${LAIT}' where "LA Number" = 981 and "Short Desc" = 'KS2RWM_Expected_STD' and "Years" = '2019'`);
    const stored = await handle.db
      .selectFrom('area_indicators')
      .select(['area_code', 'value'])
      .where('indicator_code', '=', 'lait_ks2rwm_expected_std')
      .where('period', '=', '2019')
      .where('area_code', 'in', ['E92000001', 'E12000002'])
      .orderBy('area_code')
      .execute();
    expect(stored.map((r) => [r.area_code, r.value])).toEqual([
      ['E12000002', Number(northWest?.['value'])],
      ['E92000001', Number(england?.['value'])],
    ]);
  });

  it('gives each indicator its title, unit and polarity from the data dictionary', async () => {
    const indicator = await handle.db.selectFrom('indicators').selectAll().where('code', '=', 'lait_ks2rwm_expected_std').executeTakeFirstOrThrow();
    expect(indicator).toMatchObject({ name: 'KS2 % reading, writing and mathematics - Expected standard - All Pupils', unit: '% achieving expected level', polarity: 'high' });
    const low = await handle.db.selectFrom('indicators').select('polarity').where('code', '=', 'lait_infmort').executeTakeFirstOrThrow();
    expect(low.polarity).toBe('low');
  });

  it('keeps each period label with a key that sorts it in time', async () => {
    const rows = await handle.db.selectFrom('area_indicators').select(['period', 'period_key']).distinct().where('indicator_code', '=', 'lait_totallacfinance').orderBy('period_key').execute();
    const labels = rows.map((r) => r.period);
    expect(labels[0]).toBe('2016-17 (OT)');
    expect(labels).toEqual([...labels].sort(comparePeriods));
    expect(rows.find((r) => r.period === '2023-24 (OT)')?.period_key).toBe('2023-2024');
    const spans = await handle.db.selectFrom('area_indicators').select('period_key').where('period', '=', '2014-16').executeTakeFirstOrThrow();
    expect(spans.period_key).toBe('2014-2016');
  });
});

/** A small Parquet file written by DuckDB from `rows` (measure, period, area, value, LA number), in a fresh folder with `dictionary`. */
async function writeSmallLait(rows: readonly (readonly [string, string, string, string, number | null])[], dictionary: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'oa-lait-'));
  const path = join(dir, 'small.parquet');
  const values = rows.map(([m, y, a, v, n]) => `('${m}', '${y}', '${a}', '${v}', ${n === null ? 'null' : `${String(n)}::double`})`).join(', ');
  await duck(
    `copy (select * from (values ${values}) as t("Short Desc", "Years", "LA and Regions", "Values", "LA Number")) to '${path}' (format parquet, compression snappy)`,
  );
  writeFileSync(join(dir, 'lait_data_dictionary.csv'), dictionary);
  return path;
}

const SMALL_DICTIONARY = ['Measure_code,Measure_short,Measure,Polarity,y_axis_name,Description', '1,KS2RWM,KS2 RWM expected,High,%,"Two\nlines"'].join('\n');

describe.each(engines)('oa import lait-bds on small generated files ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadSmallGeography(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('imports a file whose areas and measures are known, with "-" as no value', async () => {
    const path = await writeSmallLait(
      [
        ['KS2RWM', '2016', 'Blackpool', '48', 890],
        ['KS2RWM', '2017', 'Blackpool', '-', 890],
        ['KS2RWM', '2016', 'England', '53', 970],
      ],
      SMALL_DICTIONARY,
    );
    const outcome = await importFile(handle.db, 'lait-bds', path);
    expect(outcome.ok && outcome.counts).toEqual({ rows: 3, inserted: 4, updated: 0, unchanged: 0 });
    const stored = await handle.db.selectFrom('area_indicators').select(['area_code', 'period', 'value', 'period_key']).where('indicator_code', '=', 'lait_ks2rwm').orderBy('area_code').orderBy('period_key').execute();
    expect(stored.map((r) => [r.area_code, r.period, r.value, r.period_key])).toEqual([
      ['E06000009', '2016', 48, '2016-2016'],
      ['E06000009', '2017', null, '2017-2017'],
      ['E92000001', '2016', 53, '2016-2016'],
    ]);
  });

  it('refuses a file with a value that is not a number, a measure not in the dictionary or a repeated row, writing nothing', async () => {
    const path = await writeSmallLait(
      [
        ['KS2RWM', '2018', 'Blackpool', 'n/a', 890],
        ['KS4XYZ', '2018', 'Blackpool', '3', 890],
        ['KS2RWM', '2019', 'Blackpool', '1', 890],
        ['KS2RWM', '2019', 'Blackpool', '2', 890],
      ],
      SMALL_DICTIONARY,
    );
    const before = await handle.db.selectFrom('area_indicators').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    const outcome = await importFile(handle.db, 'lait-bds', path);
    if (outcome.ok) throw new Error('the file was imported');
    expect(outcome.problems.map((p) => [p.row, p.column, p.reason.split(':')[0]])).toEqual([
      [1, 'Values', 'A value is a number, or - where it is not available'],
      [2, 'Short Desc', 'The measure KS4XYZ is not in the data dictionary'],
      [4, null, 'This repeats row 3'],
    ]);
    const after = await handle.db.selectFrom('area_indicators').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses a file that is not Parquet, or has no data dictionary, saying what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oa-lait-'));
    writeFileSync(join(dir, 'wrong.parquet'), 'area_code,value\nE06000009,1\n');
    const notParquet = await importFile(handle.db, 'lait-bds', join(dir, 'wrong.parquet'));
    expect(!notParquet.ok && notParquet.problems[0]?.reason).toMatch(/^This is not an Apache Parquet file/);
    const path = await writeSmallLait([['KS2RWM', '2016', 'Blackpool', '48', 890]], SMALL_DICTIONARY);
    rmSync(path.replace('small.parquet', 'lait_data_dictionary.csv'));
    const noDictionary = await importFile(handle.db, 'lait-bds', path);
    expect(!noDictionary.ok && noDictionary.problems[0]?.reason).toMatch(/^The data dictionary cannot be used: The file does not exist: give the data dictionary with --dictionary/);
    writeFileSync(path.replace('small.parquet', 'lait_data_dictionary.csv'), 'code,title\nA,B\n');
    const badDictionary = await importFile(handle.db, 'lait-bds', path);
    expect(!badDictionary.ok && badDictionary.problems[0]?.reason).toMatch(/^The data dictionary cannot be used \(its row 1\): This is not LAIT's data dictionary/);
  });
});
