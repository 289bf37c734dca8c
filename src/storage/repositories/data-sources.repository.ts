import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';

export interface DataSourceRecord {
  readonly id: number;
  readonly name: string;
  readonly origin: string;
  readonly loadedAt: string;
  readonly rowCount: number;
  readonly checksum: string;
}

/** Every load recorded, oldest first. */
export async function listDataSources(db: Kysely<Database> | Transaction<Database>): Promise<DataSourceRecord[]> {
  const rows = await db.selectFrom('data_sources').selectAll().orderBy('id').execute();
  return rows.map(fromRow);
}

/** The latest load of `origin`, to tell whether the same content was loaded before. */
export async function latestDataSourceFor(db: Kysely<Database> | Transaction<Database>, origin: string): Promise<DataSourceRecord | null> {
  const row = await db.selectFrom('data_sources').selectAll().where('origin', '=', origin).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row === undefined ? null : fromRow(row);
}

function fromRow(row: { id: number; name: string; origin: string; loaded_at: string; row_count: number; checksum: string }): DataSourceRecord {
  return { id: row.id, name: row.name, origin: row.origin, loadedAt: row.loaded_at, rowCount: row.row_count, checksum: row.checksum };
}

/** Records a load's source and gives its id, which the rows it loads carry. */
export async function insertDataSource(trx: Kysely<Database> | Transaction<Database>, entry: Omit<DataSourceRecord, 'id'>): Promise<number> {
  const source = await trx
    .insertInto('data_sources')
    .values({ name: entry.name, origin: entry.origin, loaded_at: entry.loadedAt, row_count: entry.rowCount, checksum: entry.checksum })
    .returning('id')
    .executeTakeFirstOrThrow();
  return source.id;
}
