import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';

export interface TextFile {
  readonly text: string;
  readonly checksum: string;
  readonly bytes: number;
}

export type TextFileResult = { readonly ok: true; readonly file: TextFile } | { readonly ok: false; readonly reason: string };

/**
 * Reads a whole file as UTF-8, dropping a byte-order mark. Bytes that are not UTF-8 (a file saved as
 * Latin-1 or Windows-1252 by older Excel) are refused with how to fix it, rather than read as mojibake.
 */
export async function readTextFile(path: string): Promise<TextFileResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'The file does not exist' : code === 'EISDIR' ? 'This is a folder, not a file' : `The file cannot be read (${String(code)})` };
  }
  const checksum = createHash('sha256').update(bytes).digest('hex');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'The file is not UTF-8 text (it may be Latin-1 or Windows-1252): in Excel, save it as "CSV UTF-8"' };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  return { ok: true, file: { text, checksum, bytes: bytes.length } };
}
