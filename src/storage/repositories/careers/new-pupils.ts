import { CompiledQuery, type Transaction } from 'kysely';
import { execute } from '../../bulk-insert.ts';
import { capabilitiesOf } from '../../dialect-capabilities.ts';
import type { Database } from '../../schema.ts';
import { withIndexesSuspended } from '../../suspend-indexes.ts';
import { adjustEmployerLoad } from './employer-load.ts';
import { FILE_EMPLOYERS, FILE_ROWS, FILE_RUNS } from './file-rows.ts';
import { rebuildCoverageTallies } from './rebuild-coverage-tallies.ts';

const count = async (trx: Transaction<Database>, query: string): Promise<number> =>
  Number((await trx.executeQuery<{ n: number | string }>(CompiledQuery.raw(`select count(*) as n from (${query}) c`))).rows[0]?.n ?? 0);

/** Whether the ledger holds no pupil at all (and so no encounter, and no employer load). */
export async function ledgerIsEmpty(trx: Transaction<Database>): Promise<boolean> {
  return (await count(trx, 'select 1 from careers_pupils limit 1')) === 0;
}

/**
 * Whether each pupil of the write's rows has all their rows in one run and no row repeats another: then
 * each run is one pupil whole, with the tallies `FileRowBatches` counted for it, and no encounter is listed
 * twice. A school's export nearly always is so (a file with a repeated row is refused anyway).
 */
export async function eachPupilOneRun(trx: Transaction<Database>): Promise<boolean> {
  if ((await count(trx, `select 1 from ${FILE_ROWS} where repeats is not null limit 1`)) > 0) return false;
  return (await count(trx, `select pseudonym from ${FILE_RUNS} group by pseudonym having count(*) > 1`)) === 0;
}

/** Adds the employers the rows name that are not held yet, each under its first row's spelling; returns how many. */
export async function saveEmployers(trx: Transaction<Database>, synthetic: number): Promise<number> {
  // Each new key with its first row's name: SQLite takes the other columns from the row min() picks.
  const firsts =
    capabilitiesOf(trx).engine === 'sqlite'
      ? `select employer_key, employer_name, min(first_seq) as seq from ${FILE_EMPLOYERS} group by employer_key`
      : `select distinct on (employer_key) employer_key, employer_name, first_seq as seq from ${FILE_EMPLOYERS} order by employer_key, first_seq`;
  return execute(
    trx,
    `insert into careers_employers (name, name_key, synthetic)
     select f.employer_name, f.employer_key, ${String(synthetic)} from (${firsts}) f
     where not exists (select 1 from careers_employers e where e.name_key = f.employer_key) order by f.seq`,
  );
}

/**
 * Counts the encounters of the pupils numbered after `before` into employer load: appended when the load
 * was empty (on PostgreSQL before its key is built), else added pair by pair.
 */
export async function addEmployerLoadOfNewPupils(trx: Transaction<Database>, before: number, loadEmpty: boolean): Promise<void> {
  const added = `select employer_id, urn from careers_encounters where pupil_id > ${String(before)}`;
  // Nothing to add to: the pairs are appended, not looked up one by one.
  if (loadEmpty) await execute(trx, `insert into careers_employer_schools (employer_id, urn, encounters) select employer_id, urn, count(*) from (${added}) d where employer_id <> 0 group by employer_id, urn`);
  else await adjustEmployerLoad(trx, added, 1);
}

/** PostgreSQL after pupils were written with ids of their own: the id sequence moved past them, statistics fresh. */
export async function settleAfterBulkLoad(trx: Transaction<Database>): Promise<void> {
  await execute(trx, "select setval(pg_get_serial_sequence('careers_pupils', 'id'), (select max(id) from careers_pupils))");
  // The planner's row counts are stale after a bulk load; what follows is planned from them.
  await execute(trx, 'analyze careers_pupils, careers_encounters, careers_employer_schools');
}

/** The id the next pupil would be given: past the highest in use and the highest ever given. */
export async function nextPupilId(trx: Transaction<Database>): Promise<number> {
  const highest = await trx.executeQuery<{ n: number | string | null }>(CompiledQuery.raw('select max(id) as n from careers_pupils'));
  let next = Number(highest.rows[0]?.n ?? 0) + 1;
  if (capabilitiesOf(trx).engine === 'sqlite') {
    const given = await trx.executeQuery<{ n: number | string | null }>(CompiledQuery.raw("select max(seq) as n from sqlite_sequence where name = 'careers_pupils'"));
    next = Math.max(next, Number(given.rows[0]?.n ?? 0) + 1);
  } else {
    const sequence = await trx.executeQuery<{ n: string | null }>(CompiledQuery.raw("select pg_get_serial_sequence('careers_pupils', 'id') as n"));
    const name = sequence.rows[0]?.n;
    if (name !== null && name !== undefined) {
      const given = await trx.executeQuery<{ last_value: number | string; is_called: boolean }>(CompiledQuery.raw(`select last_value, is_called from ${name}`));
      const row = given.rows[0];
      if (row !== undefined) next = Math.max(next, Number(row.last_value) + (row.is_called ? 1 : 0));
    }
  }
  return next;
}

