import { CompiledQuery, type Transaction } from 'kysely';
import type pg from 'pg';
import { execute, insertRowSource, type RowSource } from '../../bulk-insert.ts';
import { copyRowSource } from '../../copy-rows.ts';
import { capabilitiesOf } from '../../dialect-capabilities.ts';
import type { Database } from '../../schema.ts';
import type { LedgerRow } from '../careers-ledger.repository.ts';
import { encounterDay, typeCode } from './encounter-columns.ts';

/**
 * The rows of one ledger write, held in a temporary table of the write's transaction rather than in
 * memory, so a file of any size is written with memory flat (docs/decisions/0006, bulk paths):
 * - `seq`: the row's place among the write's rows, from 1 (a file's checked rows, in order);
 * - `line`: its row in the file as a spreadsheet shows it (the header is row 1), for problems;
 * - the pupil (pseudonym and facts), the encounter (day and type as the ledger stores them), and the
 *   employer's name and key (`employerKey`), both null when none is named.
 */
export const FILE_ROWS = 'careers_file_rows';
const COLUMNS = ['seq', 'line', 'pseudonym', 'urn', 'year_group', 'fsm', 'as_at', 'leaving_date', 'encounter_day', 'academic_year', 'type_code', 'employer_key', 'employer_name'] as const;

/** How employer names are matched: `  Acme   LTD ` and `acme ltd` are one employer. */
export function employerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 200);
}

/** Makes the write's table of rows, empty; it goes with the transaction (dropped by `dropFileRows`). */
export async function createFileRows(trx: Transaction<Database>): Promise<void> {
  // On SQLite `seq` is the table's own row number, appended in order at no cost; PostgreSQL needs no index.
  const seq = capabilitiesOf(trx).engine === 'sqlite' ? 'seq integer primary key' : 'seq integer not null';
  await execute(
    trx,
    `create temporary table ${FILE_ROWS} (${seq}, line integer not null, pseudonym varchar(64) not null, urn integer not null,
      year_group integer not null, fsm integer not null, as_at integer not null, leaving_date varchar(10), encounter_day integer not null,
      academic_year integer not null, type_code integer not null, employer_key varchar(200), employer_name varchar(200))`,
  );
}

export async function dropFileRows(trx: Transaction<Database>): Promise<void> {
  await execute(trx, `drop table ${capabilitiesOf(trx).quote(FILE_ROWS)}`);
}

/** A row to append: a checked ledger row and the file row it came from. */
export interface FileRow {
  readonly row: LedgerRow;
  readonly line: number;
}

/**
 * Appends rows numbered from `firstSeq`, through the bulk paths: COPY on `client` (a PostgreSQL server's
 * transaction, see `transactionWithClient`), else prepared multi-row inserts (SQLite) or JSON batches.
 */
export async function appendFileRows(trx: Transaction<Database>, client: pg.PoolClient | undefined, rows: readonly FileRow[], firstSeq: number): Promise<void> {
  const source: RowSource = {
    count: rows.length,
    write(i, into, at) {
      const given = rows[i];
      if (given === undefined) return;
      const r = given.row;
      into[at] = firstSeq + i;
      into[at + 1] = given.line;
      into[at + 2] = r.pseudonym;
      into[at + 3] = r.urn;
      into[at + 4] = r.yearGroup;
      into[at + 5] = r.fsm ? 1 : 0;
      into[at + 6] = r.asAt;
      into[at + 7] = r.leavingDate;
      into[at + 8] = encounterDay(r.date);
      into[at + 9] = r.academicYear;
      into[at + 10] = typeCode(r.type);
      into[at + 11] = r.employerName === null ? null : employerKey(r.employerName);
      into[at + 12] = r.employerName === null ? null : r.employerName.trim().replace(/\s+/g, ' ');
    },
  };
  if (client === undefined) await insertRowSource(trx, FILE_ROWS, COLUMNS, source);
  else await copyRowSource(client, FILE_ROWS, COLUMNS, source);
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
 * how many there are in all. Kept in `careers_file_problems` until `dropCrossRowProblems`.
 */
export async function findCrossRowProblems(trx: Transaction<Database>, limit: number): Promise<{ readonly first: CrossRowProblem[]; readonly count: number }> {
  const same = (column: string) => `${column} = first_value(${column}) over pupil`;
  await execute(
    trx,
    `create temporary table careers_file_problems as
     with ranked as (
       select seq, line, pseudonym, encounter_day, type_code, employer_key,
         case when ${same('urn')} and ${same('year_group')} and ${same('fsm')} and coalesce(leaving_date, '') = coalesce(first_value(leaving_date) over pupil, '')
           then null else first_value(line) over pupil end as differs_from
       from ${FILE_ROWS} window pupil as (partition by pseudonym order by seq)),
     repeated as (
       select seq, line, first_value(line) over (partition by pseudonym, encounter_day, type_code, coalesce(employer_key, '') order by seq) as repeats
       from ranked where differs_from is null)
     select seq, line, 'differs' as kind, differs_from as earlier_line from ranked where differs_from is not null
     union all
     select seq, line, 'repeats' as kind, repeats as earlier_line from repeated where repeats <> line`,
  );
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
  const { rows } = await trx.executeQuery<{ encounters: number | string; pupils: number | string }>(
    CompiledQuery.raw(`select count(*) as encounters, count(distinct pseudonym) as pupils from ${FILE_ROWS} where leaving_date < ${capabilitiesOf(trx).placeholder(1)}`, [cutOff]),
  );
  return { encounters: Number(rows[0]?.encounters ?? 0), pupils: Number(rows[0]?.pupils ?? 0) };
}

/** Removes the rows of pupils who left before `cutOff`, so the write leaves them out. */
export async function removeLeftBefore(trx: Transaction<Database>, cutOff: string): Promise<void> {
  await execute(trx, `delete from ${FILE_ROWS} where leaving_date < ${capabilitiesOf(trx).placeholder(1)}`, [cutOff]);
}

/** Rows the write keeps: not of a pupil who left before `cutOff`, and (while problems are kept) none refused. */
function keptRows(cutOff: string, problemsKept: boolean): string {
  const refused = problemsKept ? ' and f.seq not in (select seq from careers_file_problems)' : '';
  return `select f.seq, f.urn from ${FILE_ROWS} f where (f.leaving_date is null or f.leaving_date >= '${cutOff.replace(/[^0-9-]/g, '')}')${refused}`;
}

/**
 * The URNs of kept rows that are not in the school register, each with the place among kept rows of the
 * first row naming it (1-based), in order of that row; and the register's URNs the kept rows name.
 */
export async function fileSchools(trx: Transaction<Database>, cutOff: string, problemsKept: boolean): Promise<{ readonly unknown: { urn: number; encounter: number }[]; readonly known: number[] }> {
  const kept = keptRows(cutOff, problemsKept);
  const unknown = await trx.executeQuery<{ urn: number; encounter: number | string }>(
    CompiledQuery.raw(
      `select urn, encounter from (select k.urn, k.seq, row_number() over (order by k.seq) as encounter from (${kept}) k) n
       where n.seq in (select min(k.seq) from (${kept}) k where k.urn not in (select urn from schools) group by k.urn)
       order by n.seq`,
    ),
  );
  const known = await trx.executeQuery<{ urn: number }>(CompiledQuery.raw(`select distinct k.urn from (${kept}) k where k.urn in (select urn from schools) order by k.urn`));
  return { unknown: unknown.rows.map((r) => ({ urn: r.urn, encounter: Number(r.encounter) })), known: known.rows.map((r) => r.urn) };
}
