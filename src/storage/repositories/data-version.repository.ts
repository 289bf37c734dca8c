import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Changes whenever anything is imported (each import that writes records a new data source), so a view built
 * from imported data (boundaries, area names, time series) can be kept until it does.
 */
export async function dataVersion(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('data_sources').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
  return String(row?.id ?? 0);
}
