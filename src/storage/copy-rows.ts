import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Cell, RowSource } from './bulk-insert.ts';

const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field for COPY: NULL as an empty unquoted field, text quoted when it needs to be. */
function field(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return value === '' || NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows per chunk sent to the server: large enough to keep it busy, small enough to keep memory flat. */
const CHUNK = 2_000;

/**
 * Streams rows into `table` with COPY … FROM STDIN (CSV) on `client`, each row written out as text as it is
 * made, in chunks so memory stays flat. Each chunk is its lines joined once and sent as bytes: adding to
 * one string field by field makes a deep rope that is slow to turn into bytes.
 */
export async function copyRowSource(client: pg.PoolClient, table: string, columns: readonly string[], source: RowSource): Promise<void> {
  if (source.count === 0) return;
  const width = columns.length;
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin with (format csv)`));
  const cells: Cell[] = new Array<Cell>(width).fill(null);
  const fields: string[] = new Array<string>(width).fill('');
  const chunks = function* () {
    for (let start = 0; start < source.count; start += CHUNK) {
      const end = Math.min(start + CHUNK, source.count);
      // One more line than rows, left empty, so the joined chunk ends with a line break.
      const lines: string[] = new Array<string>(end - start + 1).fill('');
      for (let r = start; r < end; r += 1) {
        source.write(r, cells, 0);
        for (let c = 0; c < width; c += 1) fields[c] = field(cells[c] ?? null);
        lines[r - start] = fields.join(',');
      }
      yield Buffer.from(lines.join('\n'));
    }
  };
  await pipeline(Readable.from(chunks()), stream);
}
