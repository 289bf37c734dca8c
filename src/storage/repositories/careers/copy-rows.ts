import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Cell, RowSource } from './bulk-insert.ts';

/** One CSV field for COPY: NULL as an empty unquoted field, text quoted when it needs to be. */
function field(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return /[",\r\n]/.test(value) || value === '' ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Streams rows into `table` with COPY … FROM STDIN (CSV) on `client`, each row written out as text as it is
 * made, in chunks so memory stays flat.
 */
export async function copyRowSource(client: pg.PoolClient, table: string, columns: readonly string[], source: RowSource): Promise<void> {
  if (source.count === 0) return;
  const width = columns.length;
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin with (format csv)`));
  const CHUNK = 5_000;
  const cells: Cell[] = new Array<Cell>(width).fill(null);
  const chunks = function* () {
    for (let start = 0; start < source.count; start += CHUNK) {
      let text = '';
      const end = Math.min(start + CHUNK, source.count);
      for (let r = start; r < end; r += 1) {
        source.write(r, cells, 0);
        for (let c = 0; c < width; c += 1) text += (c === 0 ? '' : ',') + field(cells[c] ?? null);
        text += '\n';
      }
      yield text;
    }
  };
  await pipeline(Readable.from(chunks()), stream);
}
