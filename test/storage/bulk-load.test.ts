import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { transactionWithClient } from '../../src/storage/postgres-client-transaction.ts';
import { flatRows } from '../../src/storage/bulk-insert.ts';
import { copyRowSource } from '../../src/storage/copy-rows.ts';
import type { Database } from '../../src/storage/schema.ts';
import { withIndexesSuspended } from '../../src/storage/suspend-indexes.ts';
import { testEngines } from '../support/engines.ts';

async function run(db: Kysely<Database> | Transaction<Database>, statement: string): Promise<void> {
  await db.executeQuery(CompiledQuery.raw(statement));
}

/** Every index and constraint on the two test tables, as the catalogue describes them. */
async function structures(handle: DatabaseHandle): Promise<string[]> {
  const query =
    handle.engine === 'sqlite'
      ? `select name || ': ' || coalesce(sql, '') as d from sqlite_master where type = 'index' and tbl_name in ('bulk_parent', 'bulk_child')`
      : `select indexname || ': ' || indexdef as d from pg_indexes where schemaname = current_schema() and tablename in ('bulk_parent', 'bulk_child')
         union all select conname || ': ' || pg_get_constraintdef(oid) from pg_constraint where conrelid in ('bulk_parent'::regclass, 'bulk_child'::regclass)`;
  const { rows } = await handle.db.executeQuery<{ d: string }>(CompiledQuery.raw(query));
  return rows.map((r) => r.d).sort();
}

async function count(db: Kysely<Database> | Transaction<Database>, table: string): Promise<number> {
  const { rows } = await db.executeQuery<{ n: number | string }>(CompiledQuery.raw(`select count(*) as n from ${table}`));
  return Number(rows[0]?.n);
}

