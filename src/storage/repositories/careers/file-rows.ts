import { CompiledQuery, type Transaction } from 'kysely';
import type pg from 'pg';
import { execute, flatRows, insertRowSource, type RowSource } from '../../bulk-insert.ts';
import { copyRowSource } from '../../copy-rows.ts';
import { capabilitiesOf } from '../../dialect-capabilities.ts';
import type { Database } from '../../schema.ts';
import type { LedgerRow } from '../careers-ledger.repository.ts';
import { encounterDay, typeCode } from './encounter-columns.ts';
import { EMPLOYER_COLUMNS, employerKey, FILE_ROWS_BATCH, FileRowBatches, ROW_COLUMNS, RUN_COLUMNS, type FileRowBatch, type StagedRow } from './file-row-batches.ts';

/**
 * The rows of one ledger write, held in temporary tables of the write's transaction rather than in
 * memory, so a file of any size is written with memory flat:
 * - FILE_RUNS: each run of rows of one pupil with the same facts (pseudonym, school, year group, FSM,
 *   academic year described, leaving date), as a school's export lists a pupil's rows together: `run`, the
 *   facts, the run's first and last `seq` (a run's rows are those between), and the run's own tallies
 *   (rows dated in the pupil's secondary years so far, and their distinct academic years);
 * - FILE_ROWS: each row, `seq` its place among the write's rows from 1, `line` its row in the file (the
 *   header is row 1), its run, the encounter's day and type as the ledger stores them, its employer (0
 *   for none, else a FILE_EMPLOYERS number), and `repeats`, the line of an earlier row of its run it repeats;
 * - FILE_EMPLOYERS: the employers named, by number: key (`employerKey`), first spelling and first `seq`.
 * Rows refer to their pupil and employer by number, so the big table holds no text.
 */
export const FILE_RUNS = 'careers_file_runs';
export const FILE_ROWS = 'careers_file_rows';
export const FILE_EMPLOYERS = 'careers_file_employers';
export { employerKey, FILE_ROWS_BATCH, type StagedRow };

/** Makes the write's tables, empty; they go with the transaction (dropped by `dropFileRows`). */
export async function createFileRows(trx: Transaction<Database>): Promise<void> {
  // On SQLite each key is the table's own row number, appended in order at no cost.
  const key = (name: string) => (capabilitiesOf(trx).engine === 'sqlite' ? `${name} integer primary key` : `${name} integer not null`);
  await execute(
    trx,
    `create temporary table ${FILE_RUNS} (${key('run')}, pseudonym varchar(64) not null, urn integer not null, year_group integer not null,
      fsm integer not null, as_at integer not null, leaving_date varchar(10), first_seq integer not null, last_seq integer not null,
      encounters integer not null, encounter_years integer not null)`,
  );
  await execute(
    trx,
    `create temporary table ${FILE_ROWS} (${key('seq')}, line integer not null, run integer not null, encounter_day integer not null,
      academic_year integer not null, type_code integer not null, employer integer not null, repeats integer)`,
  );
  await execute(trx, `create temporary table ${FILE_EMPLOYERS} (${key('number')}, employer_key varchar(200) not null, employer_name varchar(200) not null, first_seq integer not null)`);
}

export async function dropFileRows(trx: Transaction<Database>): Promise<void> {
  for (const table of [FILE_RUNS, FILE_ROWS, FILE_EMPLOYERS]) await execute(trx, `drop table ${capabilitiesOf(trx).quote(table)}`);
}

/**
 * Appends a write's rows in order to its tables (`createFileRows`) through the bulk paths: COPY on
 * `client` (a PostgreSQL server's transaction, see `transactionWithClient`), else prepared multi-row
 * inserts (SQLite) or JSON batches. `add` returns true when a batch is ready for `flush`; `finish` writes
 * the rest. Holds one batch, the open run's encounters and a bounded set of employer names
 * (`FileRowBatches`, which a reading thread may keep instead, handing its batches to `append`).
 */
export class FileRowsWriter {
  readonly #batches = new FileRowBatches();

  constructor(
    private readonly trx: Transaction<Database>,
    private readonly client: pg.PoolClient | undefined,
  ) {}

  get count(): number {
    return this.#batches.count;
  }

  /** Certainly each pupil's rows are one run and none repeats (`FileRowBatches.oneRunEach`). */
  get oneRunEach(): boolean {
    return this.#batches.oneRunEach;
  }

  add(row: LedgerRow, line: number): boolean {
    const { pseudonym, urn, yearGroup, fsm, asAt, leavingDate, academicYear, employerName } = row;
    return this.addStaged({ pseudonym, urn, yearGroup, fsm, asAt, leavingDate, day: encounterDay(row.date), academicYear, typeCode: typeCode(row.type), employerName }, line);
  }

  /** `add` for a row already in the tables' terms; `row` is not kept, so a reader may reuse it. */
  addStaged(row: StagedRow, line: number): boolean {
    return this.#batches.add(row, line);
  }

