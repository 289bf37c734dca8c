import { splitCsvRecords } from './split-csv-records.ts';

export interface CsvTable {
  readonly headers: readonly string[];
  /** Data rows with their 1-based line number in the file (the header is row 1). */
  readonly rows: readonly { readonly row: number; readonly cells: readonly string[] }[];
}

export interface CsvProblem {
  readonly row: number | null;
  readonly reason: string;
}

export type CsvParseResult = { readonly ok: true; readonly table: CsvTable } | { readonly ok: false; readonly problems: readonly CsvProblem[] };

/**
 * Parses CSV text: RFC 4180 quoting, CRLF or LF, blank lines skipped (so trailing blank lines are fine).
 * Refuses an empty file, a file whose header looks semicolon- or tab-separated, a quote never closed or
 * out of place, and every row whose number of cells differs from the header's, naming each row.
 * With `separator: ';'` the values are separated by semicolons instead, and a comma-separated header is refused.
 */
export function parseCsv(text: string, options: { readonly separator?: ',' | ';' } = {}): CsvParseResult {
  const separator = options.separator ?? ',';
  const fail = (row: number | null, reason: string): CsvParseResult => ({ ok: false, problems: [{ row, reason }] });
  if (text.trim() === '') return fail(null, 'The file is empty: expected a header row and data rows');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (separator === ';' && !firstLine.includes(';') && firstLine.includes(',')) return fail(1, 'The file is separated by commas, not semicolons');
  if (separator === ',' && !firstLine.includes(',')) {
    if (firstLine.includes(';')) return fail(1, 'The file is separated by semicolons; save it as comma-separated values (CSV)');
    if (firstLine.includes('\t')) return fail(1, 'The file is separated by tabs; save it as comma-separated values (CSV)');
  }
  const split = splitCsvRecords(text, separator);
  if (!split.ok) return fail(split.line, 'A quoted value is never closed: the file may be cut short, or a value has a stray quote mark');
  const [header, ...rows] = split.records;
  if (header === undefined) return fail(null, 'The file is empty: expected a header row and data rows');
  const headers = header.cells.map((h) => h.trim());
  const problems: CsvProblem[] = [];
  for (const { row, cells } of rows) {
    if (cells.length !== headers.length) {
      problems.push({ row, reason: `This row has ${String(cells.length)} value${cells.length === 1 ? '' : 's'} but the header has ${String(headers.length)} columns` });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return fail(null, 'The file has a header row but no data rows');
  return { ok: true, table: { headers, rows } };
}
