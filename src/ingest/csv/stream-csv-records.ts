import { open } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import { splitCsvRecords, type CsvRecord } from './split-csv-records.ts';
import { undecodableReason } from './read-text-file.ts';

/** What `streamCsvRecords` yields: the records of one piece of the file, and how far through it is. */
export interface CsvPiece {
  readonly records: CsvRecord[];
  readonly bytesRead: number;
  readonly bytesTotal: number;
}

/** Why a file could not be read as CSV: `line` is where a broken quote starts, null for the file as a whole. */
export class CsvStreamError extends Error {
  override readonly name = 'CsvStreamError';
  constructor(
    readonly reason: string,
    readonly line: number | null,
  ) {
    super(reason);
  }
}

/** Bytes read at a time. */
const CHUNK_BYTES = 1 << 20;

/**
 * Text carried over without a place to cut it (a quote open across it) beyond which the quoting must be
 * broken: no valid cell of an import is anywhere near this long, and it keeps memory bounded.
 */
const MAX_CARRIED_CHARS = 16 << 20;

/**
 * Reads a CSV file piece by piece with `splitCsvRecords`, so memory stays flat whatever the file's size:
 * each piece ends at a line break outside quotes, and its records carry their line in the whole file.
 * Decodes as `readTextFile` does (UTF-8, or UTF-16 after its byte-order mark; a byte-order mark dropped),
 * and throws `CsvStreamError` with the same reasons: bytes not valid in their encoding, or quoting broken
 * (with the line its record starts on). Files whose only line breaks are lone CRs are read whole.
 */
export async function* streamCsvRecords(path: string): AsyncGenerator<CsvPiece> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CsvStreamError(code === 'ENOENT' ? 'The file does not exist' : `The file cannot be read (${String(code)})`, null);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new CsvStreamError('This is a folder, not a file', null);
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let decoder: TextDecoder | null = null;
    let utf16 = false;
    let carried = '';
    let line = 1;
    let bytesRead = 0;
    for (;;) {
      const { bytesRead: n } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      const bytes = buffer.subarray(0, n);
      if (decoder === null) {
        const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
        utf16 = encoding !== 'utf-8';
        decoder = new TextDecoder(encoding, { fatal: true });
      }
      bytesRead += n;
      let text: string;
      try {
        text = carried + decoder.decode(bytes, { stream: n > 0 });
      } catch {
        throw new CsvStreamError(undecodableReason(utf16), null);
      }
      const cut = n === 0 ? text.length : lastCutOutsideQuotes(text);
      // Carried on while a quote may be open across the piece (or a file's lines end with lone CRs).
      if (cut === -1 && (text.length <= MAX_CARRIED_CHARS || !text.includes('\n'))) {
        carried = text;
        continue;
      }
      // With no cut, every line break so far is inside quotes: the quoting is broken, and splitting says where.
      const piece = cut === -1 ? text : text.slice(0, cut);
      carried = cut === -1 ? '' : text.slice(cut);
      const split = splitCsvRecords(piece);
      if (!split.ok) throw new CsvStreamError('A quoted value is not closed, or a quote is inside an unquoted value', line + split.line - 1);
      if (line !== 1) for (const record of split.records) (record as { row: number }).row += line - 1;
      line += countLineBreaks(piece);
      yield { records: split.records, bytesRead, bytesTotal: info.size };
      if (n === 0) return;
    }
  } finally {
    await handle.close();
  }
}

/** Just after the last LF in `text` with an even number of quotes before it (so outside quotes); -1 if none. */
function lastCutOutsideQuotes(text: string): number {
  // Nearly every file has no quotes at all: then the last LF is the place.
  if (!text.includes('"')) {
    const lf = text.lastIndexOf('\n');
    return lf === -1 ? -1 : lf + 1;
  }
  let cut = -1;
  let quotes = 0;
  let at = 0;
  let nextQuote = text.indexOf('"');
  for (;;) {
    const lf = text.indexOf('\n', at);
    if (lf === -1) return cut;
    while (nextQuote !== -1 && nextQuote < lf) {
      quotes += 1;
      nextQuote = text.indexOf('"', nextQuote + 1);
    }
    if (quotes % 2 === 0) cut = lf + 1;
    at = lf + 1;
  }
}

/** Line breaks as `splitCsvRecords` counts them: LF, CRLF and a lone CR each end a line. */
function countLineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) if (text.charCodeAt(at + 1) !== 10) count += 1;
  return count;
}
