import { academicYearOf, firstSecondaryYear, formatAcademicYear, parseEncounterType, parseUpn } from '../../domain/careers/index.ts';
import type { LedgerRow } from '../../storage/repositories/careers-ledger.repository.ts';
import { findRepeatedHeaders, repeatedHeaderReason } from '../csv/repeated-headers.ts';
import { splitCsvRecords, type CsvRecord } from '../csv/split-csv-records.ts';
import type { Problem, ProblemList } from '../report.ts';
import { parseDay, parseFlag, parseOptionalDay, parseYearGroup } from './parse-encounter-cells.ts';

/** The columns a school's encounter export must have, and the one it may have. */
export const REQUIRED_COLUMNS = ['upn', 'urn', 'year_group', 'fsm', 'encounter_date', 'encounter_type', 'employer_name'] as const;
export const OPTIONAL_COLUMNS = ['leaving_date'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

const columnName = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, '_');

export interface ReadEncounterOptions {
  /** UPN → pseudonym; the UPN goes no further than this. */
  readonly pseudonymise: (upn: string) => string;
  /** The academic year the file's year groups describe. */
  readonly asAt: number;
}

/** Where each known column is in a file's header. */
export type EncounterHeader = ReadonlyMap<Column, number>;

/** Anything that collects problems: a `ProblemList`, or the streaming importer's rows. */
export interface ProblemSink {
  add(problem: Omit<Problem, 'file'>): void;
}

/**
 * Finds the columns in a header row, reporting a repeated known column or a missing required one (and
 * returning null then, as nothing below can be read).
 */
