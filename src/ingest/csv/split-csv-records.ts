export interface CsvRecord {
  /** The 1-based line the record starts on (a quoted value may carry it over several lines). */
  readonly row: number;
  readonly cells: string[];
}

export type SplitResult = { readonly ok: true; readonly records: CsvRecord[] } | { readonly ok: false; readonly line: number };

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Splits CSV text into records of cells (RFC 4180: fields separated by commas, records by CRLF, LF or CR;
 * a field in double quotes may hold commas, line breaks and doubled quotes). Blank lines are skipped.
 * A quote that is never closed, a quote inside an unquoted field, or text after a closing quote fails with
 * the line its record starts on.
 *
 * Written for national files (tens of thousands of rows) in one pass: a line with no quote and no lone CR
 * (nearly every line of a published file) is split on its commas natively; only the others are read a
 * character at a time. The next quote and CR are found once and remembered, so the check is not a rescan.
 * `separator` is a comma unless given (a semicolon for files saved where the comma is the decimal mark).
 */
export function splitCsvRecords(text: string, separator: ',' | ';' = ','): SplitResult {
  const records: CsvRecord[] = [];
  const length = text.length;
  let at = 0;
  let line = 1;
  let nextQuote = text.indexOf('"');
  let nextCr = text.indexOf('\r');
  while (at < length) {
    if (nextQuote !== -1 && nextQuote < at) nextQuote = text.indexOf('"', at);
    if (nextCr !== -1 && nextCr < at) nextCr = text.indexOf('\r', at);
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = length;
    const end = lineEnd > at && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
    const plain = (nextQuote === -1 || nextQuote > lineEnd) && (nextCr === -1 || nextCr >= end);
    if (plain) {
      if (end > at) records.push({ row: line, cells: text.slice(at, end).split(separator) });
      at = lineEnd + 1;
      line += 1;
      continue;
    }
    const read = readRecord(text, at, line, separator.charCodeAt(0));
    if (read === null) return { ok: false, line };
    if (!(read.cells.length === 1 && read.cells[0] === '' && !read.quoted)) records.push({ row: line, cells: read.cells });
    at = read.at;
    line = read.line;
  }
  return { ok: true, records };
}

/** Reads one record from `at` a character at a time; null when its quoting is broken. */
function readRecord(text: string, from: number, startLine: number, separator: number): { cells: string[]; quoted: boolean; at: number; line: number } | null {
  const length = text.length;
  const cells: string[] = [];
  let at = from;
  let line = startLine;
  let quoted = false;
  for (;;) {
    if (text.charCodeAt(at) === QUOTE) {
      quoted = true;
      const field = readQuotedField(text, at);
      if (field === null) return null;
      line += countLineBreaks(field.value);
      cells.push(field.value);
      at = field.end;
      const next = text.charCodeAt(at);
      if (at < length && next !== separator && next !== LF && next !== CR) return null;
    } else {
      let end = at;
      let code = text.charCodeAt(end);
      while (end < length && code !== separator && code !== LF && code !== CR) {
        if (code === QUOTE) return null;
        code = text.charCodeAt(++end);
      }
      cells.push(text.slice(at, end));
      at = end;
    }
    if (text.charCodeAt(at) === separator) {
      at += 1;
      continue;
    }
    if (text.charCodeAt(at) === CR) at += 1;
    if (text.charCodeAt(at) === LF) at += 1;
    return { cells, quoted, at, line: line + 1 };
  }
}

/** The value of the quoted field opening at `open`, and where it ends (just after its closing quote). */
function readQuotedField(text: string, open: number): { value: string; end: number } | null {
  let value = '';
  let from = open + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close === -1) return null;
    value += text.slice(from, close);
    if (text.charCodeAt(close + 1) !== QUOTE) return { value, end: close + 1 };
    value += '"';
    from = close + 2;
  }
}

function countLineBreaks(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code === LF) count += 1;
    else if (code === CR && value.charCodeAt(i + 1) !== LF) count += 1;
  }
  return count;
}
