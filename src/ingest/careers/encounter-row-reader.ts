import { isNormalisedUpn, parseEncounterType, ENCOUNTER_TYPES } from '../../domain/careers/index.ts';
import type { StagedRow } from '../../storage/repositories/careers/file-row-batches.ts';
import type { CsvRecord } from '../csv/split-csv-records.ts';
import { checkEncounterRecord, type EncounterHeader, type ProblemSink, type ReadEncounterOptions } from './read-encounter-file.ts';
import { parseOptionalDay } from './parse-encounter-cells.ts';
import { TextRangeMap } from '../csv/text-range-map.ts';

/** Distinct raw spellings of types and employers remembered before starting afresh: memory stays bounded. */
const SPELLINGS_REMEMBERED = 20_000;

/**
 * Checks an export's rows one by one as `checkEncounterRecord` does, quickly for the cells nearly every
 * file is made of: a normalised UPN (the pupil's last one remembered with its pseudonym), six-digit URN,
 * year group as digits, FSM as Y or N, a day as DD/MM/YYYY or YYYY-MM-DD, and a type, employer and leaving
 * date spelt as seen before (each spelling read once by the shared parsers). Any row with a cell written
 * otherwise, or with anything wrong, is handed whole to `checkEncounterRecord`, so what is accepted, its
 * values and every problem and message are that function's. One reader per file; `read` and `readLine`
 * return the same object each time, filled in for the row (valid until the next call), or null after
 * reporting the row's problems.
 *
 * The quick check reads a row where it lies in the text (`readLine`): its cells are found as places in
 * the text and read a character at a time, and the spellings are looked up by place too, so a row written
 * the usual way makes no string or array of its own (only each new pupil's UPN does).
 */
export class EncounterRowReader {
  readonly #upnAt: number;
  readonly #urnAt: number;
  readonly #yearAt: number;
  readonly #fsmAt: number;
  readonly #dateAt: number;
  readonly #typeAt: number;
  readonly #employerAt: number;
  readonly #leavingAt: number;
  /** Where each of the first `#cells` cells of the row being read starts and ends, end to end. */
  readonly #bounds: Int32Array;
  readonly #cells: number;
  #lastUpn = '';
  #lastPseudonym = '';
  readonly #types = new TextRangeMap<number>(SPELLINGS_REMEMBERED);
  readonly #employers = new TextRangeMap<string | null>(SPELLINGS_REMEMBERED);
  /** Leaving dates as read (null for none), false when not a date. */
  readonly #leavingDates = new TextRangeMap<string | null | false>(SPELLINGS_REMEMBERED);
  readonly #row: { -readonly [K in keyof StagedRow]: StagedRow[K] };

  constructor(
    private readonly header: EncounterHeader,
    private readonly problems: ProblemSink,
    private readonly options: ReadEncounterOptions,
  ) {
    const at = (column: Parameters<EncounterHeader['get']>[0]) => header.get(column) ?? -1;
    this.#upnAt = at('upn');
    this.#urnAt = at('urn');
    this.#yearAt = at('year_group');
    this.#fsmAt = at('fsm');
    this.#dateAt = at('encounter_date');
    this.#typeAt = at('encounter_type');
    this.#employerAt = at('employer_name');
    this.#leavingAt = at('leaving_date');
    this.#cells = Math.max(this.#upnAt, this.#urnAt, this.#yearAt, this.#fsmAt, this.#dateAt, this.#typeAt, this.#employerAt, this.#leavingAt) + 1;
    this.#bounds = new Int32Array(this.#cells * 2);
    this.#row = { pseudonym: '', urn: 0, yearGroup: 0, fsm: false, asAt: options.asAt, leavingDate: null, day: 0, academicYear: 0, typeCode: 0, employerName: null };
  }

  /** Reads a record already split into cells. */
  read(record: CsvRecord): StagedRow | null {
    const { cells } = record;
    // Cells holding no comma are read where they lie in the row's text, made again; any other goes to the full check.
    for (const cell of cells) if (cell.includes(',')) return this.#readFully(record);
    const text = cells.join(',');
    return this.#readQuickly(text, 0, text.length) ? this.#row : this.#readFully(record);
  }

