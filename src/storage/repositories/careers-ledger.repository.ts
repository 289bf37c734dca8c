import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import { capabilitiesOf } from '../dialect-capabilities.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';
import { encounterDay, typeCode } from './careers/encounter-columns.ts';
import { execute, insertRows } from '../bulk-insert.ts';
import { transactionWithClient } from '../postgres-client-transaction.ts';
import { appendFileRows, createFileRows, dropFileRows, employerKey, FILE_EMPLOYERS, FILE_ROWS, FILE_RUNS } from './careers/file-rows.ts';
import { adjustEmployerLoad, lockLedger } from './careers/employer-load.ts';
import { insertEncountersNotHeld } from './careers/insert-encounters-not-held.ts';
import { rebuildCoverageTallies } from './careers/rebuild-coverage-tallies.ts';
import { recomputePupilTallies } from './careers/recompute-pupil-tallies.ts';
import { HELD_FOR, mergeHeldRecords, placePupilsHeldElsewhere, type PupilsElsewherePolicy } from './careers/pupils-elsewhere.ts';
import { eachPupilOneRun, ledgerIsEmpty, saveEmployers, writeNewPupils } from './careers/new-pupils.ts';
import type { FirstLoad } from './careers/first-load.ts';

/** One checked encounter row, the pupil already pseudonymised. */
export interface LedgerRow {
  readonly pseudonym: string;
  readonly urn: number;
  readonly yearGroup: number;
  readonly fsm: boolean;
  /** The academic year `yearGroup` describes. */
  readonly asAt: number;
  readonly leavingDate: string | null;
  readonly date: string;
  readonly academicYear: number;
  readonly type: string;
  readonly employerName: string | null;
}

export interface SaveLedgerOptions {
  /** The file is each named school's whole ledger: encounters at those schools not in it are deleted. */
  readonly replace: boolean;
  readonly actor: AuditActor;
  readonly now: string;
  /** What is audited as the source, such as the file name. */
  readonly source: string;
  /** What to do with a pupil on another school's roll: every writer says (`PupilsElsewherePolicy`). */
  readonly pupilsElsewhere: PupilsElsewherePolicy;
  readonly synthetic?: boolean;
  /**
   * Known from reading the rows: each pupil's rows are one run and none repeats (`FileRowsWriter.oneRunEach`).
   * When not given or false, the write finds out in the database.
   */
  readonly oneRunEach?: boolean;
}

export interface SaveLedgerCounts {
  readonly rows: number;
  readonly pupilsChanged: number;
  readonly employersAdded: number;
  readonly inserted: number;
  readonly unchanged: number;
  readonly deleted: number;
  /** Pupils moved here from another school's roll (`move` only). */
  readonly transferred: number;
  /** Pupils on another school's roll recorded in this school's own record of them (`hold` only). */
  readonly held: number;
}

export { employerKey };

/**
 * Writes checked rows in one transaction (see `writeFileRows`): the rows are put in the write's table of
 * rows, then written from there as a file's are.
 */
export async function saveLedger(db: Kysely<Database>, given: readonly LedgerRow[], options: SaveLedgerOptions): Promise<SaveLedgerCounts> {
  return transactionWithClient(db, async (trx, client) => {
    await createFileRows(trx);
    const oneRunEach = await appendFileRows(trx, client, given);
    return writeFileRows(trx, { ...options, oneRunEach });
  });
}

/**
 * Writes the rows in `careers_file_rows` (`createFileRows`), inside the caller's transaction: employers by
 * name, pupils by pseudonym (their school, year group, FSM and leaving date set to their last row's), then
 * encounters, skipping any already held, so importing the same file twice changes nothing. A pupil on
 * another school's roll is held, refused or moved as `pupilsElsewhere` says (throwing
 * `PupilsHeldElsewhereError` when refused; the caller rolls back). With `replace`, encounters at the
 * file's schools that the file no longer lists are deleted (a school correcting its export; a school's own
 * write reaches only the pupils on its roll). Every touched pupil's tallies are recomputed from the
 * ledger, and the change is audited with counts only, never a pseudonym. All of it is set-based SQL over
 * the table of rows, so memory stays flat whatever the number of rows; the table is dropped at the end.
 */
