import { findRepeatedHeaders, repeatedHeaderReason } from '../csv/repeated-headers.ts';
import { splitCsvRecords } from '../csv/split-csv-records.ts';
import type { ProblemList } from '../report.ts';

export const columnName = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** One data row of a CSV file: its spreadsheet row number and a reader of its cells by column name. */
export interface TableRow<C extends string> {
  readonly row: number;
  readonly cell: (column: C) => string;
}

/**
 * Splits a CSV file and checks its header holds every `required` column (case, spaces and dashes aside,
 * none twice); `optional` columns are read when present. Problems go to `problems`; on one, no rows.
 */
export function readTable<C extends string>(text: string, problems: ProblemList, required: readonly C[], optional: readonly C[], what: string): TableRow<C>[] {
  const split = splitCsvRecords(text);
  if (!split.ok) {
    problems.add({ row: split.line, column: null, value: null, reason: 'A quoted value is not closed, or a quote is inside an unquoted value' });
    return [];
  }
  const [header, ...records] = split.records;
  if (header === undefined) {
    problems.add({ row: null, column: null, value: null, reason: `The file is empty: it needs a header row and at least one ${what}` });
    return [];
  }
  const repeated = findRepeatedHeaders(header.cells, columnName);
  for (const repeat of repeated) problems.add({ row: 1, column: repeat.header, value: null, reason: repeatedHeaderReason(repeat) });
  if (repeated.length > 0) return [];
  const at = new Map<string, number>();
  header.cells.forEach((name, index) => at.set(columnName(name), index));
  const missing = required.filter((c) => !at.has(c));
  if (missing.length > 0) {
    problems.add({ row: 1, column: null, value: null, reason: `The header is missing ${missing.join(', ')}: the columns needed are ${required.join(', ')}` });
    return [];
  }
  if (records.length === 0) {
    problems.add({ row: null, column: null, value: null, reason: `The file has a header but no ${what}` });
    return [];
  }
  const known = new Set<string>([...required, ...optional]);
  return records.map(({ row, cells }) => ({
    row,
    cell: (column: C) => {
      const index = known.has(column) ? at.get(column) : undefined;
      return index === undefined ? '' : (cells[index] ?? '');
    },
  }));
}
