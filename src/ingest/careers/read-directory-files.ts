import { findRepeatedHeaders, repeatedHeaderReason } from '../csv/repeated-headers.ts';
import { splitCsvRecords } from '../csv/split-csv-records.ts';
import type { ProblemList } from '../report.ts';
import { parseFlag } from './parse-encounter-cells.ts';

export interface EmployerRow {
  readonly name: string;
  readonly cornerstone: boolean;
  readonly sector: string | null;
  readonly location: string | null;
}

export interface AdviserRow {
  readonly name: string;
  readonly urn: number;
  readonly employerName: string | null;
}

/** The rows of a small CSV by lower-case column name, or null (with a problem) when a required column is missing. */
function readTable(text: string, problems: ProblemList, required: readonly string[]): { row: number; get: (column: string) => string }[] | null {
  const split = splitCsvRecords(text);
  if (!split.ok) {
    problems.add({ row: split.line, column: null, value: null, reason: 'A quoted value is not closed, or a quote is inside an unquoted value' });
    return null;
  }
  const [header, ...records] = split.records;
  const columnName = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const repeated = findRepeatedHeaders(header?.cells ?? [], columnName);
  for (const repeat of repeated) problems.add({ row: 1, column: repeat.header, value: null, reason: repeatedHeaderReason(repeat) });
  if (repeated.length > 0) return null;
  const at = new Map((header?.cells ?? []).map((name, index) => [columnName(name), index]));
  const missing = required.filter((c) => !at.has(c));
  if (header === undefined || missing.length > 0) {
    problems.add({ row: 1, column: null, value: null, reason: `The header is missing ${missing.join(', ') || 'every column'}: the columns needed are ${required.join(', ')}` });
    return null;
  }
  return records.map(({ row, cells }) => ({ row, get: (column: string) => (cells[at.get(column) ?? -1] ?? '').trim().replace(/\s+/g, ' ') }));
}

/** Employers: `employer_name` and optionally `cornerstone` (Y/N), `sector`, `location`; one row per employer. */
export function readEmployerFile(text: string, problems: ProblemList): EmployerRow[] {
  const table = readTable(text, problems, ['employer_name']);
  if (table === null) return [];
  const seen = new Map<string, number>();
  const rows: EmployerRow[] = [];
  for (const { row, get } of table) {
    const name = get('employer_name');
    if (name === '' || name.length > 200) {
      problems.add({ row, column: 'employer_name', value: name, reason: 'An employer name is required, at most 200 characters' });
      continue;
    }
    const flag = get('cornerstone') === '' ? { ok: true as const, value: false } : parseFlag(get('cornerstone'));
    if (!flag.ok) {
      problems.add({ row, column: 'cornerstone', value: get('cornerstone'), reason: flag.reason });
      continue;
    }
    const long = (['sector', 'location'] as const).filter((column) => get(column).length > 200);
    for (const column of long) problems.add({ row, column, value: get(column), reason: `The ${column} must be 200 characters or fewer` });
    if (long.length > 0) continue;
    const earlier = seen.get(name.toLowerCase());
    if (earlier !== undefined) {
      problems.add({ row, column: 'employer_name', value: name, reason: `This employer is already at row ${String(earlier)}` });
      continue;
    }
    seen.set(name.toLowerCase(), row);
    rows.push({ name, cornerstone: flag.value, sector: get('sector') || null, location: get('location') || null });
  }
  return rows;
}

/** Enterprise Advisers matched to schools: `adviser_name`, `urn` and optionally `employer_name`; one row per adviser and school. */
export function readAdviserFile(text: string, problems: ProblemList): AdviserRow[] {
  const table = readTable(text, problems, ['adviser_name', 'urn']);
  if (table === null) return [];
  const rows: AdviserRow[] = [];
  for (const { row, get } of table) {
    const name = get('adviser_name');
    const urn = get('urn');
    if (name === '' || name.length > 200) problems.add({ row, column: 'adviser_name', value: name, reason: 'An adviser’s name is required, at most 200 characters' });
    if (!/^\d{6}$/.test(urn)) problems.add({ row, column: 'urn', value: urn, reason: 'A URN must be 6 digits, like 141257' });
    const employer = get('employer_name');
    if (employer.length > 200) problems.add({ row, column: 'employer_name', value: employer, reason: 'An employer name is at most 200 characters' });
    if (name === '' || name.length > 200 || !/^\d{6}$/.test(urn) || employer.length > 200) continue;
    rows.push({ name, urn: Number(urn), employerName: employer || null });
  }
  return rows;
}