  /**
   * Reads the record that is `text` from `start` up to `end` (a line with no quote or CR in it, from line
   * `row` of the file), its cells separated by commas as `splitCsvRecords` splits it.
   */
  readLine(text: string, start: number, end: number, row: number): StagedRow | null {
    return this.#readQuickly(text, start, end) ? this.#row : this.#readFully({ row, cells: text.slice(start, end).split(',') });
  }

  /** Finds where the cells the reader needs start and end; a cell the row does not have is empty. */
  #findCells(text: string, start: number, end: number): void {
    const bounds = this.#bounds;
    const count = this.#cells;
    let at = start;
    let i = 0;
    while (i < count) {
      bounds[2 * i] = at;
      const comma = text.indexOf(',', at);
      i += 1;
      if (comma === -1 || comma >= end) {
        bounds[2 * i - 1] = end;
        break;
      }
      bounds[2 * i - 1] = comma;
      at = comma + 1;
    }
    for (; i < count; i += 1) {
      bounds[2 * i] = end;
      bounds[2 * i + 1] = end;
    }
  }

  /** Fills the row from cells written the usual way; false when any is not (nothing reported then). */
  #readQuickly(text: string, start: number, end: number): boolean {
    this.#findCells(text, start, end);
    // Read straight from the bounds (no closure per row): cell c is from bounds[2c] up to bounds[2c + 1].
    const b = this.#bounds;
    const urnAt = 2 * this.#urnAt;
    const yearAt = 2 * this.#yearAt;
    const fsmAt = 2 * this.#fsmAt;
    const dateAt = 2 * this.#dateAt;
    const urn = digitsValue(text, b[urnAt] ?? 0, b[urnAt + 1] ?? 0, 6, 6);
    const yearGroup = digitsValue(text, b[yearAt] ?? 0, b[yearAt + 1] ?? 0, 1, 2);
    const fsmFrom = b[fsmAt] ?? 0;
    const fsm = (b[fsmAt + 1] ?? 0) - fsmFrom === 1 ? text.charCodeAt(fsmFrom) : -1;
    const day = dayNumber(text, b[dateAt] ?? 0, b[dateAt + 1] ?? 0);
    if (urn < 0 || yearGroup < 7 || yearGroup > 13 || day < 0 || (fsm !== Y && fsm !== N)) return false;
    const typeAt = 2 * this.#typeAt;
    const type = this.#typeCode(text, b[typeAt] ?? 0, b[typeAt + 1] ?? 0);
    if (type < 0) return false;
    const employerAt = 2 * this.#employerAt;
    const employer = this.#employerName(text, b[employerAt] ?? 0, b[employerAt + 1] ?? 0);
    if (employer === undefined) return false;
    let leavingDate: string | null = null;
    if (this.#leavingAt >= 0) {
      const leavingAt = 2 * this.#leavingAt;
      const leaving = this.#leavingDate(text, b[leavingAt] ?? 0, b[leavingAt + 1] ?? 0);
      if (leaving === false) return false;
      leavingDate = leaving;
    }
    const year = Math.floor(day / 10_000);
    const academicYear = Math.floor(day / 100) % 100 >= 9 ? year : year - 1;
    // Outside the pupil's secondary years so far: the full check words the problem.
    if (academicYear < this.options.asAt - (yearGroup - 7) || academicYear > this.options.asAt) return false;
    // The pupil's rows are together: their UPN is checked and pseudonymised once.
    const upnAt = 2 * this.#upnAt;
    const upnFrom = b[upnAt] ?? 0;
    const upnLength = (b[upnAt + 1] ?? 0) - upnFrom;
    if (upnLength === 0 || upnLength !== this.#lastUpn.length || !text.startsWith(this.#lastUpn, upnFrom)) {
      const upn = text.slice(upnFrom, upnFrom + upnLength);
      if (!isNormalisedUpn(upn)) return false;
      this.#lastPseudonym = this.options.pseudonymise(upn);
      this.#lastUpn = upn;
    }
    const row = this.#row;
    row.pseudonym = this.#lastPseudonym;
    row.urn = urn;
    row.yearGroup = yearGroup;
    row.fsm = fsm === Y;
    row.leavingDate = leavingDate;
    row.day = day;
    row.academicYear = academicYear;
    row.typeCode = type;
    row.employerName = employer;
    return true;
  }

  #readFully(record: CsvRecord): StagedRow | null {
    const checked = checkEncounterRecord(this.header, record, this.problems, this.options);
    if (checked === null) return null;
    const row = this.#row;
    row.pseudonym = checked.pseudonym;
    row.urn = checked.urn;
    row.yearGroup = checked.yearGroup;
    row.fsm = checked.fsm;
    row.leavingDate = checked.leavingDate;
    row.day = Number(checked.date.replaceAll('-', ''));
    row.academicYear = checked.academicYear;
    row.typeCode = (ENCOUNTER_TYPES as readonly string[]).indexOf(checked.type);
    row.employerName = checked.employerName;
    return row;
  }

  /** The type's place in ENCOUNTER_TYPES, or -1 when this spelling is not a type. */
  #typeCode(text: string, from: number, to: number): number {
    let code = this.#types.get(text, from, to);
    if (code === undefined) {
      const cell = text.slice(from, to);
      const parsed = parseEncounterType(cell);
      code = parsed.ok ? ENCOUNTER_TYPES.indexOf(parsed.value) : -1;
      this.#types.set(cell, code);
    }
    return code;
  }

  /** The employer's name as the full check gives it (null for none), or undefined when it is too long. */
  #employerName(text: string, from: number, to: number): string | null | undefined {
    let name = this.#employers.get(text, from, to);
    if (name === undefined) {
      const cell = text.slice(from, to);
      const tidied = cell.trim().replace(/\s+/g, ' ');
      if (tidied.length > 200) return undefined;
      name = tidied === '' ? null : tidied;
      this.#employers.set(cell, name);
    }
    return name;
  }

  /** The leaving date as the full check gives it (null for none), or false when it is not a date. */
  #leavingDate(text: string, from: number, to: number): string | null | false {
    if (from === to) return null;
    let date = this.#leavingDates.get(text, from, to);
    if (date === undefined) {
      const cell = text.slice(from, to);
      const parsed = parseOptionalDay(cell);
      date = parsed.ok ? parsed.value : false;
      this.#leavingDates.set(cell, date);
    }
    return date;
  }
}