  async flush(): Promise<void> {
    await this.append(this.#batches.take());
  }

  /** Writes what is left; returns how many rows were added in all. */
  async finish(): Promise<number> {
    await this.append(this.#batches.finish());
    return this.#batches.count;
  }

  /** Writes a batch made by `FileRowBatches` (this writer's own, or a reading thread's). */
  async append(batch: FileRowBatch): Promise<void> {
    await this.#append(FILE_RUNS, RUN_COLUMNS, flatRows(batch.runs, RUN_COLUMNS.length));
    await this.#append(FILE_EMPLOYERS, EMPLOYER_COLUMNS, flatRows(batch.employers, EMPLOYER_COLUMNS.length));
    await this.#append(FILE_ROWS, ROW_COLUMNS, stagedRows(batch.rows, batch.rowCount));
  }

  async #append(table: string, columns: readonly string[], source: RowSource): Promise<void> {
    if (this.client === undefined) await insertRowSource(this.trx, table, columns, source);
    else await copyRowSource(this.client, table, columns, source);
  }
}

/** A batch of FILE_ROWS as a row source, the last column's 0 (no earlier row) written as null. */
function stagedRows(values: Int32Array, count: number): RowSource {
  const width = ROW_COLUMNS.length;
  return {
    count,
    write(row, into, at) {
      const from = row * width;
      for (let c = 0; c < width - 1; c += 1) into[at + c] = values[from + c] ?? null;
      into[at + width - 1] = values[from + width - 1] || null;
    },
  };
}

/** Appends rows given in an array (a write that is not a file's), as `FileRowsWriter` does; returns its `oneRunEach`. */
export async function appendFileRows(trx: Transaction<Database>, client: pg.PoolClient | undefined, rows: readonly LedgerRow[]): Promise<boolean> {
  const writer = new FileRowsWriter(trx, client);
  for (const [i, row] of rows.entries()) if (writer.add(row, i + 1)) await writer.flush();
  await writer.finish();
  return writer.oneRunEach;
}

/** A row refused for what other rows say: its pupil's facts differ from an earlier row's, or it repeats one. */
export interface CrossRowProblem {
  readonly line: number;
  readonly kind: 'differs' | 'repeats';
  /** The file row it differs from or repeats. */
  readonly earlierLine: number;
}

/**
 * What only the whole file shows, as the in-memory reader finds it going row by row: a row whose pupil's
 * school, year group, FSM or leaving date differ from the pupil's first row, and, among the other rows, a
 * row repeating an earlier one (same pupil, day, type and employer). The first `limit` in file order, and
 * how many there are in all. A pupil whose rows are one run was checked as the rows were added; only
 * pupils with rows in several runs are looked at again, all their rows together (none with `oneRunEach`:
 * the reading found every pupil's rows in one run). Kept in `careers_file_problems` until `dropCrossRowProblems`.
 */
export async function findCrossRowProblems(trx: Transaction<Database>, limit: number, oneRunEach = false): Promise<{ readonly first: CrossRowProblem[]; readonly count: number }> {
  // PostgreSQL keeps no statistics of temporary tables unless asked: without them it plans these joins badly.
  if (capabilitiesOf(trx).engine === 'postgres') await execute(trx, `analyze ${FILE_RUNS}, ${FILE_ROWS}, ${FILE_EMPLOYERS}`);
  // Known from the reading when no pupil's rows are in several runs: not searched for again.
  let split = 0;
  if (!oneRunEach) {
    await execute(trx, `create temporary table careers_file_split as select pseudonym from ${FILE_RUNS} group by pseudonym having count(*) > 1`);
    split = Number((await trx.executeQuery<{ n: number | string }>(CompiledQuery.raw('select count(*) as n from careers_file_split'))).rows[0]?.n ?? 0);
  }
  const same = (column: string) => `${column} = first_value(${column}) over pupil`;
  const withinRuns = `select r.seq, r.line, 'repeats' as kind, r.repeats as earlier_line from ${FILE_ROWS} r where r.repeats is not null`;
  await execute(
    trx,
    split === 0
      ? `create temporary table careers_file_problems as ${withinRuns}`
      : `create temporary table careers_file_problems as
     with split_rows as (
       select r.seq, r.line, u.pseudonym, u.urn, u.year_group, u.fsm, u.leaving_date, r.encounter_day, r.type_code, coalesce(e.employer_key, '') as employer_key
       from ${FILE_RUNS} u join ${FILE_ROWS} r on r.run = u.run left join ${FILE_EMPLOYERS} e on e.number = r.employer
       where u.pseudonym in (select pseudonym from careers_file_split)),
     ranked as (
       select seq, line, pseudonym, encounter_day, type_code, employer_key,
         case when ${same('urn')} and ${same('year_group')} and ${same('fsm')} and coalesce(leaving_date, '') = coalesce(first_value(leaving_date) over pupil, '')
           then null else first_value(line) over pupil end as differs_from
       from split_rows window pupil as (partition by pseudonym order by seq)),
     repeated as (
       select seq, line, first_value(line) over (partition by pseudonym, encounter_day, type_code, employer_key order by seq) as repeats
       from ranked where differs_from is null)
     select seq, line, 'differs' as kind, differs_from as earlier_line from ranked where differs_from is not null
     union all
     select seq, line, 'repeats' as kind, repeats as earlier_line from repeated where repeats <> line
     union all
     ${withinRuns} and r.run not in (select u.run from ${FILE_RUNS} u where u.pseudonym in (select pseudonym from careers_file_split))`,
  );
  if (!oneRunEach) await execute(trx, `drop table ${capabilitiesOf(trx).quote('careers_file_split')}`);
  const { rows } = await trx.executeQuery<{ line: number; kind: 'differs' | 'repeats'; earlier_line: number }>(
    CompiledQuery.raw(`select line, kind, earlier_line from careers_file_problems order by seq limit ${String(limit)}`),
  );
  const counted = await trx.executeQuery<{ n: number | string }>(CompiledQuery.raw('select count(*) as n from careers_file_problems'));
  return { first: rows.map((r) => ({ line: r.line, kind: r.kind, earlierLine: r.earlier_line })), count: Number(counted.rows[0]?.n ?? 0) };
}

export async function dropCrossRowProblems(trx: Transaction<Database>): Promise<void> {
  await execute(trx, `drop table ${capabilitiesOf(trx).quote('careers_file_problems')}`);
}

/** Rows of pupils who left before `cutOff` (an ISO day): how many, and of how many pupils. */
export async function countLeftBefore(trx: Transaction<Database>, cutOff: string): Promise<{ readonly encounters: number; readonly pupils: number }> {
  const { rows } = await trx.executeQuery<{ encounters: number | string | null; pupils: number | string }>(
    CompiledQuery.raw(`select sum(last_seq - first_seq + 1) as encounters, count(distinct pseudonym) as pupils from ${FILE_RUNS} where leaving_date < ${capabilitiesOf(trx).placeholder(1)}`, [
      cutOff,
    ]),
  );
  return { encounters: Number(rows[0]?.encounters ?? 0), pupils: Number(rows[0]?.pupils ?? 0) };
}

/** Removes the rows of pupils who left before `cutOff`, so the write leaves them out. */
export async function removeLeftBefore(trx: Transaction<Database>, cutOff: string): Promise<void> {
  const p = capabilitiesOf(trx).placeholder(1);
  await execute(trx, `delete from ${FILE_ROWS} where run in (select run from ${FILE_RUNS} where leaving_date < ${p})`, [cutOff]);
  await execute(trx, `delete from ${FILE_RUNS} where leaving_date < ${p}`, [cutOff]);
}

/**
 * The URNs of the rows kept (not of a pupil who left before `cutOff`, nor refused in careers_file_problems)
 * that are not in the school register, each with the place among kept rows of the first row naming it
 * (1-based), in order of that row; and the register's URNs the kept rows name.
 */
export async function fileSchools(trx: Transaction<Database>, cutOff: string): Promise<{ readonly unknown: { urn: number; encounter: number }[]; readonly known: number[] }> {
  const day = `'${cutOff.replace(/[^0-9-]/g, '')}'`;
  const keptRuns = `select u.run, u.urn from ${FILE_RUNS} u where (u.leaving_date is null or u.leaving_date >= ${day})`;
  const unknownRuns = await trx.executeQuery<{ n: number | string }>(CompiledQuery.raw(`select count(*) as n from (${keptRuns}) k where k.urn not in (select urn from schools)`));
  let unknown: { urn: number; encounter: number }[] = [];
  if (Number(unknownRuns.rows[0]?.n ?? 0) > 0) {
    const kept = `select r.seq, k.urn from ${FILE_ROWS} r join (${keptRuns}) k on k.run = r.run where r.seq not in (select seq from careers_file_problems)`;
    const found = await trx.executeQuery<{ urn: number; encounter: number | string }>(
      CompiledQuery.raw(
        `select urn, encounter from (select k.urn, k.seq, row_number() over (order by k.seq) as encounter from (${kept}) k) n
         where n.seq in (select min(k.seq) from (${kept}) k where k.urn not in (select urn from schools) group by k.urn)
         order by n.seq`,
      ),
    );
    unknown = found.rows.map((r) => ({ urn: r.urn, encounter: Number(r.encounter) }));
  }
  const refused = Number((await trx.executeQuery<{ n: number | string }>(CompiledQuery.raw('select count(*) as n from careers_file_problems'))).rows[0]?.n ?? 0);
  // With rows refused, a school named only by them is not the file's.
  const named =
    refused === 0
      ? `select k.urn from (${keptRuns}) k`
      : `select k.urn from (${keptRuns}) k join ${FILE_ROWS} r on r.run = k.run where r.seq not in (select seq from careers_file_problems)`;
  const known = await trx.executeQuery<{ urn: number }>(CompiledQuery.raw(`select distinct n.urn from (${named}) n where n.urn in (select urn from schools) order by n.urn`));
  return { unknown, known: known.rows.map((r) => r.urn) };
}