export interface NewPupilsWritten {
  readonly pupils: number;
  readonly employersAdded: number;
  readonly inserted: number;
}

/**
 * Writes the rows in the write's tables when none of their pupils is in the ledger yet and each pupil's
 * rows are one run with no repeats (`eachPupilOneRun`, and `PlacedPupils.allNew` or `ledgerIsEmpty`):
 * the general write's searches (each pupil by pseudonym, encounters already held, pupils' tallies from the
 * ledger) have nothing to find, so they are not made. Each run becomes a pupil with the next ids in file
 * order (`first id + run − 1`, so every row's pupil is known without a search), holding the tallies counted
 * as the rows were read; every row becomes an encounter; employer load and the coverage tallies of the
 * file's schools are counted from them. With `ledgerEmpty`, the ledger's indexes and references are put
 * back once after the load (`withIndexesSuspended`), which checks them for the whole set at once. The
 * caller has the ledger's lock and drops the write's tables.
 */
export async function writeNewPupils(trx: Transaction<Database>, synthetic: number, ledgerEmpty: boolean): Promise<NewPupilsWritten> {
  const postgres = capabilitiesOf(trx).engine === 'postgres';
  const employersAdded = await saveEmployers(trx, synthetic);
  await execute(trx, 'create temporary table careers_file_employer_ids (number integer primary key, employer_id integer not null)');
  await execute(trx, `insert into careers_file_employer_ids (number, employer_id) select f.number, e.id from ${FILE_EMPLOYERS} f join careers_employers e on e.name_key = f.employer_key`);
  const before = (await nextPupilId(trx)) - 1;
  const pupilId = (column: string) => `${String(before)} + ${column}`;
  const write = async () => {
    const pupils = await execute(
      trx,
      `insert into careers_pupils (id, pseudonym, urn, year_group, fsm, as_at, leaving_date, synthetic, encounters, encounter_years)
       select ${pupilId('run')}, pseudonym, urn, year_group, fsm, as_at, leaving_date, ${String(synthetic)}, encounters, encounter_years from ${FILE_RUNS} order by run`,
    );
    // Rows in file order are in order of their pupil, so the ledger's key grows nearly at its end.
    const inserted = await execute(
      trx,
      `insert into careers_encounters (pupil_id, encounter_day, type_code, employer_id, urn, academic_year)
       select ${pupilId('r.run')}, r.encounter_day, r.type_code, coalesce(e.employer_id, 0), u.urn, r.academic_year
       from ${FILE_ROWS} r join ${FILE_RUNS} u on u.run = r.run left join careers_file_employer_ids e on e.number = r.employer`,
    );
    await addEmployerLoadOfNewPupils(trx, before, loadEmpty);
    // Into an empty ledger every pupil is the file's, so every school's tallies are rebuilt (no school is
    // searched for), their key built after on PostgreSQL.
    if (ledgerEmpty) await rebuildCoverageTallies(trx, null);
    return { pupils, inserted };
  };
  // PostgreSQL sorts the groupings below in memory rather than on disk, and builds the keys put back quicker.
  if (postgres) await execute(trx, "set local work_mem = '64MB'");
  if (postgres) await execute(trx, "set local maintenance_work_mem = '512MB'");
  const loadEmpty = ledgerEmpty && (await count(trx, 'select 1 from careers_employer_schools limit 1')) === 0;
  const { pupils, inserted } = ledgerEmpty
    ? await withIndexesSuspended(trx, ['careers_pupils', 'careers_encounters', 'careers_employer_schools', 'careers_coverage_tallies'], write, {
        primaryKeys: ['careers_encounters', 'careers_coverage_tallies', ...(loadEmpty ? ['careers_employer_schools'] : [])],
      })
    : await write();
  await execute(trx, `drop table ${capabilitiesOf(trx).quote('careers_file_employer_ids')}`);
  if (postgres) await settleAfterBulkLoad(trx);
  if (!ledgerEmpty) {
    await execute(trx, `create temporary table careers_file_urns as select distinct urn from ${FILE_RUNS}`);
    await rebuildCoverageTallies(trx, 'select urn from careers_file_urns');
    await execute(trx, `drop table ${capabilitiesOf(trx).quote('careers_file_urns')}`);
  }
  return { pupils, employersAdded, inserted };
}
