import { CompiledQuery, type Transaction } from 'kysely';
import type pg from 'pg';
import { execute, flatRows, insertRowSource, type Cell, type RowSource } from '../../bulk-insert.ts';
import { copyBinaryRowSource, type BinaryColumn } from '../../copy-binary-rows.ts';
import { copyRowSource } from '../../copy-rows.ts';
import { capabilitiesOf } from '../../dialect-capabilities.ts';
import type { Database } from '../../schema.ts';
import { suspendIndexes } from '../../suspend-indexes.ts';
import { lockLedger } from './employer-load.ts';
import { EMPLOYER_COLUMNS, ROW_COLUMNS, RUN_COLUMNS, type FileRowBatch } from './file-row-batches.ts';
import { FILE_EMPLOYERS } from './file-rows.ts';
import { CoverageCounts } from './coverage-counts.ts';
import { addEmployerLoadOfNewPupils, ledgerIsEmpty, nextPupilId, settleAfterBulkLoad, type NewPupilsWritten } from './new-pupils.ts';

const LEDGER = ['careers_pupils', 'careers_encounters', 'careers_employer_schools', 'careers_coverage_tallies'];
const PUPIL_COLUMNS = ['id', 'pseudonym', 'urn', 'year_group', 'fsm', 'as_at', 'leaving_date', 'synthetic', 'encounters', 'encounter_years'] as const;
const PUPIL_TYPES: BinaryColumn[] = ['int4', 'text', 'int4', 'int4', 'int4', 'int4', 'text', 'int4', 'int4', 'int4'];
const ENCOUNTER_COLUMNS = ['pupil_id', 'encounter_day', 'type_code', 'employer_id', 'urn', 'academic_year'] as const;
const ENCOUNTER_TYPES: BinaryColumn[] = ENCOUNTER_COLUMNS.map(() => 'int4');
const RUN_WIDTH = RUN_COLUMNS.length;
const ROW_WIDTH = ROW_COLUMNS.length;
const RUN = RUN_COLUMNS.indexOf('run');
const RUN_URN = RUN_COLUMNS.indexOf('urn');
const RUN_LEAVING = RUN_COLUMNS.indexOf('leaving_date');
const RUN_YEAR_GROUP = RUN_COLUMNS.indexOf('year_group');
const RUN_FSM = RUN_COLUMNS.indexOf('fsm');
const RUN_ENCOUNTERS = RUN_COLUMNS.indexOf('encounters');
const RUN_YEARS = RUN_COLUMNS.indexOf('encounter_years');
const ROW_LINE = ROW_COLUMNS.indexOf('line');
const ROW_RUN = ROW_COLUMNS.indexOf('run');
const ROW_DAY = ROW_COLUMNS.indexOf('encounter_day');
const ROW_YEAR = ROW_COLUMNS.indexOf('academic_year');
const ROW_TYPE = ROW_COLUMNS.indexOf('type_code');
const ROW_EMPLOYER = ROW_COLUMNS.indexOf('employer');
const ROW_REPEATS = ROW_COLUMNS.indexOf('repeats');

/**
 * Rows of the run still open when its batch came (its school not known yet), held until it closes. A
 * pupil has a few dozen rows; one with more than this is not a school's export, and goes the general way.
 */
const OPEN_ROWS_HELD = 100_000;

const TALLY_COLUMNS = ['target', 'urn', 'year_group', 'fsm', 'pupils', 'reached', 'reached_each_year'] as const;
const TALLY_TYPES: BinaryColumn[] = TALLY_COLUMNS.map(() => 'int4');

/** Why a first load gave way to the general write (the caller rolls back and stages the file instead). */
export type FirstLoadAbandoned = 'line skipped' | 'repeated row' | 'school not in the register' | 'pupil with rows apart' | 'long run' | 'nothing kept';

/**
 * A file's rows written straight into an empty ledger as the reading hands over its batches, rather than
 * staged into the write's tables and copied after (decision 0012, "Later: straight into an empty ledger"):
 * each run becomes a pupil with the next id (`first id + run − 1`, as `writeNewPupils` numbers them), each
 * row an encounter of it, through the bulk paths (COPY on PostgreSQL, prepared multi-row inserts on
 * SQLite), with the ledger's indexes and keys dropped meanwhile and put back once at the end. It holds the
 * ledger from `begin`. Whatever the general write would find differently (a repeated row, a school not in
 * the register, a pupil whose rows are apart) makes it `abandoned`: the caller then rolls the transaction
 * back and stages the file the general way, which reports or writes it exactly as before. Memory: the
 * register's URNs, an employer id per employer number (4 bytes each) and the open run's rows.
 */
