import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { transactionWithClient } from '../../src/storage/postgres-client-transaction.ts';
import type { Database } from '../../src/storage/schema.ts';
import { syncRows, type Row } from '../../src/storage/sync-rows.ts';
import { testEngines } from '../support/engines.ts';

async function addSource(db: Kysely<Database>): Promise<number> {
  const { id } = await db
    .insertInto('data_sources')
    .values({ name: 'test', origin: 'test.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 0, checksum: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const postcode = (i: number, source: number): Row => ({
  postcode: `AB${String(i)} 1CD`,
  easting: 400_000 + i,
  northing: 300_000 + i,
  lat: 51.5 + i / 1000,
  lon: -0.125,
  source: 'test',
  data_source_id: source,
});

describe.each(await testEngines())('syncRows on $name', (engine) => {
  let handle: DatabaseHandle;
  let source: number;

  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    source = await addSource(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  const sync = (table: keyof Database, keys: string[], rows: Row[], onUpdate?: (before: Row, after: Row) => void) =>
    handle.db.transaction().execute((trx) => syncRows(trx, table, keys, rows, { ignoreInComparison: ['data_source_id'], ...(onUpdate === undefined ? {} : { onUpdate }) }));

  it('inserts a national-sized batch with every value as given, then finds all of it unchanged', async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => postcode(i, source));
    expect(await sync('postcodes', ['postcode'], rows)).toEqual({ inserted: 3_000, updated: 0, unchanged: 0 });
    const stored = await handle.db.selectFrom('postcodes').selectAll().orderBy('easting').execute();
    expect(stored).toEqual(rows);
    expect(await sync('postcodes', ['postcode'], rows)).toEqual({ inserted: 0, updated: 0, unchanged: 3_000 });
  });

  it('updates changed rows one by one when few and through a staging table when many, reporting before and after', async () => {
    await sync('postcodes', ['postcode'], Array.from({ length: 200 }, (_, i) => postcode(i, source)));
    const changes: [Row, Row][] = [];
    const few = [{ ...postcode(1, source), lat: 10 }];
    expect(await sync('postcodes', ['postcode'], few, (b, a) => changes.push([b, a]))).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect(changes[0]?.[0]).toMatchObject({ postcode: 'AB1 1CD', lat: 51.501 });
    const many = Array.from({ length: 120 }, (_, i) => ({ ...postcode(i, source), northing: i }));
    expect(await sync('postcodes', ['postcode'], many)).toEqual({ inserted: 0, updated: 120, unchanged: 0 });
    const after = await handle.db.selectFrom('postcodes').select(['postcode', 'northing', 'lat']).where('postcode', 'in', ['AB1 1CD', 'AB119 1CD', 'AB150 1CD']).orderBy('postcode').execute();
    expect(after.map((r) => [r.postcode, r.northing, r.lat])).toEqual([
      ['AB1 1CD', 1, 51.501],
      ['AB119 1CD', 119, 51.619],
      ['AB150 1CD', 300_150, 51.65],
    ]);
  });

  it('writes a large first load and then a change to every row exactly inside an import transaction (COPY on a PostgreSQL server), putting back the indexes it set aside', async () => {
    const indexes = async () =>
      handle.engine === 'sqlite'
        ? (await sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'area_indicators' order by name`.execute(handle.db)).rows
        : (await sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = current_schema() and tablename = 'area_indicators' order by indexname`.execute(handle.db)).rows;
    const before = await indexes();
    expect(before.length).toBeGreaterThan(1);
    const awkward = ['', 'a,b', 'say "hi"', 'line\nbreak', 'caf\u00e9 \u2019 \u{1d518}', ' padded ', '\\N'];
    const rows: Row[] = Array.from({ length: 12_000 }, (_, i) => ({
      area_code: `E${String(i).padStart(8, '0')}`,
      indicator_code: awkward[i % awkward.length] ?? '',
      period: '2018/19',
      value: i % 5 === 0 ? null : i / 3,
      data_source_id: source,
    }));
    const load = () => transactionWithClient(handle.db, (trx) => syncRows(trx, 'area_indicators', ['area_code', 'indicator_code', 'period'], rows));
    expect(await load()).toEqual({ inserted: 12_000, updated: 0, unchanged: 0 });
    const stored = await handle.db.selectFrom('area_indicators').select(['area_code', 'indicator_code', 'period', 'value', 'data_source_id']).orderBy('area_code').execute();
    expect(stored).toEqual(rows);
    expect(await indexes()).toEqual(before);
    expect(await load()).toEqual({ inserted: 0, updated: 0, unchanged: 12_000 });
    const changed = rows.map((row, i) => ({ ...row, value: i % 5 === 1 ? null : i * 2 }));
    const update = () => transactionWithClient(handle.db, (trx) => syncRows(trx, 'area_indicators', ['area_code', 'indicator_code', 'period'], changed));
    expect(await update()).toEqual({ inserted: 0, updated: 12_000, unchanged: 0 });
    expect(await handle.db.selectFrom('area_indicators').select(['area_code', 'indicator_code', 'period', 'value', 'data_source_id']).orderBy('area_code').execute()).toEqual(changed);
    expect(await indexes()).toEqual(before);
  });

  it('matches on a key of several columns and keeps nulls as nulls', async () => {
    const figure = (area: string, value: number | null): Row => ({ area_code: area, indicator_code: 'ks2', period: '2018/19', value, data_source_id: source });
    expect(await sync('area_indicators', ['area_code', 'indicator_code', 'period'], [figure('E06000009', 1.5), figure('E06000010', null)])).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    expect(await sync('area_indicators', ['area_code', 'indicator_code', 'period'], [figure('E06000009', 1.5), figure('E06000010', 2)])).toEqual({ inserted: 0, updated: 1, unchanged: 1 });
    const stored = await handle.db.selectFrom('area_indicators').select(['area_code', 'value']).orderBy('area_code').execute();
    expect(stored).toEqual([{ area_code: 'E06000009', value: 1.5 }, { area_code: 'E06000010', value: 2 }]);
  });
});

describe('syncRows on a SQLite database opened without openDatabase', () => {
  it('still writes, through the JSON bulk statement instead of the driver directly', async () => {
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
    try {
      await migrateToLatestOrThrow(db);
      const source = await addSource(db);
      const rows = Array.from({ length: 50 }, (_, i) => postcode(i, source));
      expect(await db.transaction().execute((trx) => syncRows(trx, 'postcodes', ['postcode'], rows))).toEqual({ inserted: 50, updated: 0, unchanged: 0 });
      expect(await db.selectFrom('postcodes').select(['postcode', 'lat']).orderBy('easting').limit(2).execute()).toEqual([
        { postcode: 'AB0 1CD', lat: 51.5 },
        { postcode: 'AB1 1CD', lat: 51.501 },
      ]);
    } finally {
      await db.destroy();
    }
  });
});