describe.each(await testEngines())('bulk loads on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    await run(handle.db, 'create table bulk_parent (id integer primary key, code varchar(10) not null unique)');
    await run(handle.db, 'create table bulk_child (id integer primary key, parent_id integer not null references bulk_parent (id), day varchar(10) not null, kind varchar(10))');
    await run(handle.db, 'create unique index bulk_child_key on bulk_child (parent_id, day, coalesce(kind, \'\'))');
    await run(handle.db, 'create index bulk_child_day on bulk_child (day)');
  });
  afterEach(async () => handle.close());

  const insert = (trx: Transaction<Database>, statement: string) => run(trx, statement);

  it('drops the secondary indexes for the load and puts every one back as it was', async () => {
    const before = await structures(handle);
    expect(before.some((d) => d.startsWith('bulk_child_key'))).toBe(true);
    let during: string[] = [];
    await handle.db.transaction().execute((trx) =>
      withIndexesSuspended(trx, ['bulk_parent', 'bulk_child'], async () => {
        during = (await trx.executeQuery<{ d: string }>(CompiledQuery.raw(handle.engine === 'sqlite' ? `select name as d from sqlite_master where type = 'index' and sql is not null and tbl_name like 'bulk%'` : `select indexname as d from pg_indexes where schemaname = current_schema() and indexname in ('bulk_child_key', 'bulk_child_day')`))).rows.map((r) => r.d);
        await insert(trx, `insert into bulk_parent (id, code) values (1, 'a'), (2, 'b')`);
        await insert(trx, `insert into bulk_child (id, parent_id, day, kind) values (1, 1, '2025-10-01', null), (2, 2, '2025-10-01', 'talk')`);
      }),
    );
    expect(during).toEqual([]);
    expect(await structures(handle)).toEqual(before);
    expect(await count(handle.db, 'bulk_child')).toBe(2);
  });

  it('keeps the keys and indexes that a table outside the load refers to, and sets the rest aside', async () => {
    await run(handle.db, 'create unique index bulk_child_id_day on bulk_child (id, day)');
    await run(handle.db, 'create table bulk_outside (code varchar(10) references bulk_parent (code), child_id integer, day varchar(10), foreign key (child_id, day) references bulk_child (id, day))');
    const before = await structures(handle);
    let during: string[] = [];
    await handle.db.transaction().execute((trx) =>
      withIndexesSuspended(trx, ['bulk_parent', 'bulk_child'], async () => {
        const query =
          handle.engine === 'sqlite'
            ? `select name as d from sqlite_master where type = 'index' and sql is not null and tbl_name like 'bulk%'`
            : `select indexname as d from pg_indexes where schemaname = current_schema() and tablename in ('bulk_parent', 'bulk_child') and indexname not like '%pkey'`;
        during = (await trx.executeQuery<{ d: string }>(CompiledQuery.raw(query))).rows.map((r) => r.d).sort();
        await insert(trx, `insert into bulk_parent (id, code) values (1, 'a')`);
      }),
    );
    // SQLite lets a referenced index go (it checks references only when rows change), so it sets all aside.
    expect(during).toEqual(handle.engine === 'sqlite' ? [] : ['bulk_child_id_day', 'bulk_parent_code_key']);
    expect(await structures(handle)).toEqual(before);
    expect(await count(handle.db, 'bulk_parent')).toBe(1);
  });

  it('fails the whole load when rows break a unique index that is put back, and leaves the indexes in place', async () => {
    const before = await structures(handle);
    await expect(
      handle.db.transaction().execute((trx) =>
        withIndexesSuspended(trx, ['bulk_parent', 'bulk_child'], async () => {
          await insert(trx, `insert into bulk_parent (id, code) values (1, 'a')`);
          await insert(trx, `insert into bulk_child (id, parent_id, day, kind) values (1, 1, '2025-10-01', null), (2, 1, '2025-10-01', null)`);
        }),
      ),
    ).rejects.toThrow();
    expect(await count(handle.db, 'bulk_child')).toBe(0);
    expect(await count(handle.db, 'bulk_parent')).toBe(0);
    expect(await structures(handle)).toEqual(before);
  });

  it('drops the primary keys asked for too on PostgreSQL, references first, and a repeated key then fails the load', async () => {
    const before = await structures(handle);
    const keys = { primaryKeys: ['bulk_parent', 'bulk_child'] };
    let during: string[] = [];
    await handle.db.transaction().execute((trx) =>
      withIndexesSuspended(trx, ['bulk_child', 'bulk_parent'], async () => {
        if (handle.engine === 'postgres') {
          const query = `select contype as d from pg_constraint where conrelid in ('bulk_parent'::regclass, 'bulk_child'::regclass)`;
          during = (await trx.executeQuery<{ d: string }>(CompiledQuery.raw(query))).rows.map((r) => r.d);
        }
        await insert(trx, `insert into bulk_parent (id, code) values (1, 'a'), (2, 'b')`);
        await insert(trx, `insert into bulk_child (id, parent_id, day, kind) values (1, 1, '2025-10-01', null), (2, 2, '2025-10-01', 'talk')`);
      }, keys),
    );
    // No key, unique or reference left during the load (SQLite cannot drop a primary key and keeps them).
    expect(during).toEqual([]);
    expect(await structures(handle)).toEqual(before);
    await expect(
      handle.db.transaction().execute((trx) =>
        withIndexesSuspended(trx, ['bulk_child', 'bulk_parent'], () => insert(trx, `insert into bulk_parent (id, code) values (3, 'c'), (3, 'd')`), keys),
      ),
    ).rejects.toThrow();
    expect(await count(handle.db, 'bulk_parent')).toBe(2);
    expect(await structures(handle)).toEqual(before);
  });

  it('rolls back rows streamed with COPY together with the statements around them', async () => {
    await expect(
      transactionWithClient(handle.db, async (trx, client) => {
        await insert(trx, `insert into bulk_parent (id, code) values (1, 'a')`);
        if (client === undefined) await insert(trx, `insert into bulk_child (id, parent_id, day) values (1, 1, '2025-10-01')`);
        else await copyRowSource(client, 'bulk_child', ['id', 'parent_id', 'day'], flatRows([1, 1, '2025-10-01'], 3));
        expect(await count(trx, 'bulk_child')).toBe(1);
        throw new Error('stop here');
      }),
    ).rejects.toThrow('stop here');
    expect(await count(handle.db, 'bulk_parent')).toBe(0);
    expect(await count(handle.db, 'bulk_child')).toBe(0);
    await transactionWithClient(handle.db, async (trx, client) => {
      await insert(trx, `insert into bulk_parent (id, code) values (1, 'a')`);
      if (client !== undefined) await copyRowSource(client, 'bulk_child', ['id', 'parent_id', 'day'], flatRows([1, 1, '2025-10-01'], 3));
      else await insert(trx, `insert into bulk_child (id, parent_id, day) values (1, 1, '2025-10-01')`);
    });
    expect(await count(handle.db, 'bulk_child')).toBe(1);
  });
});