export class FirstLoad {
  #abandoned: FirstLoadAbandoned | null = null;
  #employerIds = new Int32Array(1024);
  #employerNumbers = 0;
  #employersAdded = 0;
  #held = new Int32Array(0);
  #heldCount = 0;
  #pupils = 0;
  #inserted = 0;
  /** The file line of the last row written: the header is line 1. */
  #line = 1;
  readonly #coverage = new CoverageCounts();

  private constructor(
    private readonly trx: Transaction<Database>,
    private readonly client: pg.PoolClient | undefined,
    private readonly before: number,
    private readonly loadEmpty: boolean,
    private readonly restore: () => Promise<void>,
    private readonly register: ReadonlySet<number>,
    private readonly cutOff: string,
  ) {}

  /**
   * Takes the ledger and, when it holds no pupil, drops its indexes and returns the load; null when it
   * holds pupils (the general write's job). `cutOff`: pupils who left before it are not kept (retention).
   * Needs the write's tables (`createFileRows`) for the employers' names.
   */
  static async begin(trx: Transaction<Database>, client: pg.PoolClient | undefined, cutOff: string): Promise<FirstLoad | null> {
    await lockLedger(trx);
    if (!(await ledgerIsEmpty(trx))) return null;
    if (capabilitiesOf(trx).engine === 'postgres') {
      // Sorts in memory rather than on disk; the keys put back at the end are built quicker.
      await execute(trx, "set local work_mem = '64MB'");
      await execute(trx, "set local maintenance_work_mem = '512MB'");
    }
    const loadEmpty = (await trx.executeQuery(CompiledQuery.raw('select 1 from careers_employer_schools limit 1'))).rows.length === 0;
    const before = (await nextPupilId(trx)) - 1;
    const urns = await trx.executeQuery<{ urn: number }>(CompiledQuery.raw('select urn from schools'));
    const restore = await suspendIndexes(trx, LEDGER, { primaryKeys: ['careers_encounters', 'careers_coverage_tallies', ...(loadEmpty ? ['careers_employer_schools'] : [])] });
    return new FirstLoad(trx, client, before, loadEmpty, restore, new Set(urns.rows.map((r) => r.urn)), cutOff);
  }

  /** Why the load gave way, or null while it goes on. */
  get abandoned(): FirstLoadAbandoned | null {
    return this.#abandoned;
  }

