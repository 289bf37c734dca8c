import type { Cell } from '../../bulk-insert.ts';

/**
 * A write's rows made into batches for its temporary tables (`file-rows.ts`): numbers and a few strings
 * only, with no database in reach, so a thread reading a file can make them while another writes them.
 */
export const RUN_COLUMNS = ['run', 'pseudonym', 'urn', 'year_group', 'fsm', 'as_at', 'leaving_date', 'first_seq', 'last_seq', 'encounters', 'encounter_years'] as const;
export const ROW_COLUMNS = ['seq', 'line', 'run', 'encounter_day', 'academic_year', 'type_code', 'employer', 'repeats'] as const;
export const EMPLOYER_COLUMNS = ['number', 'employer_key', 'employer_name', 'first_seq'] as const;

/** Rows appended to the database at a time: with one run and a few thousand employer names, all a writer holds. */
export const FILE_ROWS_BATCH = 5_000;

/** Employer names a writer numbers before starting afresh (a name seen again then gets a new number). */
const EMPLOYERS_REMEMBERED = 100_000;

/** How employer names are matched: `  Acme   LTD ` and `acme ltd` are one employer. */
export function employerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 200);
}

/**
 * One batch: `rows` holds `rowCount` rows of ROW_COLUMNS end to end (`repeats` 0 for none); `runs` and
 * `employers` the runs closed and employers first named since the last batch, their columns end to end.
 */
export interface FileRowBatch {
  readonly rows: Int32Array;
  readonly rowCount: number;
  readonly runs: Cell[];
  readonly employers: Cell[];
}

/**
 * One checked row as the write's tables take it: a `LedgerRow` with its day as yyyymmdd and its type as
 * its code (`encounterDay`, `typeCode`), so a file's reader need not spell them out again.
 */
export interface StagedRow {
  readonly pseudonym: string;
  readonly urn: number;
  readonly yearGroup: number;
  readonly fsm: boolean;
  readonly asAt: number;
  readonly leavingDate: string | null;
  readonly day: number;
  readonly academicYear: number;
  readonly typeCode: number;
  readonly employerName: string | null;
}

/** Pseudonyms remembered exactly before `SeenPseudonyms` keeps them in its filter instead. */
const SEEN_EXACTLY = 50_000;
/** The filter's size in bits (16 MB) and how many bits each pseudonym sets. */
const FILTER_BITS = 2 ** 27;
const FILTER_HASHES = 4;

/**
 * The pseudonyms of a write's runs so far, to tell whether a pupil's rows are in more than one run without
 * holding every pseudonym: the first SEEN_EXACTLY exactly, then a Bloom filter of fixed size. `add` may
 * say a new pseudonym was seen (about once in a few million runs for a national file), never the reverse,
 * so a "no" is certain and a "maybe" is checked in the database.
 */
class SeenPseudonyms {
  #exact: Set<string> | null = new Set();
  #bits: Uint8Array | null = null;

