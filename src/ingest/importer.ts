import type { Kysely, Transaction } from 'kysely';
import type { AuditActor } from '../domain/access/index.ts';
import type { Database } from '../storage/schema.ts';
import type { SyncCounts } from '../storage/sync-rows.ts';
import type { CsvParseResult } from './csv/parse-csv.ts';
import type { ColumnSpecs } from './map-columns.ts';
import type { ProblemList } from './report.ts';
import type { FileSample } from './sniff-file.ts';

/** What an importer's load step gets: the transaction, and the data source row its figures come from. */
export interface LoadContext {
  readonly trx: Transaction<Database>;
  readonly dataSourceId: number;
  readonly now: string;
  /** The file's name (no folder), e.g. to say where a row came from. */
  readonly file: string;
}

/**
 * Turns a file's text into the same table a CSV file gives (headers, and cells by row), so files that are
 * not CSV (GeoJSON features, say) go through the same columns, checks and load. Problems that stop the
 * whole file (not JSON, no features) come back as `ok: false`.
 */
export type TableReader = (text: string) => CsvParseResult;

/** What an importer's checks across rows may read: the database as it is before the load. */
export interface CheckContext {
  readonly db: Kysely<Database>;
  /** The file's name (no folder), as in LoadContext. */
  readonly file: string;
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
  /**
   * Work that follows from this kind of file and must change with it, in the same transaction after `load`
   * (placing every school in a district again after the register, locations or boundaries change). It runs
   * only when the file changed something.
   */
  readonly afterLoad?: (trx: Transaction<Database>, context: { readonly now: string; readonly actor: AuditActor }) => Promise<void>;
  /** How to read the file when it is not CSV; CSV (`parseCsv`) when absent. */
  readonly read?: TableReader;
  /** Whether `oa import all` gives a file to this importer; when absent, a CSV file with every required column. */
  readonly recognises?: (sample: FileSample) => boolean;
}