  /** Writes a batch (`FileRowBatches`): its new employers, its closed runs as pupils, their rows as encounters. */
  async append(batch: FileRowBatch): Promise<void> {
    if (this.#abandoned !== null) return;
    const { rows, rowCount, runs } = batch;
    for (let r = 0; r < rowCount; r += 1) {
      // A repeated row refuses the file: the general way names it.
      if (rows[r * ROW_WIDTH + ROW_REPEATS] !== 0) {
        this.#abandon('repeated row');
        return;
      }
      // A line left out is most likely a row refused, which refuses the file (known for sure only when the
      // reading ends): given up at once, so a bad row costs little more than before. A blank line or a
      // quoted line break gives up too, and the general way then imports the file as it would have.
      const line = rows[r * ROW_WIDTH + ROW_LINE] ?? 0;
      if (line !== this.#line + 1) {
        this.#abandon('line skipped');
        return;
      }
      this.#line = line;
    }
    const runCount = runs.length / RUN_WIDTH;
    for (let i = 0; i < runCount; i += 1) {
      const urn = runs[i * RUN_WIDTH + RUN_URN] as number;
      if (!this.register.has(urn) && !this.#leftBefore(runs[i * RUN_WIDTH + RUN_LEAVING] ?? null)) {
        this.#abandon('school not in the register');
        return;
      }
    }
    await this.#addEmployers(batch.employers);
    if (runCount > 0) {
      await this.#append('careers_pupils', PUPIL_COLUMNS, this.#pupilRows(runs, runCount), PUPIL_TYPES);
      this.#pupils += runCount;
    }
    // Rows whose run is closed are written; the open run's (at the end of the batch) wait for it to close.
    const firstRun = runCount > 0 ? (runs[RUN] as number) : Number.MAX_SAFE_INTEGER;
    const lastRun = runCount > 0 ? (runs[(runCount - 1) * RUN_WIDTH + RUN] as number) : 0;
    let closed = rowCount;
    while (closed > 0 && (rows[(closed - 1) * ROW_WIDTH + ROW_RUN] ?? 0) > lastRun) closed -= 1;
    const urnOf = (run: number) => runs[(run - firstRun) * RUN_WIDTH + RUN_URN] as number;
    for (let i = 0; i < runCount; i += 1) {
      const at = i * RUN_WIDTH;
      this.#coverage.add(runs[at + RUN_URN] as number, runs[at + RUN_YEAR_GROUP] as number, runs[at + RUN_FSM] as number, runs[at + RUN_LEAVING] ?? null, runs[at + RUN_ENCOUNTERS] as number, runs[at + RUN_YEARS] as number);
    }
    if (this.#heldCount > 0 && runCount > 0) {
      await this.#appendEncounters(this.#held, this.#heldCount, urnOf);
      this.#heldCount = 0;
    }
    if (closed > 0) await this.#appendEncounters(rows, closed, urnOf);
    this.#hold(rows, closed, rowCount);
  }

  /**
   * After the last batch: removes pupils who left before the cut-off, checks what the reading could not
   * be sure of (`oneRunEach` false: a pupil's rows may be apart), counts employer load and every school's
   * coverage, and puts the ledger's indexes back. Returns what was written and what retention left out, or
   * null when the load gave way (`abandoned` says why).
   */
  async finish(oneRunEach: boolean): Promise<{ readonly written: NewPupilsWritten; readonly pastRetention: { readonly pupils: number; readonly encounters: number } } | null> {
    const trx = this.trx;
    if (this.#abandoned !== null) return null;
    if (this.#heldCount > 0) throw new Error('A first load finished with rows of a run never closed');
    // The reading's filter of pseudonyms may say "maybe seen" wrongly: a maybe is looked up here.
    if (!oneRunEach && (await trx.executeQuery(CompiledQuery.raw('select 1 from careers_pupils group by pseudonym having count(*) > 1 limit 1'))).rows.length > 0) {
      this.#abandon('pupil with rows apart');
      return null;
    }
    const p = capabilitiesOf(trx).placeholder(1);
    const leftBefore = `select id from careers_pupils where leaving_date < ${p}`;
    const past = await trx.executeQuery<{ n: number | string }>(CompiledQuery.raw(`select count(*) as n from careers_pupils where leaving_date < ${p}`, [this.cutOff]));
    const pastRetention = { pupils: Number(past.rows[0]?.n ?? 0), encounters: 0 };
    if (pastRetention.pupils > 0) {
      pastRetention.encounters = await execute(trx, `delete from careers_encounters where pupil_id in (${leftBefore})`, [this.cutOff]);
      await execute(trx, `delete from careers_pupils where leaving_date < ${p}`, [this.cutOff]);
    }
    const pupils = this.#pupils - pastRetention.pupils;
    const inserted = this.#inserted - pastRetention.encounters;
    if (inserted === 0) {
      this.#abandon('nothing kept');
      return null;
    }
    await addEmployerLoadOfNewPupils(trx, this.before, this.loadEmpty);
    // Every pupil is the file's: every school's tallies are rebuilt from the counts, none searched for.
    await execute(trx, capabilitiesOf(trx).engine === 'postgres' ? 'truncate careers_coverage_tallies' : 'delete from careers_coverage_tallies');
    await this.#append('careers_coverage_tallies', TALLY_COLUMNS, this.#coverage.rows(), TALLY_TYPES);
    await this.restore();
    if (capabilitiesOf(trx).engine === 'postgres') await settleAfterBulkLoad(trx);
    return { written: { pupils, employersAdded: this.#employersAdded, inserted }, pastRetention };
  }

  #abandon(why: FirstLoadAbandoned): void {
    this.#abandoned = why;
  }

  #leftBefore(leavingDate: Cell): boolean {
    return typeof leavingDate === 'string' && leavingDate < this.cutOff;
  }

  /** Adds the batch's employers not held yet (each under its first row's spelling, in that row's order) and learns every number's id. */
  async #addEmployers(employers: readonly Cell[]): Promise<void> {
    if (employers.length === 0) return;
    const trx = this.trx;
    await this.#append(FILE_EMPLOYERS, EMPLOYER_COLUMNS, flatRows(employers, EMPLOYER_COLUMNS.length));
    const after = String(this.#employerNumbers);
    // A name's number is given again only after the reading forgets names (`FileRowBatches`): its first spelling is the lowest seq's.
    const firsts =
      capabilitiesOf(trx).engine === 'sqlite'
        ? `select employer_key, employer_name, min(first_seq) as seq from ${FILE_EMPLOYERS} where number > ${after} group by employer_key`
        : `select distinct on (employer_key) employer_key, employer_name, first_seq as seq from ${FILE_EMPLOYERS} where number > ${after} order by employer_key, first_seq`;
    this.#employersAdded += await execute(
      trx,
      `insert into careers_employers (name, name_key, synthetic)
       select f.employer_name, f.employer_key, 0 from (${firsts}) f
       where not exists (select 1 from careers_employers e where e.name_key = f.employer_key) order by f.seq`,
    );
    const ids = await trx.executeQuery<{ number: number; id: number }>(
      CompiledQuery.raw(`select f.number, e.id from ${FILE_EMPLOYERS} f join careers_employers e on e.name_key = f.employer_key where f.number > ${after}`),
    );
    for (const { number, id } of ids.rows) {
      if (number >= this.#employerIds.length) {
        const grown = new Int32Array(Math.max(this.#employerIds.length * 2, number + 1));
        grown.set(this.#employerIds);
        this.#employerIds = grown;
      }
      this.#employerIds[number] = id;
      this.#employerNumbers = Math.max(this.#employerNumbers, number);
    }
  }

  #pupilRows(runs: readonly Cell[], count: number): RowSource {
    const before = this.before;
    return {
      count,
      write(row, into, at) {
        const from = row * RUN_WIDTH;
        // run, pseudonym, urn, year_group, fsm, as_at, leaving_date, first_seq, last_seq, encounters, encounter_years
        into[at] = before + (runs[from] as number);
        for (let c = 1; c <= 6; c += 1) into[at + c] = runs[from + c] ?? null;
        into[at + 7] = 0;
        into[at + 8] = runs[from + 9] ?? null;
        into[at + 9] = runs[from + 10] ?? null;
      },
    };
  }

  async #appendEncounters(rows: Int32Array, count: number, urnOf: (run: number) => number): Promise<void> {
    const { before } = this;
    const employerIds = this.#employerIds;
    await this.#append('careers_encounters', ENCOUNTER_COLUMNS, {
      count,
      write(row, into, at) {
        const from = row * ROW_WIDTH;
        const run = rows[from + ROW_RUN] ?? 0;
        const employer = rows[from + ROW_EMPLOYER] ?? 0;
        into[at] = before + run;
        into[at + 1] = rows[from + ROW_DAY] ?? 0;
        into[at + 2] = rows[from + ROW_TYPE] ?? 0;
        into[at + 3] = employer === 0 ? 0 : (employerIds[employer] ?? 0);
        into[at + 4] = urnOf(run);
        into[at + 5] = rows[from + ROW_YEAR] ?? 0;
      },
    }, ENCOUNTER_TYPES);
    this.#inserted += count;
  }

  /** Keeps rows `from`–`to` of `rows` (the open run's) until their run closes. */
  #hold(rows: Int32Array, from: number, to: number): void {
    const count = to - from;
    if (count === 0) return;
    const total = this.#heldCount + count;
    if (total > OPEN_ROWS_HELD) {
      this.#abandon('long run');
      return;
    }
    if (total * ROW_WIDTH > this.#held.length) {
      const grown = new Int32Array(Math.max(total * ROW_WIDTH, this.#held.length * 2));
      grown.set(this.#held.subarray(0, this.#heldCount * ROW_WIDTH));
      this.#held = grown;
    }
    this.#held.set(rows.subarray(from * ROW_WIDTH, to * ROW_WIDTH), this.#heldCount * ROW_WIDTH);
    this.#heldCount = total;
  }

  /** Appends rows through the bulk paths; on PostgreSQL in COPY's binary format when `types` says the columns' kinds. */
  async #append(table: string, columns: readonly string[], source: RowSource, types?: readonly BinaryColumn[]): Promise<void> {
    if (this.client === undefined) await insertRowSource(this.trx, table, columns, source);
    else if (types !== undefined) await copyBinaryRowSource(this.client, table, columns, types, source);
    else await copyRowSource(this.client, table, columns, source);
  }
}
