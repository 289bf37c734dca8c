import type { Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Indicators as time series (issue 18, item 1): an indicator's polarity (`high` when a higher figure is
 * better, `low` when lower is better; null when the source gives none), and beside each value's period
 * label its sortable key (`2018/19` → `2018-2019`; docs/methodology.md §16.6), null where the importer
 * that wrote it does not set one. Units as DfE's data dictionary names them run to 45 characters, so the
 * unit column widens to 80 (SQLite does not enforce a varchar length).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('indicators').addColumn('polarity', 'varchar(4)').execute();
  await db.schema.alterTable('area_indicators').addColumn('period_key', 'varchar(9)').execute();
  if (capabilitiesOf(db).engine === 'postgres') {
    await db.schema.alterTable('indicators').alterColumn('unit', (c) => c.setDataType('varchar(80)')).execute();
  }
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('area_indicators').dropColumn('period_key').execute();
  await db.schema.alterTable('indicators').dropColumn('polarity').execute();
}
