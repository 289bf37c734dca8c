import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../storage/schema.ts';
import type { SyncCounts } from '../storage/sync-rows.ts';
import type { ColumnSpecs } from './map-columns.ts';
import type { ProblemList } from './report.ts';

/** What an importer's load step gets: the transaction, and the data source row its figures come from. */
export interface LoadContext {
  readonly trx: Transaction<Database>;
  readonly dataSourceId: number;
  readonly now: string;
}

/** What an importer's checks across rows may read: the database as it is before the load. */
export interface CheckContext {
  readonly db: Kysely<Database>;
}

/**
 * One published source: how to recognise it, the columns it reads, the checks that span rows (duplicate
 * keys, unknown codes), and how to write the rows. The runner does the rest: reading, reporting, the
 * transaction, the data-source record and the audit entry.
 */
export interface Importer<Row> {
  readonly kind: string;
  readonly description: string;
  /** Loaded after these kinds by `oa import all`. */
  readonly dependsOn: readonly string[];
  readonly columns: ColumnSpecs<Row>;
  /** The row's key, to find duplicates: rows with the same key in one file are an error. */
  readonly key: (row: Row) => string;
  /** Checks that need other rows or the database (e.g. an unknown district code); add problems, return nothing. */
  readonly check?: (rows: readonly { row: number; value: Row }[], problems: ProblemList, context: CheckContext) => Promise<void>;
  readonly load: (rows: readonly Row[], context: LoadContext) => Promise<SyncCounts>;
}
