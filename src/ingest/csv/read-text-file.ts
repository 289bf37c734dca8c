import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

export interface TextFile {
  readonly text: string;
  readonly checksum: string;
  readonly bytes: number;
}

export type TextFileResult = { readonly ok: true; readonly file: TextFile } | { readonly ok: false; readonly reason: string };

/**
 * The largest file one import reads: 500 MB. The whole file is held in memory as text, and Node cannot hold
 * a string of much more than 512 MB; the largest published file an import reads (the GIAS register) is
 * under 100 MB.
 */
export const MAX_IMPORT_BYTES = 500_000_000;

/**
 * Reads a whole file as text: UTF-8 (a byte-order mark dropped), or UTF-16 when it starts with a UTF-16
 * byte-order mark (Excel's "Unicode Text"). Refused, each with its own reason: a file over `maxBytes`
 * (default MAX_IMPORT_BYTES), and bytes that are not UTF-8 (a file saved as Latin-1 or Windows-1252 by older
 * Excel), rather than read as mojibake.
 */
export async function readTextFile(path: string, options: { readonly maxBytes?: number } = {}): Promise<TextFileResult> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: 'This is a folder, not a file' };
    if (info.size > maxBytes) {
      return { ok: false, reason: `The file is ${formatBytes(info.size)}, more than the ${formatBytes(maxBytes)} one import takes: split it into smaller files, or keep only the rows and columns you need` };
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'The file does not exist' : code === 'EISDIR' ? 'This is a folder, not a file' : `The file cannot be read (${String(code)})` };
  }
  const checksum = createHash('sha256').update(bytes).digest('hex');
  const decoded = decodeText(bytes);
  return decoded.ok ? { ok: true, file: { text: decoded.text, checksum, bytes: bytes.length } } : decoded;
}

/**
 * Bytes as text: UTF-16 (little- or big-endian) when they start with its byte-order mark, else UTF-8; a
 * byte-order mark is dropped. Bytes that are not valid in their encoding are refused with how to fix it.
 */
export function decodeText(bytes: Uint8Array): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  try {
    // TextDecoder drops the byte-order mark itself.
    return { ok: true, text: new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: undecodableReason(utf16 !== null) };
  }
}

/** Why bytes could not be read as text, and how to fix it. */
export function undecodableReason(utf16: boolean): string {
  return utf16
    ? 'The file is UTF-16 text but damaged further on: in Excel, save it again as "CSV UTF-8"'
    : 'The file is not UTF-8 text (it may be Latin-1 or Windows-1252): in Excel, save it as "CSV UTF-8"';
}

/** 1234567 → "1.2 MB"; sizes as people read them (1 MB = 1,000,000 bytes, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1).replace(/\.0$/, '')} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${String(bytes)} bytes`;
}
