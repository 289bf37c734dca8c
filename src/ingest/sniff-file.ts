import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface FileSample {
  readonly extension: string;
  /** The header row of a CSV file, trimmed; empty for other files or an unreadable header. */
  readonly headers: readonly string[];
}

/** Reads just enough of a file to recognise it: its extension and, for CSV, its header row. */
export async function sniffFile(path: string): Promise<FileSample> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.csv') return { extension, headers: [] };
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const [headers] = parse(firstLine, { relax_column_count: true, relax_quotes: true });
    return { extension, headers: (headers ?? []).map((h) => h.trim()) };
  } catch {
    return { extension, headers: [] };
  } finally {
    await handle.close();
  }
}
