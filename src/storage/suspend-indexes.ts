import { CompiledQuery, type Transaction } from 'kysely';
import { capabilitiesOf } from './dialect-capabilities.ts';
import type { Database } from './schema.ts';

interface Suspended {
  readonly drop: string;
  readonly restore: string;
  readonly foreignKey: boolean;
}

async function rows<R>(trx: Transaction<Database>, statement: string, parameters: readonly unknown[]): Promise<R[]> {
  return (await trx.executeQuery<R>(CompiledQuery.raw(statement, [...parameters]))).rows;
}

/**
 * Each secondary index and (on PostgreSQL) unique and foreign-key constraint on `table`, and its primary key
 * when `primaryKey`, as the catalogue defines them. On PostgreSQL, a key or index that a foreign key of a
 * table outside `loading` points at is kept: it cannot be dropped while that reference stands.
 */
async function secondaryStructures(trx: Transaction<Database>, table: string, primaryKey: boolean, loading: readonly string[]): Promise<Suspended[]> {
  if (capabilitiesOf(trx).engine === 'sqlite') {
    // Indexes SQLite made itself for UNIQUE column constraints have no SQL and cannot be dropped; they stay.
    const indexes = await rows<{ name: string; sql: string }>(trx, `select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null order by name`, [table]);
    return indexes.map((i) => ({ drop: `drop index "${i.name}"`, restore: i.sql, foreignKey: false }));
  }
  const referencedFromOutside = `exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = %s
    and not f.conrelid = any (select to_regclass(t) from unnest($2::text[]) as t))`;
  const constraints = await rows<{ name: string; definition: string; kind: string }>(
    trx,
    `select c.conname as name, pg_get_constraintdef(c.oid) as definition, c.contype as kind from pg_constraint c
     where c.conrelid = $1::regclass and c.contype in ('u', 'f'${primaryKey ? ", 'p'" : ''})
     and not (c.contype <> 'f' and ${referencedFromOutside.replace('%s', 'c.conindid')})
     order by c.conname`,
    [table, loading],
  );
  const indexes = await rows<{ name: string; definition: string }>(
    trx,
    `select i.indexname as name, i.indexdef as definition from pg_indexes i
     where i.schemaname = current_schema() and i.tablename = $1 and i.indexname not in (select conname from pg_constraint where conrelid = $1::regclass)
     and not ${referencedFromOutside.replace('%s', "to_regclass(quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))")}
     order by i.indexname`,
    [table, loading],
  );
  return [
    ...indexes.map((i) => ({ drop: `drop index "${i.name}"`, restore: i.definition, foreignKey: false })),
    ...constraints.map((c) => ({ drop: `alter table "${table}" drop constraint "${c.name}"`, restore: `alter table "${table}" add constraint "${c.name}" ${c.definition}`, foreignKey: c.kind === 'f' })),
  ];
}

/**
 * Runs `work` (a bulk load into `tables`) with their secondary indexes dropped, and on PostgreSQL their
 * unique and foreign-key constraints too (and the primary keys of `primaryKeys`, which PostgreSQL builds
 * quicker from sorted rows than it keeps up row by row), then puts each back from its own catalogue
 * definition, all inside the caller's transaction: building an index once from sorted rows is several
 * times quicker than updating it row by row (docs/benchmarks.md, careers), and a failure anywhere rolls the
 * whole load back with the indexes as they were. Uniqueness and references are checked when they are put
 * back, so rows that break them fail the load. The caller holds the tables exclusively meanwhile. SQLite
 * keeps every primary key (it cannot drop one).
 */
export async function withIndexesSuspended<T>(trx: Transaction<Database>, tables: readonly string[], work: () => Promise<T>, options: { primaryKeys?: readonly string[] } = {}): Promise<T> {
  const restore = await suspendIndexes(trx, tables, options);
  const result = await work();
  await restore();
  return result;
}

/**
 * `withIndexesSuspended` in two steps, for a load that is not one call (a file written batch by batch as
 * it is read): drops the structures and returns what puts them back. A caller that fails before calling it
 * rolls its transaction back, which puts them back as they were.
 */
export async function suspendIndexes(trx: Transaction<Database>, tables: readonly string[], options: { primaryKeys?: readonly string[] } = {}): Promise<() => Promise<void>> {
  const suspended: Suspended[] = [];
  for (const table of tables) suspended.push(...(await secondaryStructures(trx, table, options.primaryKeys?.includes(table) === true, tables)));
  // Foreign keys go back last, once every key they may point at is back, and are taken down first.
  suspended.sort((a, b) => Number(a.foreignKey) - Number(b.foreignKey));
  for (const s of [...suspended].reverse()) await trx.executeQuery(CompiledQuery.raw(s.drop));
  return async () => {
    for (const s of suspended) await trx.executeQuery(CompiledQuery.raw(s.restore));
  };
}