const Y = 89;
const N = 78;

/** The value of `text` from `from` up to `to` when it is `min` to `max` ASCII digits and nothing else; -1 otherwise. */
function digitsValue(text: string, from: number, to: number, min: number, max: number): number {
  const length = to - from;
  if (length < min || length > max) return -1;
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A day written exactly `DD/MM/YYYY` or `YYYY-MM-DD` (`text` from `from` up to `to`) as yyyymmdd, or -1 when
 * it is written otherwise or is no such day. Years before 100 are left to the full check (its calendar reads
 * them as 19xx).
 */
function dayNumber(text: string, from: number, to: number): number {
  if (to - from !== 10) return -1;
  let year: number;
  let month: number;
  let day: number;
  if (text.charCodeAt(from + 2) === 47 && text.charCodeAt(from + 5) === 47) {
    day = digitsAt(text, from, 2);
    month = digitsAt(text, from + 3, 2);
    year = digitsAt(text, from + 6, 4);
  } else if (text.charCodeAt(from + 4) === 45 && text.charCodeAt(from + 7) === 45) {
    year = digitsAt(text, from, 4);
    month = digitsAt(text, from + 5, 2);
    day = digitsAt(text, from + 8, 2);
  } else return -1;
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 10_000 + month * 100 + day;
}

function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}
