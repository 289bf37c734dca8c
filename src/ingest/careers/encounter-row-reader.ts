import { isNormalisedUpn, parseEncounterType, ENCOUNTER_TYPES } from '../../domain/careers/index.ts';
import type { StagedRow } from '../../storage/repositories/careers/file-row-batches.ts';
import type { CsvRecord } from '../csv/split-csv-records.ts';
import { checkEncounterRecord, type EncounterHeader, type ProblemSink, type ReadEncounterOptions } from './read-encounter-file.ts';
import { parseOptionalDay } from './parse-encounter-cells.ts';

/** Distinct raw spellings of types and employers remembered before starting afresh: memory stays bounded. */
const SPELLINGS_REMEMBERED = 20_000;

/**
 * Checks an export's rows one by one as `checkEncounterRecord` does, quickly for the cells nearly every
 * file is made of: a normalised UPN (the pupil's last one remembered with its pseudonym), six-digit URN,
 * year group as digits, FSM as Y or N, a day as DD/MM/YYYY or YYYY-MM-DD, and a type and employer spelt
 * as seen before (each spelling read once by the shared parsers). Any row with a cell written otherwise,
 * or with anything wrong, is handed whole to `checkEncounterRecord`, so what is accepted, its values and
 * every problem and message are that function's. One reader per file; `read` returns the same object each
 * time, filled in for the row (valid until the next call), or null after reporting the row's problems.
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
  #lastUpn = '';
  #lastPseudonym = '';
  readonly #types = new Map<string, number>();
  readonly #employers = new Map<string, string | null>();
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
    this.#row = { pseudonym: '', urn: 0, yearGroup: 0, fsm: false, asAt: options.asAt, leavingDate: null, day: 0, academicYear: 0, typeCode: 0, employerName: null };
  }

  read(record: CsvRecord): StagedRow | null {
    return this.#readQuickly(record.cells) ? this.#row : this.#readFully(record);
  }

  /** Fills the row from cells written the usual way; false when any is not (nothing reported then). */
  #readQuickly(cells: readonly string[]): boolean {
    const upn = cells[this.#upnAt] ?? '';
    const urn = digitsValue(cells[this.#urnAt] ?? '', 6, 6);
    const yearGroup = digitsValue(cells[this.#yearAt] ?? '', 1, 2);
    const fsmCell = cells[this.#fsmAt] ?? '';
    const day = dayNumber(cells[this.#dateAt] ?? '');
    if (urn < 0 || yearGroup < 7 || yearGroup > 13 || day < 0 || (fsmCell !== 'Y' && fsmCell !== 'N')) return false;
    const type = this.#typeCode(cells[this.#typeAt] ?? '');
    if (type < 0) return false;
    const employer = this.#employerName(cells[this.#employerAt] ?? '');
    if (employer === undefined) return false;
    let leavingDate: string | null = null;
    if (this.#leavingAt >= 0) {
      const leaving = cells[this.#leavingAt] ?? '';
      if (leaving !== '') {
        const parsed = parseOptionalDay(leaving);
        if (!parsed.ok) return false;
        leavingDate = parsed.value;
      }
    }
    const year = Math.floor(day / 10_000);
    const academicYear = Math.floor(day / 100) % 100 >= 9 ? year : year - 1;
    // Outside the pupil's secondary years so far: the full check words the problem.
    if (academicYear < this.options.asAt - (yearGroup - 7) || academicYear > this.options.asAt) return false;
    // The pupil's rows are together: their UPN is checked and pseudonymised once.
    if (upn !== this.#lastUpn || upn === '') {
      if (!isNormalisedUpn(upn)) return false;
      this.#lastPseudonym = this.options.pseudonymise(upn);
      this.#lastUpn = upn;
    }
    const row = this.#row;
    row.pseudonym = this.#lastPseudonym;
    row.urn = urn;
    row.yearGroup = yearGroup;
    row.fsm = fsmCell === 'Y';
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
  #typeCode(cell: string): number {
    let code = this.#types.get(cell);
    if (code === undefined) {
      const parsed = parseEncounterType(cell);
      code = parsed.ok ? ENCOUNTER_TYPES.indexOf(parsed.value) : -1;
      if (this.#types.size >= SPELLINGS_REMEMBERED) this.#types.clear();
      this.#types.set(cell, code);
    }
    return code;
  }

  /** The employer's name as the full check gives it (null for none), or undefined when it is too long. */
  #employerName(cell: string): string | null | undefined {
    let name = this.#employers.get(cell);
    if (name === undefined) {
      const tidied = cell.trim().replace(/\s+/g, ' ');
      if (tidied.length > 200) return undefined;
      name = tidied === '' ? null : tidied;
      if (this.#employers.size >= SPELLINGS_REMEMBERED) this.#employers.clear();
      this.#employers.set(cell, name);
    }
    return name;
  }
}

/** The value of `text` when it is `min` to `max` ASCII digits and nothing else; -1 otherwise. */
function digitsValue(text: string, min: number, max: number): number {
  const length = text.length;
  if (length < min || length > max) return -1;
  let value = 0;
  for (let i = 0; i < length; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A day written exactly `DD/MM/YYYY` or `YYYY-MM-DD` as yyyymmdd, or -1 when it is written otherwise or is
 * no such day. Years before 100 are left to the full check (its calendar reads them as 19xx).
 */
function dayNumber(text: string): number {
  if (text.length !== 10) return -1;
  let year: number;
  let month: number;
  let day: number;
  if (text.charCodeAt(2) === 47 && text.charCodeAt(5) === 47) {
    day = digitsAt(text, 0, 2);
    month = digitsAt(text, 3, 2);
    year = digitsAt(text, 6, 4);
  } else if (text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    year = digitsAt(text, 0, 4);
    month = digitsAt(text, 5, 2);
    day = digitsAt(text, 8, 2);
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
