import { open } from 'node:fs/promises';
import { isAscii } from 'node:buffer';
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
 * One piece of a CSV file as text, ending at a line break outside quotes (or at the file's end), and the
 * line it starts on. `records` is null for a plain piece (no quote and no lone CR anywhere in it): then
 * every non-empty line is a record whose cells are its text (less a CR before its LF) split on commas, as
 * `splitCsvRecords` splits it, so a caller may walk the lines itself without making the records. Otherwise
 * `records` holds the piece's records, already split and checked, with their lines in the whole file.
 */
export interface CsvTextPiece {
  readonly text: string;
  readonly line: number;
  readonly records: CsvRecord[] | null;
  readonly bytesRead: number;
  readonly bytesTotal: number;
}

/**
 * Reads a CSV file piece by piece with `splitCsvRecords`, so memory stays flat whatever the file's size:
 * each piece ends at a line break outside quotes, and its records carry their line in the whole file.
 * Decodes as `readTextFile` does (UTF-8, or UTF-16 after its byte-order mark; a byte-order mark dropped),
 * and throws `CsvStreamError` with the same reasons: bytes not valid in their encoding, or quoting broken
 * (with the line its record starts on). Files whose only line breaks are lone CRs are read whole.
 */
export async function* streamCsvRecords(path: string): AsyncGenerator<CsvPiece> {
  for await (const piece of streamCsvText(path)) {
    let records = piece.records;
    if (records === null) {
      const split = splitCsvRecords(piece.text);
      // A plain piece has no quote to break.
      records = split.ok ? split.records : [];
      if (piece.line !== 1) for (const record of records) (record as { row: number }).row += piece.line - 1;
    }
    yield { records, bytesRead: piece.bytesRead, bytesTotal: piece.bytesTotal };
  }
}

/**
 * `streamCsvRecords` without making the records of plain pieces (`CsvTextPiece`): for a reader that walks
 * the lines of nearly every piece itself, with no array of cells per row. Throws as `streamCsvRecords` does,
 * and before yielding any of a piece whose quoting is broken.
 */
export async function* streamCsvText(path: string): AsyncGenerator<CsvTextPiece> {
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
    let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | null = null;
    // The decoder holds no part of a character: the last byte given to it (if any) was ASCII.
    let settled = true;
    let carried = '';
    let line = 1;
    let bytesRead = 0;
    for (;;) {
      const { bytesRead: n } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      const bytes = buffer.subarray(0, n);
      encoding ??= bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
      const utf16 = encoding !== 'utf-8';
      let text: string;
      if (!utf16 && settled && isAscii(bytes)) {
        // ASCII is its own UTF-8, one byte a character: copied as it is rather than decoded.
        text = carried + bytes.toString('latin1');
      } else {
        // A byte-order mark is dropped only at the file's start, as a decoder made there drops it.
        decoder ??= new TextDecoder(encoding, { fatal: true, ignoreBOM: bytesRead > 0 });
        try {
          text = carried + decoder.decode(bytes, { stream: n > 0 });
        } catch {
          throw new CsvStreamError(undecodableReason(utf16), null);
        }
        settled = n === 0 || (bytes[n - 1] ?? 0) < 0x80;
      }
      bytesRead += n;
      const quoted = text.includes('"');
      const cut = n === 0 ? text.length : lastCutOutsideQuotes(text, quoted);
      // Carried on while a quote may be open across the piece (or a file's lines end with lone CRs).
      if (cut === -1 && (text.length <= MAX_CARRIED_CHARS || !text.includes('\n'))) {
        carried = text;
        continue;
      }
      // With no cut, every line break so far is inside quotes: the quoting is broken, and splitting says where.
      const piece = cut === -1 ? text : text.slice(0, cut);
      carried = cut === -1 ? '' : text.slice(cut);
      const { lineBreaks, loneCrs } = countLineBreaks(piece);
      let records: CsvRecord[] | null = null;
      if (quoted || loneCrs > 0) {
        const split = splitCsvRecords(piece);
        if (!split.ok) throw new CsvStreamError('A quoted value is not closed, or a quote is inside an unquoted value', line + split.line - 1);
        if (line !== 1) for (const record of split.records) (record as { row: number }).row += line - 1;
        records = split.records;
      }
      yield { text: piece, line, records, bytesRead, bytesTotal: info.size };
      line += lineBreaks;
      if (n === 0) return;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Just after the last LF in `text` with an even number of quotes before it (so outside quotes); -1 if none.
 * `quoted`: whether `text` holds a quote at all.
 */
function lastCutOutsideQuotes(text: string, quoted: boolean): number {
  // Nearly every file has no quotes at all: then the last LF is the place.
  if (!quoted) {
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

/** Line breaks as `splitCsvRecords` counts them (LF, CRLF and a lone CR each end a line), and the lone CRs among them. */
function countLineBreaks(text: string): { lineBreaks: number; loneCrs: number } {
  let lineBreaks = 0;
  let loneCrs = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineBreaks += 1;
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) if (text.charCodeAt(at + 1) !== 10) loneCrs += 1;
  return { lineBreaks: lineBreaks + loneCrs, loneCrs };
}
