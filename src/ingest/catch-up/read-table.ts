import { findRepeatedHeaders, repeatedHeaderReason } from '../csv/repeated-headers.ts';
import { splitCsvRecords } from '../csv/split-csv-records.ts';
import type { ProblemList } from '../report.ts';

export const columnName = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** A data row: its line in the file and its cells by column name ('' where missing). */
export interface TableRow {
  readonly row: number;
  readonly get: (column: string) => string;
}

/**
 * The rows of an export by column name, or null with a problem when the file cannot be read as one: a
 * quote never closed, a repeated header, a required column missing, or no rows at all.
 */
export function readTable(text: string, problems: ProblemList, required: readonly string[], what: string): TableRow[] | null {
  const split = splitCsvRecords(text);
  if (!split.ok) {
    problems.add({ row: split.line, column: null, value: null, reason: 'A quoted value is not closed, or a quote is inside an unquoted value' });
    return null;
  }
  const [header, ...records] = split.records;
  if (header === undefined) {
    problems.add({ row: null, column: null, value: null, reason: `The file is empty: it needs a header row and at least one ${what}` });
    return null;
  }
  const repeated = findRepeatedHeaders(header.cells, columnName);
  for (const repeat of repeated) problems.add({ row: 1, column: repeat.header, value: null, reason: repeatedHeaderReason(repeat) });
  if (repeated.length > 0) return null;
  const at = new Map(header.cells.map((name, index) => [columnName(name), index]));
  const missing = required.filter((c) => !at.has(c));
  if (missing.length > 0) {
    problems.add({ row: 1, column: null, value: null, reason: `The header is missing ${missing.join(', ')}: the columns needed are ${required.join(', ')}` });
    return null;
  }
  if (records.length === 0) {
    problems.add({ row: null, column: null, value: null, reason: `The file has a header but no ${what} rows` });
    return null;
  }
  return records.map(({ row, cells }) => ({ row, get: (column: string) => cells[at.get(column) ?? -1] ?? '' }));
}