export async function writeFileRows(trx: Transaction<Database>, options: SaveLedgerOptions): Promise<SaveLedgerCounts> {
  await lockLedger(trx);
  const synthetic = options.synthetic === true ? 1 : 0;
  const total = Number((await trx.executeQuery<{ n: number | string }>(CompiledQuery.raw(`select count(*) as n from ${FILE_ROWS}`))).rows[0]?.n ?? 0);
  // Pupils the ledger does not hold yet (most of a first national load), each pupil's rows together: a
  // path that searches for nothing (`writeNewPupils`). With nothing held, nobody is held elsewhere either.
  const oneRunEach = total > 0 && (options.oneRunEach === true || (await eachPupilOneRun(trx)));
  const empty = oneRunEach && (await ledgerIsEmpty(trx));
  if (empty) await execute(trx, `create temporary table ${HELD_FOR} (pseudonym varchar(64) primary key, held_for integer)`);
  const placed = empty ? { merges: [], moved: 0, held: 0, allNew: true } : await placePupilsHeldElsewhere(trx, options.pupilsElsewhere);
  // A replacing file also deletes other pupils' encounters at its schools: only into an empty ledger is there none.
  if (oneRunEach && placed.allNew && (empty || !options.replace)) {
    const written = await writeNewPupils(trx, synthetic, empty);
    await dropFileRows(trx);
    await execute(trx, `drop table ${capabilitiesOf(trx).quote(HELD_FOR)}`);
    const counts = { rows: total, pupilsChanged: written.pupils, employersAdded: written.employersAdded, inserted: written.inserted, unchanged: total - written.inserted, deleted: 0, transferred: 0, held: 0 };
    if (written.inserted + written.pupils > 0) await auditImport(trx, options, counts, 0);
    return counts;
  }
  const employersAdded = await saveEmployers(trx, synthetic);
  await execute(trx, 'create temporary table careers_touched_urns (urn integer primary key)');
  const changed = await savePupils(trx, synthetic);
  const merged = await mergeHeldRecords(trx, placed.merges);
  const q = capabilitiesOf(trx).quote;
  await execute(trx, 'create temporary table careers_staging (pupil_id integer, urn integer, encounter_day integer, academic_year integer, type_code integer, employer_id integer)');
  await execute(trx, 'create temporary table careers_touched (pupil_id integer primary key)');
  // Each run's pupil once, then each row's through its run: no text is compared row by row.
  await execute(trx, 'create temporary table careers_run_pupils (run integer primary key, pupil_id integer not null)');
  await execute(trx, `insert into careers_run_pupils (run, pupil_id) select u.run, p.id from ${FILE_RUNS} u join careers_pupils p on p.pseudonym = u.pseudonym`);
  // Every run has rows, so its pupils are the rows' pupils: found among the runs, not the (several times more) rows.
  await execute(trx, 'insert into careers_touched (pupil_id) select distinct pupil_id from careers_run_pupils');
  await execute(trx, 'create temporary table careers_file_employer_ids (number integer primary key, employer_id integer not null)');
  await execute(trx, `insert into careers_file_employer_ids (number, employer_id) select f.number, e.id from ${FILE_EMPLOYERS} f join careers_employers e on e.name_key = f.employer_key`);
  await execute(
    trx,
    `insert into careers_staging (pupil_id, urn, encounter_day, academic_year, type_code, employer_id)
     select p.pupil_id, u.urn, r.encounter_day, r.academic_year, r.type_code, coalesce(e.employer_id, 0)
     from ${FILE_ROWS} r join careers_run_pupils p on p.run = r.run join ${FILE_RUNS} u on u.run = r.run
       left join careers_file_employer_ids e on e.number = r.employer`,
  );
  for (const table of ['careers_run_pupils', 'careers_file_employer_ids']) await execute(trx, `drop table ${q(table)}`);
  await dropFileRows(trx);
  // PostgreSQL keeps no statistics of temporary tables unless asked: without them it plans the joins below badly.
  if (capabilitiesOf(trx).engine === 'postgres') await execute(trx, 'analyze careers_staging, careers_touched');
  let deleted = 0;
  if (options.replace) {
    await execute(trx, 'create index careers_staging_pupil on careers_staging (pupil_id)');
    // The file's schools' encounters, found through their pupils and (for the national team's files)
    // those who have moved on from them: a school's own file does not reach pupils now on another roll.
    const movedOn = options.pupilsElsewhere === 'hold' ? '' : ' union select pupil_id from careers_pupil_schools where urn in (select urn from careers_staging)';
    const gone = `select e.pupil_id, e.encounter_day, e.type_code, e.employer_id, e.urn from careers_encounters e
      where e.pupil_id in (select id from careers_pupils where urn in (select urn from careers_staging)${movedOn})
        and e.urn in (select urn from careers_staging)
        and not exists (select 1 from careers_staging s where s.pupil_id = e.pupil_id and s.encounter_day = e.encounter_day
          and s.type_code = e.type_code and s.employer_id = e.employer_id)`;
    await execute(trx, `create temporary table careers_gone as ${gone}`);
    await execute(trx, 'insert into careers_touched (pupil_id) select distinct pupil_id from careers_gone where pupil_id not in (select pupil_id from careers_touched)');
    await adjustEmployerLoad(trx, 'select employer_id, urn from careers_gone', -1);
    deleted = await execute(
      trx,
      'delete from careers_encounters where (pupil_id, encounter_day, type_code, employer_id) in (select pupil_id, encounter_day, type_code, employer_id from careers_gone)',
    );
    await execute(trx, `drop table ${q('careers_gone')}`);
  }
  // What the ledger does not hold yet, once each (a file may list an encounter twice): inserted and
  // counted into employer load.
  const inserted = await insertEncountersNotHeld(trx, 'careers_staging', 'careers_new');
  // Schools holding encounters of touched pupils who are now elsewhere (new encounters recorded by another
  // school, or the pupil moved): how a replacing file from that school finds them.
  await execute(
    trx,
    `insert into careers_pupil_schools (urn, pupil_id)
     select distinct e.urn, e.pupil_id from careers_encounters e join careers_pupils p on p.id = e.pupil_id
     where e.pupil_id in (select pupil_id from careers_touched) and e.urn <> p.urn
       and not exists (select 1 from careers_pupil_schools k where k.urn = e.urn and k.pupil_id = e.pupil_id)`,
  );
  await execute(trx, `drop table ${q('careers_new')}`);
  await recomputePupilTallies(trx, 'select pupil_id from careers_touched');
  // The schools to re-tally: where touched pupils are now, and where any of them was before.
  await execute(trx, 'insert into careers_touched_urns (urn) select distinct urn from careers_pupils where id in (select pupil_id from careers_touched) and urn not in (select urn from careers_touched_urns)');
  await rebuildCoverageTallies(trx, 'select urn from careers_touched_urns');
  const counts = { rows: total, pupilsChanged: changed, employersAdded, inserted, unchanged: total - inserted, deleted, transferred: placed.moved, held: placed.held };
  if (inserted + deleted + changed + merged > 0) await auditImport(trx, options, counts, merged);
  // Dropped here on success; a failure rolls the whole transaction back, temporary tables included.
  for (const table of ['careers_staging', 'careers_touched', 'careers_touched_urns', HELD_FOR]) await execute(trx, `drop table ${q(table)}`);
  return counts;
}

