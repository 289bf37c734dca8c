import { parse } from 'csv-parse/sync';

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

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Parses CSV text: RFC 4180 quoting, CRLF or LF, blank lines skipped (so trailing blank lines are fine).
 * Refuses an empty file, a file whose header looks semicolon- or tab-separated, a quote never closed,
 * and every row whose number of cells differs from the header's, naming each row.
 */
export function parseCsv(text: string): CsvParseResult {
  const fail = (row: number | null, reason: string): CsvParseResult => ({ ok: false, problems: [{ row, reason }] });
  if (text.trim() === '') return fail(null, 'The file is empty: expected a header row and data rows');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (!firstLine.includes(',')) {
    if (firstLine.includes(';')) return fail(1, 'The file is separated by semicolons; save it as comma-separated values (CSV)');
    if (firstLine.includes('\t')) return fail(1, 'The file is separated by tabs; save it as comma-separated values (CSV)');
  }
  let records: ParsedRecord[];
  try {
    records = parseWithLineNumbers(text);
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : null;
    const message = error instanceof Error ? error.message : String(error);
    return fail(
      line,
      /quote/i.test(message)
        ? 'A quoted value is never closed: the file may be cut short, or a value has a stray quote mark'
        : `The file is not valid CSV: ${message}`,
    );
  }
  const [header, ...data] = records;
  if (header === undefined) return fail(null, 'The file is empty: expected a header row and data rows');
  const headers = header.record.map((h) => h.trim());
  const rows = data.map(({ record, info }) => ({ row: info.lines, cells: record }));
  const problems = rows
    .filter(({ cells }) => cells.length !== headers.length)
    .map(({ row, cells }) => ({ row, reason: `This row has ${String(cells.length)} value${cells.length === 1 ? '' : 's'} but the header has ${String(headers.length)} columns` }));
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return fail(null, 'The file has a header row but no data rows');
  return { ok: true, table: { headers, rows } };
}

/**
 * Each record with the line it ends on. Asking csv-parse for line info costs about a third of its time on a
 * national file, so when no value spans lines (one record per physical line, the usual case) the numbers
 * are counted here instead; otherwise csv-parse is asked for them.
 */
function parseWithLineNumbers(text: string): ParsedRecord[] {
  const plain = parse(text, { skip_empty_lines: false, relax_column_count: true });
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  if (plain.length !== lines.length) {
    return parse(text, { skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as ParsedRecord[];
  }
  const records: ParsedRecord[] = [];
  plain.forEach((record, index) => {
    if (record.length === 1 && record[0] === '') return;
    records.push({ record, info: { lines: index + 1 } });
  });
  return records;
}