export function readEncounterHeader(cells: readonly string[], problems: ProblemSink): EncounterHeader | null {
  const repeated = findRepeatedHeaders([...cells], columnName);
  for (const repeat of repeated) problems.add({ row: 1, column: repeat.header, value: null, reason: repeatedHeaderReason(repeat) });
  if (repeated.length > 0) return null;
  const at = new Map<Column, number>();
  cells.forEach((name, index) => {
    const column = columnName(name) as Column;
    if ((REQUIRED_COLUMNS as readonly string[]).includes(column) || (OPTIONAL_COLUMNS as readonly string[]).includes(column)) at.set(column, index);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !at.has(c));
  if (missing.length > 0) {
    problems.add({ row: 1, column: null, value: null, reason: `The header is missing ${missing.join(', ')}: the columns needed are ${REQUIRED_COLUMNS.join(', ')}` });
    return null;
  }
  return at;
}

/**
 * Checks one row on its own: every cell, the UPN's check letter, and that the encounter falls in the
 * pupil's secondary years so far. Returns the row with its UPN replaced by its pseudonym, or null after
 * reporting what is wrong (never quoting a UPN). What needs other rows (one pupil's rows agreeing, a row
 * repeating another) is checked by the caller.
 */
export function checkEncounterRecord(header: EncounterHeader, { row, cells }: CsvRecord, problems: ProblemSink, options: ReadEncounterOptions): LedgerRow | null {
  const cell = (column: Column) => {
    const index = header.get(column);
    return index === undefined ? '' : (cells[index] ?? '');
  };
  const state = { good: true };
  const check = <T>(column: Column, result: { ok: true; value: T } | { ok: false; reason: string }, showValue = true): T | undefined => {
    if (result.ok) return result.value;
    state.good = false;
    problems.add({ row, column, value: showValue ? cell(column) : null, reason: result.reason });
    return undefined;
  };
  const upnResult = parseUpn(cell('upn'));
  const upn = check('upn', upnResult.ok ? upnResult : { ok: false, reason: upnResult.error }, false);
  const urnText = cell('urn').trim();
  const urn = check('urn', /^\d{6}$/.test(urnText) ? { ok: true, value: Number(urnText) } : { ok: false, reason: 'A URN must be 6 digits, like 141257' });
  const yearGroup = check('year_group', parseYearGroup(cell('year_group')));
  const fsm = check('fsm', parseFlag(cell('fsm')));
  const date = check('encounter_date', parseDay(cell('encounter_date')));
  const typeResult = parseEncounterType(cell('encounter_type'));
  const type = check('encounter_type', typeResult.ok ? typeResult : { ok: false, reason: typeResult.error });
  const employer = cell('employer_name').trim().replace(/\s+/g, ' ');
  if (employer.length > 200) check('employer_name', { ok: false, reason: 'An employer name is at most 200 characters' });
  const leavingDate = check('leaving_date', parseOptionalDay(cell('leaving_date')));
  if (!state.good || upn === undefined || urn === undefined || yearGroup === undefined || fsm === undefined || date === undefined || type === undefined || leavingDate === undefined) return null;

  const academicYear = academicYearOf(date);
  const first = firstSecondaryYear(yearGroup, options.asAt);
  if (academicYear < first || academicYear > options.asAt) {
    problems.add({
      row,
      column: 'encounter_date',
      value: date,
      reason: `A pupil in year ${String(yearGroup)} in ${formatAcademicYear(options.asAt)} was in secondary school from 1 September ${String(first)}: the date must be from then to 31 August ${String(options.asAt + 1)}`,
    });
    return null;
  }
  return { pseudonym: options.pseudonymise(upn), urn, yearGroup, fsm, asAt: options.asAt, leavingDate, date, academicYear, type, employerName: employer === '' ? null : employer };
}

/** Why a row's pupil facts differ from the pupil's first row. */
export function differingPupilReason(firstRow: number): string {
  return `This pupil’s URN, year group, FSM or leaving date differs from row ${String(firstRow)}: one pupil must have one of each`;
}

/** Why a row repeats an earlier one. */
export function repeatedEncounterReason(firstRow: number): string {
  return `This repeats the encounter at row ${String(firstRow)}: the same pupil, date, type and employer`;
}

/** Why a file with a header has no rows. */
export const NO_ENCOUNTERS = 'The file has a header but no encounters';

/**
 * Checks an encounter export held in memory row by row, collecting every problem with its row and column,
 * and returns the rows with each UPN replaced by its pseudonym. A problem never quotes a UPN (its value is
 * left out), so reports and logs cannot leak one. Rows for one pupil must agree on school, year group, FSM
 * and leaving date; an encounter must fall in the pupil's secondary years so far; a row repeating another
 * is refused. `importEncounters` checks the same while streaming a file of any size.
 */
export function readEncounterFile(text: string, problems: ProblemList, options: ReadEncounterOptions): LedgerRow[] {
  const split = splitCsvRecords(text);
  if (!split.ok) {
    problems.add({ row: split.line, column: null, value: null, reason: BROKEN_QUOTES });
    return [];
  }
  const [header, ...records] = split.records;
  if (header === undefined) {
    problems.add({ row: null, column: null, value: null, reason: EMPTY_FILE });
    return [];
  }
  const at = readEncounterHeader(header.cells, problems);
  if (at === null) return [];

  const rows: LedgerRow[] = [];
  const pupils = new Map<string, { row: number; facts: string }>();
  const seen = new Map<string, number>();
  for (const record of records) {
    const checked = checkEncounterRecord(at, record, problems, options);
    if (checked === null) continue;
    const { row } = record;
    const { pseudonym, urn, yearGroup, fsm, leavingDate, date, type } = checked;
    const facts = `${String(urn)}|${String(yearGroup)}|${String(fsm)}|${leavingDate ?? ''}`;
    const earlier = pupils.get(pseudonym);
    if (earlier === undefined) pupils.set(pseudonym, { row, facts });
    else if (earlier.facts !== facts) {
      problems.add({ row, column: null, value: null, reason: differingPupilReason(earlier.row) });
      continue;
    }
    const key = `${pseudonym}|${date}|${type}|${(checked.employerName ?? '').toLowerCase()}`;
    const repeated = seen.get(key);
    if (repeated !== undefined) {
      problems.add({ row, column: null, value: null, reason: repeatedEncounterReason(repeated) });
      continue;
    }
    seen.set(key, row);
    rows.push(checked);
  }
  if (records.length === 0) problems.add({ row: null, column: null, value: null, reason: NO_ENCOUNTERS });
  return rows;
}

/** Why a file's quoting cannot be read. */
export const BROKEN_QUOTES = 'A quoted value is not closed, or a quote is inside an unquoted value';

/** Why a file with nothing in it is refused. */
export const EMPTY_FILE = 'The file is empty: it needs a header row and at least one encounter';
