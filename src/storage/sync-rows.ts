import { CompiledQuery, sql, type Transaction } from 'kysely';
import { capabilitiesOf } from './dialect-capabilities.ts';
import type { Database } from './schema.ts';

export interface SyncCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export function emptyCounts(): SyncCounts {
  return { inserted: 0, updated: 0, unchanged: 0 };
}

export function addCounts(a: SyncCounts, b: SyncCounts): SyncCounts {
  return { inserted: a.inserted + b.inserted, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged };
}

export type Row = Record<string, string | number | null>;

export interface SyncOptions {
  /** Columns written but not compared, such as the data source a row came from: an equal row keeps its old value. */
  readonly ignoreInComparison?: readonly string[];
  /** Called for each changed row with its old and new values, e.g. to keep history. */
  readonly onUpdate?: (before: Row, after: Row) => void;
}

/**
 * Inserts rows that are new and updates rows that differ, matched on `keys`; leaves equal rows alone, so
 * loading the same data twice changes nothing and says so. Rows not in `rows` are kept. New rows go in as
 * multi-row inserts, so large files cost few round trips.
 */
export async function syncRows(
  trx: Transaction<Database>,
  table: keyof Database,
  keys: readonly string[],
  rows: readonly Row[],
  options: SyncOptions = {},
): Promise<SyncCounts> {
  const counts = emptyCounts();
  const first = rows[0];
  if (first === undefined) return counts;
  const columns = Object.keys(first);
  const ignored = new Set(options.ignoreInComparison ?? []);
  const compared = columns.filter((c) => !ignored.has(c));
  const existing = await sql<Row>`select * from ${sql.table(table)}`.execute(trx);
  const byKey = new Map(existing.rows.map((row) => [keyOf(row, keys), row]));
  const inserts: Row[] = [];
  for (const row of rows) {
    const current = byKey.get(keyOf(row, keys));
    if (current === undefined) {
      inserts.push(row);
    } else if (compared.some((c) => normalise(current[c] ?? null) !== normalise(row[c] ?? null))) {
      const assignments = columns.map((c) => sql`${sql.ref(c)} = ${row[c] ?? null}`);
      const match = keys.map((k) => sql`${sql.ref(k)} = ${row[k] ?? null}`);
      await sql`update ${sql.table(table)} set ${sql.join(assignments)} where ${sql.join(match, sql` and `)}`.execute(trx);
      options.onUpdate?.(current, row);
      counts.updated += 1;
    } else {
      counts.unchanged += 1;
    }
  }
  // Inserts are built as text with placeholders rather than through Kysely's query builder: for national files
  // (tens of thousands of rows) compiling the builder's tree cost more than the database's own work.
  const dialect = capabilitiesOf(trx);
  const batchSize = Math.max(1, Math.floor(dialect.maxBoundValues / columns.length));
  const head = `insert into ${dialect.quote(table)} (${columns.map(dialect.quote).join(', ')}) values `;
  for (let start = 0; start < inserts.length; start += batchSize) {
    const batch = inserts.slice(start, start + batchSize);
    const parameters: (string | number | null)[] = [];
    const tuples = batch.map((row) => {
      const marks = columns.map((c) => {
        parameters.push(row[c] ?? null);
        return dialect.placeholder(parameters.length);
      });
      return `(${marks.join(', ')})`;
    });
    await trx.executeQuery(CompiledQuery.raw(head + tuples.join(', '), parameters));
  }
  counts.inserted = inserts.length;
  return counts;
}

function keyOf(row: Row, keys: readonly string[]): string {
  return JSON.stringify(keys.map((k) => normalise(row[k] ?? null)));
}

// PostgreSQL returns BIGINT as a string and NUMERIC as text; compare as text so 600000000 equals "600000000".
function normalise(value: string | number | bigint | null): string | null {
  return value === null ? null : String(value);
}
