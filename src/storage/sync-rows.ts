import { sql, type Transaction } from 'kysely';
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

type Row = Record<string, string | number | null>;

/**
 * Inserts rows that are new and updates rows that differ, matched on `keys`; leaves equal rows alone, so
 * loading the same data twice changes nothing and says so. Rows not in `rows` are kept.
 */
export async function syncRows(
  trx: Transaction<Database>,
  table: keyof Database,
  keys: readonly string[],
  rows: readonly Row[],
): Promise<SyncCounts> {
  const counts = emptyCounts();
  if (rows.length === 0) return counts;
  const existing = await sql<Row>`select * from ${sql.table(table)}`.execute(trx);
  const byKey = new Map(existing.rows.map((row) => [keyOf(row, keys), row]));
  for (const row of rows) {
    const current = byKey.get(keyOf(row, keys));
    const columns = Object.keys(row);
    if (current === undefined) {
      await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
        values (${sql.join(columns.map((c) => row[c] ?? null))})`.execute(trx);
      counts.inserted += 1;
    } else if (differs(current, row)) {
      const assignments = columns.map((c) => sql`${sql.ref(c)} = ${row[c] ?? null}`);
      const match = keys.map((k) => sql`${sql.ref(k)} = ${row[k] ?? null}`);
      await sql`update ${sql.table(table)} set ${sql.join(assignments)} where ${sql.join(match, sql` and `)}`.execute(trx);
      counts.updated += 1;
    } else {
      counts.unchanged += 1;
    }
  }
  return counts;
}

function keyOf(row: Row, keys: readonly string[]): string {
  return JSON.stringify(keys.map((k) => normalise(row[k] ?? null)));
}

function differs(current: Row, next: Row): boolean {
  return Object.keys(next).some((column) => normalise(current[column] ?? null) !== normalise(next[column] ?? null));
}

// PostgreSQL returns BIGINT as a string; compare as numbers so 600000000 equals "600000000".
function normalise(value: string | number | bigint | null): string | null {
  return value === null ? null : String(value);
}
