import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { MAX_IMPORT_BYTES } from '../csv/read-text-file.ts';

export interface ParquetTable {
  readonly checksum: string;
  /** Every top-level column the file has, in its order. */
  readonly columns: readonly string[];
  /** The rows, each with the columns asked for (a missing value is null). */
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

export type ParquetReadResult = { readonly ok: true; readonly table: ParquetTable } | { readonly ok: false; readonly reason: string };

/** Every Parquet file starts and ends with these four bytes. */
const MAGIC = 'PAR1';

/**
 * Reads the columns `wanted` of an Apache Parquet file (docs/decisions/0010-parquet-through-hyparquet.md).
 * Refused, each with its own reason: no such file, a file over MAX_IMPORT_BYTES, a file that is not
 * Parquet (or is cut short), and a file without one of the columns wanted (naming the columns it has).
 */
export async function readParquet(path: string, wanted: readonly string[]): Promise<ParquetReadResult> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: 'This is a folder, not a file' };
    if (info.size > MAX_IMPORT_BYTES) return { ok: false, reason: `The file is ${String(Math.round(info.size / 1e6))} MB, more than one import takes` };
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'The file does not exist' : `The file cannot be read (${String(code)})` };
  }
  if (bytes.length < 12 || bytes.subarray(0, 4).toString('latin1') !== MAGIC || bytes.subarray(-4).toString('latin1') !== MAGIC) {
    return { ok: false, reason: 'This is not an Apache Parquet file (or it is cut short): export the data as Parquet, or check the file is complete' };
  }
  const checksum = createHash('sha256').update(bytes).digest('hex');
  // A copy into a plain ArrayBuffer: hyparquet reads from one, and a Buffer may sit in a shared pool.
  const file = new Uint8Array(bytes).buffer;
  try {
    const metadata = parquetMetadata(file);
    const columns = parquetSchema(metadata).children.map((c) => c.element.name);
    const missing = wanted.filter((w) => !columns.includes(w));
    if (missing.length > 0) {
      return { ok: false, reason: `The file has no column ${missing.map((m) => `"${m}"`).join(', ')}: its columns are ${columns.map((c) => `"${c}"`).join(', ')}` };
    }
    const rows = await parquetReadObjects({ file, metadata, columns: [...wanted], rowFormat: 'object' });
    return { ok: true, table: { checksum, columns, rows } };
  } catch (error) {
    return { ok: false, reason: `The Parquet file cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
