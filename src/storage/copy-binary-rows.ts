import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Cell, RowSource } from './bulk-insert.ts';

/** What a column holds, as PostgreSQL's binary COPY format spells it: a 4-byte integer, or text (varchar too). */
export type BinaryColumn = 'int4' | 'text';

/** The format's signature, flags and header extension length (PostgreSQL docs, "Binary Format" of COPY). */
const HEADER = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
const TRAILER = Buffer.from([0xff, 0xff]);

/** Bytes per chunk sent to the server: large enough to keep it busy, small enough to keep memory flat. */
const CHUNK_BYTES = 1 << 20;

/**
 * Streams rows into `table` with COPY … FROM STDIN in PostgreSQL's binary format on `client`: each integer
 * is written as its four bytes, so neither this process nor the server writes or parses it as text
 * (`copyRowSource`'s CSV). `types` gives each column's kind, which must be the table's (int4 for
 * `integer`, text for `text` and `varchar`); a number in a text column is written as its digits. Memory
 * stays flat: chunks of about a megabyte.
 */
export async function copyBinaryRowSource(client: pg.PoolClient, table: string, columns: readonly string[], types: readonly BinaryColumn[], source: RowSource): Promise<void> {
  if (source.count === 0) return;
  const width = columns.length;
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin with (format binary)`));
  const cells: Cell[] = new Array<Cell>(width).fill(null);
  const chunks = function* () {
    let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    buffer.set(HEADER, 0);
    let at = HEADER.length;
    for (let row = 0; row < source.count; row += 1) {
      source.write(row, cells, 0);
      // The most a row of numbers takes; text is measured as it comes.
      let need = 2 + width * 8;
      for (let c = 0; c < width; c += 1) {
        const cell = cells[c];
        if (types[c] === 'text') need += typeof cell === 'string' ? Buffer.byteLength(cell) : 24;
      }
      if (at + need > buffer.length) {
        yield buffer.subarray(0, at);
        buffer = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, need));
        at = 0;
      }
      buffer.writeInt16BE(width, at);
      at += 2;
      for (let c = 0; c < width; c += 1) {
        const cell = cells[c] ?? null;
        if (cell === null) {
          buffer.writeInt32BE(-1, at);
          at += 4;
        } else if (types[c] === 'int4') {
          buffer.writeInt32BE(4, at);
          buffer.writeInt32BE(Number(cell), at + 4);
          at += 8;
        } else {
          const length = buffer.write(String(cell), at + 4, 'utf8');
          buffer.writeInt32BE(length, at);
          at += 4 + length;
        }
      }
    }
    yield Buffer.concat([buffer.subarray(0, at), TRAILER]);
  };
  await pipeline(Readable.from(chunks()), stream);
}