/**
 * Ends a file's load straight into an empty ledger (`FirstLoad`): what `writeFileRows` would have written
 * for it, counted and audited alike; null when the load gave way to the general write (the caller rolls
 * back). `oneRunEach` is the reading's (`FileRowBatches.oneRunEach`).
 */
export async function finishFirstLoad(
  trx: Transaction<Database>,
  load: FirstLoad,
  oneRunEach: boolean,
  options: SaveLedgerOptions,
): Promise<{ readonly counts: SaveLedgerCounts; readonly pastRetention: { readonly pupils: number; readonly encounters: number } } | null> {
  const done = await load.finish(oneRunEach);
  if (done === null) return null;
  const { pupils, employersAdded, inserted } = done.written;
  const counts = { rows: inserted, pupilsChanged: pupils, employersAdded, inserted, unchanged: 0, deleted: 0, transferred: 0, held: 0 };
  if (inserted + pupils > 0) await auditImport(trx, options, counts, 0);
  return { counts, pastRetention: done.pastRetention };
}

const PUPIL_COLUMNS = ['pseudonym', 'urn', 'year_group', 'fsm', 'as_at', 'leaving_date', 'synthetic', 'held_for'] as const;
// `held_for` is set once, when a school's own record of a pupil elsewhere is made; writes never change it.
const UPDATED = ['urn', 'year_group', 'fsm', 'as_at', 'leaving_date'] as const;

/**
 * Inserts new pupils (in order of their first row) and updates changed ones from their last row, noting
 * in `careers_touched_urns` the schools the existing ones were at; returns how many were added or changed.
 */
/** One audit entry per import that changed anything: what the file did, and the options it was read with. */
async function auditImport(trx: Transaction<Database>, options: SaveLedgerOptions, counts: SaveLedgerCounts, mergedEncounters: number): Promise<void> {
  await recordAudit(trx, {
    actor: options.actor,
    at: options.now,
    action: 'careers.import',
    entityType: 'careers_ledger',
    entityId: options.source,
    summary: { ...counts, replace: options.replace, pupilsElsewhere: options.pupilsElsewhere, mergedEncounters },
  });
}

