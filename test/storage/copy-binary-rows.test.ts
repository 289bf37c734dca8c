import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flatRows, type Cell } from '../../src/storage/bulk-insert.ts';
import { copyBinaryRowSource } from '../../src/storage/copy-binary-rows.ts';
import { copyRowSource } from '../../src/storage/copy-rows.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { transactionWithClient } from '../../src/storage/postgres-client-transaction.ts';
import { testEngines } from '../support/engines.ts';

// COPY is PostgreSQL's: on SQLite the tests are skipped (the bulk path there is prepared inserts).
describe.each(await testEngines())('COPY in the binary format on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    for (const table of ['binary_rows', 'csv_rows']) await sql.raw(`create table ${table} (n integer, label varchar(20), note text, m integer)`).execute(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  it.runIf(engine.name === 'postgres')('writes the rows the CSV COPY writes: integers of either sign, NULLs, empty and non-ASCII text, across chunks', async () => {
    // About 3 MB in the binary format: several chunks.
    const values: Cell[] = [];
    for (let i = 0; i < 60_000; i += 1) values.push(i % 7 === 0 ? null : i * 37_813 - 2 ** 30, i % 5 === 0 ? '' : `Zoë “${String(i)}”`, i % 3 === 0 ? null : 'x'.repeat(i % 40), i % 11 === 0 ? 2 ** 31 - 1 : -i);
    await transactionWithClient(handle.db, async (_trx, client) => {
      if (client === undefined) throw new Error('a PostgreSQL server is needed');
      await copyBinaryRowSource(client, 'binary_rows', ['n', 'label', 'note', 'm'], ['int4', 'text', 'text', 'int4'], flatRows(values, 4));
      await copyRowSource(client, 'csv_rows', ['n', 'label', 'note', 'm'], flatRows(values, 4));
    });
    const read = async (table: string) => (await sql.raw<Record<string, unknown>>(`select n, label, note, m from ${table} order by m desc, n`).execute(handle.db)).rows;
    const binary = await read('binary_rows');
    expect(binary).toHaveLength(60_000);
    expect(binary).toEqual(await read('csv_rows'));
    expect(binary.filter((r) => r['label'] === '')).toHaveLength(12_000);
  });

  it.runIf(engine.name === 'postgres')('refuses a number that is not a 4-byte integer rather than writing another', async () => {
    await expect(
      transactionWithClient(handle.db, async (_trx, client) => {
        if (client !== undefined) await copyBinaryRowSource(client, 'binary_rows', ['n'], ['int4'], flatRows([2 ** 31], 1));
      }),
    ).rejects.toThrow(RangeError);
  });
});