  /** Notes `pseudonym`; true when it may have been noted before. */
  add(pseudonym: string): boolean {
    if (this.#exact !== null) {
      if (this.#exact.has(pseudonym)) return true;
      this.#exact.add(pseudonym);
      if (this.#exact.size < SEEN_EXACTLY) return false;
      this.#bits = new Uint8Array(FILTER_BITS / 8);
      for (const p of this.#exact) this.#set(p);
      this.#exact = null;
      return false;
    }
    return this.#set(pseudonym);
  }

  /** Sets the pseudonym's bits; true when all were set already. */
  #set(pseudonym: string): boolean {
    const bits = this.#bits;
    if (bits === null) return false;
    // Two FNV-1a hashes of the text, combined as h1 + i × h2 (double hashing).
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < pseudonym.length; i += 1) {
      const c = pseudonym.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h2 |= 1;
    let seen = true;
    for (let i = 0; i < FILTER_HASHES; i += 1) {
      const bit = (h1 + Math.imul(i, h2)) & (FILTER_BITS - 1);
      const mask = 1 << (bit & 7);
      const at = bit >>> 3;
      const byte = bits[at] ?? 0;
      if ((byte & mask) === 0) {
        seen = false;
        bits[at] = byte | mask;
      }
    }
    return seen;
  }
}

/** Rows of a run compared one by one for repeats; a longer run keeps its encounters in a map. */
const RUN_SCANNED = 32;

/** The run being read: its facts, and its encounters so far (day, type, employer key, line). */
class OpenRun {
  readonly days: number[] = [];
  readonly types: number[] = [];
  readonly employers: string[] = [];
  readonly lines: number[] = [];
  encounters: Map<string, number> | null = null;
  /** The run's facts: a copy, as a reader may reuse the row it gave. */
  readonly row: StagedRow;
  lastSeq: number;
  /**
   * The run's rows dated in the pupil's secondary years so far, and the distinct academic years among
   * them: a pupil's tallies (`recomputePupilTallies`) when the run is all their rows and none repeats.
   */
  tallied = 0;
  readonly #years: number[] = [];

  constructor(
    readonly run: number,
    row: StagedRow,
    readonly firstSeq: number,
  ) {
    this.row = { ...row };
    this.lastSeq = firstSeq;
  }

  holds(row: StagedRow): boolean {
    const facts = this.row;
    return (
      facts.pseudonym === row.pseudonym &&
      facts.urn === row.urn &&
      facts.yearGroup === row.yearGroup &&
      facts.fsm === row.fsm &&
      facts.asAt === row.asAt &&
      (facts.leavingDate ?? '') === (row.leavingDate ?? '')
    );
  }

  /** Counts a row of the run into its tallies, as `recomputePupilTallies` counts the ledger's. */
  tally(academicYear: number): void {
    const { asAt, yearGroup } = this.row;
    if (academicYear < asAt - yearGroup + 7 || academicYear > asAt) return;
    this.tallied += 1;
    if (!this.#years.includes(academicYear)) this.#years.push(academicYear);
  }

  /** The line of an earlier row of the run with this encounter, after noting this one; null when none. */
  repeated(day: number, type: number, employer: string, line: number): number | null {
    if (this.encounters !== null) return this.#inMap(day, type, employer, line);
    const { days, types, employers, lines } = this;
    for (let i = 0; i < days.length; i += 1) {
      if (days[i] === day && types[i] === type && employers[i] === employer) return lines[i] ?? null;
    }
    if (days.length < RUN_SCANNED) {
      days.push(day);
      types.push(type);
      employers.push(employer);
      lines.push(line);
      return null;
    }
    this.encounters = new Map(days.map((d, i) => [`${String(d)}|${String(types[i])}|${employers[i] ?? ''}`, lines[i] ?? 0]));
    return this.#inMap(day, type, employer, line);
  }

  #inMap(day: number, type: number, employer: string, line: number): number | null {
    const key = `${String(day)}|${String(type)}|${employer}`;
    const earlier = this.encounters?.get(key);
    if (earlier === undefined) this.encounters?.set(key, line);
    return earlier ?? null;
  }

  cells(): Cell[] {
    const r = this.row;
    return [this.run, r.pseudonym, r.urn, r.yearGroup, r.fsm ? 1 : 0, r.asAt, r.leavingDate, this.firstSeq, this.lastSeq, this.tallied, this.#years.length];
  }
}

/**
 * Numbers a write's rows into batches as they come, in order: each row's run (rows of one pupil with the
 * same facts, one after another), its employer's number and the line of an earlier row of its run that it
 * repeats. `add` returns true when a batch is full, for `take`; `finish` closes the last run and gives the
 * rest. Holds one batch, the open run's encounters, a bounded set of employer names and a filter of the
 * runs' pseudonyms of fixed size (`oneRunEach`).
 */
export class FileRowBatches {
  #rows = new Int32Array(FILE_ROWS_BATCH * ROW_COLUMNS.length);
  #rowCount = 0;
  #runs: Cell[] = [];
  #employers: Cell[] = [];
  readonly #employerNumbers = new Map<string, number>();
  readonly #employerNames = new Map<string, [number, string]>();
  #employerCount = 0;
  #open: OpenRun | null = null;
  #runCount = 0;
  #seq = 0;
  readonly #seen = new SeenPseudonyms();
  #maybeSplit = false;
  #repeats = false;

  /** Rows added in all. */
  get count(): number {
    return this.#seq;
  }

  /**
   * True when, certainly, every pupil's rows so far are one run and no row repeats an earlier one of its
   * run; false when that is not so or not certain (see `SeenPseudonyms`).
   */
  get oneRunEach(): boolean {
    return !this.#maybeSplit && !this.#repeats;
  }

  /** Adds a row (not kept, so a reader may reuse it) from file line `line`; true when the batch is full. */
  add(row: StagedRow, line: number): boolean {
    const seq = (this.#seq += 1);
    let open = this.#open;
    if (open === null || !open.holds(row)) {
      this.#closeRun();
      this.#runCount += 1;
      open = new OpenRun(this.#runCount, row, seq);
      this.#open = open;
      if (this.#seen.add(row.pseudonym)) this.#maybeSplit = true;
    }
    open.lastSeq = seq;
    open.tally(row.academicYear);
    let employer = 0;
    let key = '';
    if (row.employerName !== null) {
      // Most rows name an employer named before, spelt the same: its key is not worked out again.
      const known = this.#employerNames.get(row.employerName);
      if (known === undefined) {
        key = employerKey(row.employerName);
        employer = this.#employerNumbers.get(key) ?? this.#numberEmployer(key, row.employerName, seq);
        if (this.#employerNames.size >= EMPLOYERS_REMEMBERED) this.#employerNames.clear();
        this.#employerNames.set(row.employerName, [employer, key]);
      } else [employer, key] = known;
    }
    const earlier = open.repeated(row.day, row.typeCode, key, line);
    if (earlier !== null) this.#repeats = true;
    const width = ROW_COLUMNS.length;
    if ((this.#rowCount + 1) * width > this.#rows.length) {
      // Only a caller that does not take full batches gets here.
      const grown = new Int32Array(this.#rows.length * 2);
      grown.set(this.#rows);
      this.#rows = grown;
    }
    const rows = this.#rows;
    const at = this.#rowCount * width;
    rows[at] = seq;
    rows[at + 1] = line;
    rows[at + 2] = open.run;
    rows[at + 3] = row.day;
    rows[at + 4] = row.academicYear;
    rows[at + 5] = row.typeCode;
    rows[at + 6] = employer;
    // 0 for no earlier row: a line is never 0.
    rows[at + 7] = earlier ?? 0;
    this.#rowCount += 1;
    return this.#rowCount >= FILE_ROWS_BATCH;
  }

  /** The batch so far, leaving the next one empty. */
  take(): FileRowBatch {
    const batch = { rows: this.#rows, rowCount: this.#rowCount, runs: this.#runs, employers: this.#employers };
    this.#rows = new Int32Array(FILE_ROWS_BATCH * ROW_COLUMNS.length);
    this.#rowCount = 0;
    this.#runs = [];
    this.#employers = [];
    return batch;
  }

  /** The last batch, its last run closed. */
  finish(): FileRowBatch {
    this.#closeRun();
    return this.take();
  }

  #closeRun(): void {
    if (this.#open !== null) this.#runs.push(...this.#open.cells());
    this.#open = null;
  }

  #numberEmployer(key: string, name: string, seq: number): number {
    if (this.#employerNumbers.size >= EMPLOYERS_REMEMBERED) {
      this.#employerNumbers.clear();
      this.#employerNames.clear();
    }
    const number = (this.#employerCount += 1);
    this.#employerNumbers.set(key, number);
    this.#employers.push(number, key, name.trim().replace(/\s+/g, ' '), seq);
    return number;
  }
}