async function savePupils(trx: Transaction<Database>, synthetic: number): Promise<number> {
  // A pupil's facts are their last run's, which is the run numbered highest (runs are numbered in file
  // order). Nearly always each pupil has one run, and then the runs are the pupils as they are.
  const split = await trx.executeQuery<{ n: number | string }>(
    CompiledQuery.raw(`select count(*) as n from (select pseudonym from ${FILE_RUNS} group by pseudonym having count(*) > 1) s`),
  );
  await execute(
    trx,
    Number(split.rows[0]?.n ?? 0) === 0
      ? `create temporary table careers_file_pupils as select pseudonym, urn, year_group, fsm, as_at, leaving_date, first_seq from ${FILE_RUNS}`
      : `create temporary table careers_file_pupils as
     select u.pseudonym, u.urn, u.year_group, u.fsm, u.as_at, u.leaving_date, g.first_seq
     from (select pseudonym, max(run) as run, min(first_seq) as first_seq from ${FILE_RUNS} group by pseudonym) g join ${FILE_RUNS} u on u.run = g.run`,
  );
  await execute(trx, 'insert into careers_touched_urns (urn) select distinct urn from careers_pupils where pseudonym in (select pseudonym from careers_file_pupils)');
  const set = UPDATED.map((c) => `${c} = excluded.${c}`).join(', ');
  // SQLite spells IS DISTINCT FROM as IS NOT.
  const distinct = capabilitiesOf(trx).engine === 'sqlite' ? 'is not' : 'is distinct from';
  const differs = UPDATED.map((c) => `careers_pupils.${c} ${distinct} excluded.${c}`).join(' or ');
  // `where true` keeps SQLite from reading the upsert's ON as a join's.
  const changed = await execute(
    trx,
    `insert into careers_pupils (${PUPIL_COLUMNS.join(', ')})
     select f.pseudonym, f.urn, f.year_group, f.fsm, f.as_at, f.leaving_date, ${String(synthetic)}, h.held_for
     from careers_file_pupils f left join ${HELD_FOR} h on h.pseudonym = f.pseudonym where true order by f.first_seq
     on conflict (pseudonym) do update set ${set} where ${differs}`,
  );
  await execute(trx, `drop table ${capabilitiesOf(trx).quote('careers_file_pupils')}`);
  return changed;
}

/** One encounter, by its key in the ledger; `employerId` null when it names no employer. */
export interface EncounterKey {
  readonly pupilId: number;
  readonly date: string;
  readonly type: string;
  readonly employerId: number | null;
}

/**
 * Deletes encounters by key (a school removing entries made in error), recomputing their pupils' tallies
 * and the employer load; audited. Keys not in the ledger are ignored; returns how many were deleted.
 */
export async function deleteEncounters(db: Kysely<Database>, keys: readonly EncounterKey[], actor: AuditActor, now: string): Promise<number> {
  if (keys.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    await lockLedger(trx);
    await execute(trx, 'create temporary table careers_doomed (pupil_id integer, encounter_day integer, type_code integer, employer_id integer)');
    await insertRows(trx, 'careers_doomed', ['pupil_id', 'encounter_day', 'type_code', 'employer_id'], keys.map((k) => [k.pupilId, encounterDay(k.date), typeCode(k.type), k.employerId ?? 0]));
    const doomed = 'select pupil_id, encounter_day, type_code, employer_id from careers_doomed';
    const found = `select e.pupil_id, e.employer_id, e.urn from careers_encounters e where (e.pupil_id, e.encounter_day, e.type_code, e.employer_id) in (${doomed})`;
    const pupils = (await trx.executeQuery<{ pupil_id: number }>(CompiledQuery.raw(`select distinct pupil_id from (${found}) f`))).rows;
    await adjustEmployerLoad(trx, found, -1);
    const deleted = await execute(trx, `delete from careers_encounters where (pupil_id, encounter_day, type_code, employer_id) in (${doomed})`);
    await execute(trx, `drop table ${capabilitiesOf(trx).quote('careers_doomed')}`);
    if (pupils.length > 0) {
      const ids = pupils.map((p) => String(p.pupil_id)).join(', ');
      await recomputePupilTallies(trx, ids);
      await rebuildCoverageTallies(trx, `select urn from careers_pupils where id in (${ids})`);
    }
    await recordAudit(trx, { actor, at: now, action: 'careers.encounters.delete', entityType: 'careers_ledger', entityId: 'encounters', summary: { deleted } });
    return deleted;
  });
}
