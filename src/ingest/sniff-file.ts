import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface FileSample {
  readonly extension: string;
  /** The header row of a CSV file, trimmed; empty for other files or an unreadable header. */
  readonly headers: readonly string[];
  /** The first 64 KiB of the file as text (UTF-8, or UTF-16 after its byte-order mark; the mark dropped), for importers of files that are not CSV. */
  readonly head: string;
}

const SAMPLE_BYTES = 64 * 1024;

/** Reads just enough of a file to recognise it: its extension, its first 64 KiB and, for CSV, its header row. */
export async function sniffFile(path: string): Promise<FileSample> {
  const extension = extname(path).toLowerCase();
  const handle = await open(path, 'r');
  let head: string;
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const bytes = buffer.subarray(0, bytesRead);
    // A UTF-16 file (Excel's "Unicode Text") is recognised like any other; the import reads it whole.
    const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
    head = new TextDecoder(encoding).decode(bytes);
  } finally {
    await handle.close();
  }
  if (extension !== '.csv') return { extension, headers: [], head };
  try {
    const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
    const [headers] = parse(firstLine, { relax_column_count: true, relax_quotes: true });
    return { extension, headers: (headers ?? []).map((h) => h.trim()), head };
  } catch {
    return { extension, headers: [], head };
  }
}
