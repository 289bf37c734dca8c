import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Cell } from './bulk-insert.ts';

/** One CSV field for COPY: NULL as an empty unquoted field, text quoted when it needs to be. */
function field(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return /[",\r\n]/.test(value) || value === '' ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Streams rows into `table` with COPY … FROM STDIN (CSV) on `client`, in chunks so memory stays flat. */
export async function copyRows(client: pg.PoolClient, table: string, columns: readonly string[], rows: readonly (readonly Cell[])[]): Promise<void> {
  if (rows.length === 0) return;
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin with (format csv)`));
  const CHUNK = 5_000;
  const chunks = function* () {
    for (let start = 0; start < rows.length; start += CHUNK) {
      let text = '';
      for (const row of rows.slice(start, start + CHUNK)) text += `${row.map(field).join(',')}\n`;
      yield text;
    }
  };
  await pipeline(Readable.from(chunks()), stream);
}

/** As `copyRows`, with the rows end to end in one array (`columns.length` values each). */
export async function copyFlatRows(client: pg.PoolClient, table: string, columns: readonly string[], values: readonly Cell[]): Promise<void> {
  if (values.length === 0) return;
  const width = columns.length;
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin with (format csv)`));
  const CHUNK = 5_000 * width;
  const chunks = function* () {
    for (let start = 0; start < values.length; start += CHUNK) {
      let text = '';
      const end = Math.min(start + CHUNK, values.length);
      for (let v = start; v < end; v += 1) text += field(values[v] ?? null) + ((v - start + 1) % width === 0 ? '\n' : ',');
      yield text;
    }
  };
  await pipeline(Readable.from(chunks()), stream);
}
