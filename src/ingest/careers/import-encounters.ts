import { basename } from 'node:path';
import type { Transaction } from 'kysely';
import type pg from 'pg';
import { authorise, type AuditActor, type Principal } from '../../domain/access/index.ts';
import { careersSchoolScopes } from '../../storage/repositories/careers-advisers.repository.ts';
import { writeFileRows, type SaveLedgerCounts } from '../../storage/repositories/careers-ledger.repository.ts';
import { countLeftBefore, createFileRows, dropCrossRowProblems, fileSchools, FileRowsWriter, findCrossRowProblems, removeLeftBefore } from '../../storage/repositories/careers/file-rows.ts';
import { PupilsHeldElsewhereError } from '../../storage/repositories/careers/pupils-elsewhere.ts';
import { retentionCutOff } from '../../storage/repositories/careers-retention.repository.ts';
import { withBulkWriteConnection } from '../../storage/bulk-write-connection.ts';
import { transactionWithClient } from '../../storage/postgres-client-transaction.ts';
import type { Database } from '../../storage/schema.ts';
import { connectionOf, type Services } from '../../storage/services/create-services.ts';
import { ProblemList, type Problem } from '../report.ts';
import { importIntoEmptyLedger } from './import-into-empty-ledger.ts';
import { readingFor } from './reading-for.ts';
import { writeEachBatch } from './write-each-batch.ts';
import { differingPupilReason, EMPTY_FILE, NO_ENCOUNTERS, repeatedEncounterReason } from './read-encounter-file.ts';

export interface ImportEncountersOptions {
  readonly pseudonymise: (upn: string) => string;
  readonly asAt: number;
  readonly replace: boolean;
  readonly actor: AuditActor;
  readonly now: () => Date;
  /**
   * Whose import it is: null for the national team at the command line; a user (`oa careers import --as`)
   * may import only schools they hold pupil-level edit access to, and their pupils on another school's
   * roll are held at their school, as the API's form does (docs/methodology.md §15.7).
   */
  readonly principal: Principal | null;
  /** The national team's deliberate transfer: pupils on another school's roll move to the file's school. */
  readonly transferPupils: boolean;
  /** How many years a leaver's records are kept (OA_RETENTION_YEARS): older leavers are not imported. */
  readonly retentionYears: number;
  /** Told how far through the file the reading is, after each piece of it. */
  readonly onProgress?: (bytesRead: number, bytesTotal: number) => void;
}

/** Rows left out because their pupil left before the retention cut-off (docs/methodology.md §15.5). */
export interface PastRetention {
  readonly cutOff: string;
  readonly pupils: number;
  readonly encounters: number;
}

export type ImportEncountersOutcome =
  | { readonly ok: true; readonly file: string; readonly counts: SaveLedgerCounts; readonly pastRetention: PastRetention }
  | { readonly ok: false; readonly file: string; readonly problems: readonly Problem[]; readonly more: number };

/** The most problems listed; the rest are counted. */
const LISTED = 1000;

/** Thrown inside the import's transaction to roll it back with the file's refusal. */
class Refusal extends Error {
  constructor(readonly problems: ProblemList) {
    super('refused');
  }
}

/**
 * Imports a school encounter export all or nothing, streaming it so memory stays flat whatever its size:
 * every problem is reported (row, column, reason), and nothing is written unless there are none. Each row
 * is checked as it is read and put, pseudonymised, in a table of the import's transaction through the bulk
 * paths (COPY on PostgreSQL, prepared multi-row inserts on SQLite); what needs the whole file (a pupil's
 * rows agreeing, repeated rows, URNs in the register and the importer's access) is then checked there, and
 * the rows written from it, or the transaction rolled back. A pupil on another school's roll stops the
 * national team's import (named by encounter, never by UPN) unless `transferPupils` says to move them.
 * Rows of pupils who left more than `retentionYears` ago are skipped and counted, so an import never
 * brings back what retention removed.
 */
export async function importEncounters(services: Services, path: string, options: ImportEncountersOptions): Promise<ImportEncountersOutcome> {
  const db = connectionOf(services);
  const file = basename(path);
  // A national team's first load, written as it is read; anything it cannot be sure of goes the general way.
  if (options.principal === null) {
    const first = await importIntoEmptyLedger(db, path, file, options, LISTED);
    if (first !== null) return first;
  }
  try {
    // Every reference the write makes is found by a join to the table it points at: not checked again row by row.
    return await withBulkWriteConnection(db, (connection) => transactionWithClient(connection, async (trx, client) => {
        await createFileRows(trx);
        const problems = await stageFile(trx, client, path, file, options);
        // Records retention would remove are not brought back: a pupil who left before the cut-off is skipped.
        const cutOff = retentionCutOff(options.now().toISOString().slice(0, 10), options.retentionYears);
        if (problems.staged > 0) await checkSchools(trx, cutOff, problems.list, options.principal);
        if (problems.list.count > 0) throw new Refusal(problems.list);
        await dropCrossRowProblems(trx);
        const pastRetention = { cutOff, ...(await countLeftBefore(trx, cutOff)) };
        if (pastRetention.encounters > 0) await removeLeftBefore(trx, cutOff);
        const pupilsElsewhere = options.principal !== null ? 'hold' : options.transferPupils ? 'move' : 'refuse';
        try {
          const counts = await writeFileRows(trx, { replace: options.replace, actor: options.actor, now: options.now().toISOString(), source: file, pupilsElsewhere, oneRunEach: problems.oneRunEach });
          return { ok: true as const, file, counts, pastRetention };
        } catch (error) {
          if (!(error instanceof PupilsHeldElsewhereError)) throw error;
          const list = new ProblemList(file, LISTED);
          error.pupils.forEach((pupil, i) => {
            list.add({
              row: null,
              column: 'upn',
              value: null,
              reason: `The pupil at encounter ${String(error.firstRows[i] ?? 0)} is on the roll of school ${String(pupil.heldAt)}: if they have moved to ${String(pupil.urn)}, import again with --transfer-pupils to move them`,
            });
          });
          list.addUnlisted(error.total - error.pupils.length);
          throw new Refusal(list);
        }
    }));
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return { ok: false, file, problems: error.problems.items, more: error.problems.truncatedBy };
  }
}

/**
 * Reads the file into the import's table of rows, checking each row on its own as it goes, then what only
 * the whole file shows; returns every problem in file order (the first LISTED of them, the rest counted),
 * and how many rows were put in the table. A file that cannot be read as CSV, or whose header is wrong,
 * gives that one problem alone, as nothing else in it can be read.
 */
async function stageFile(
  trx: Transaction<Database>,
  client: pg.PoolClient | undefined,
  path: string,
  file: string,
  options: ImportEncountersOptions,
): Promise<{ readonly list: ProblemList; readonly staged: number; readonly oneRunEach: boolean }> {
  const only = (problem: Omit<Problem, 'file'>) => {
    const list = new ProblemList(file, LISTED);
    list.add(problem);
    return { list, staged: 0, oneRunEach: false };
  };
  const writer = new FileRowsWriter(trx, client);
  const reading = await readingFor(path, file, options, LISTED);
  const end = await writeEachBatch(reading, (batch) => writer.append(batch), options.onProgress);
  if (end.kind === 'unreadable') return only({ row: end.line, column: null, value: null, reason: end.reason });
  if (end.kind === 'empty') return only({ row: null, column: null, value: null, reason: EMPTY_FILE });
  const rowProblems = new ProblemList(file, LISTED);
  for (const p of end.problems) rowProblems.add({ row: p.row, column: p.column, value: p.value, reason: p.reason });
  if (end.kind === 'header') return { list: rowProblems, staged: 0, oneRunEach: false };
  rowProblems.addUnlisted(end.unlisted);
  const { records, staged, oneRunEach } = end;
  const cross = await findCrossRowProblems(trx, LISTED, oneRunEach);
  const list = new ProblemList(file, LISTED);
  // Both lists are in file order, and no row is in both (a row refused on its own is not compared).
  const crossProblems = cross.first.map((p) => ({
    row: p.line,
    column: null,
    value: null,
    reason: p.kind === 'differs' ? differingPupilReason(p.earlierLine) : repeatedEncounterReason(p.earlierLine),
  }));
  const own = rowProblems.items;
  for (let i = 0, j = 0; i < own.length || j < crossProblems.length; ) {
    const a = own[i];
    const b = crossProblems[j];
    if (a !== undefined && (b === undefined || (a.row ?? 0) <= b.row)) {
      list.add(a);
      i += 1;
    } else if (b !== undefined) {
      list.add(b);
      j += 1;
    }
  }
  list.addUnlisted(rowProblems.truncatedBy + cross.count - cross.first.length);
  if (records === 0) list.add({ row: null, column: null, value: null, reason: NO_ENCOUNTERS });
  return { list, staged, oneRunEach };
}

/**
 * Each URN the kept rows name must be in the school register (reported at the first encounter naming
 * it), and, for a user's import, within what they may edit.
 */
async function checkSchools(trx: Transaction<Database>, cutOff: string, problems: ProblemList, principal: Principal | null): Promise<void> {
  const schools = await fileSchools(trx, cutOff);
  for (const { urn, encounter } of schools.unknown) {
    problems.add({ row: null, column: 'urn', value: String(urn), reason: `URN ${String(urn)} (first at encounter ${String(encounter)}) is not in the school register: import the register first (oa import gias)` });
  }
  if (principal === null) return;
  for (const urn of schools.known) {
    const decision = authorise(principal, 'pupil:write', await careersSchoolScopes(trx, urn));
    if (!decision.allowed) problems.add({ row: null, column: 'urn', value: String(urn), reason: `URN ${String(urn)}: ${principal.email} cannot import this school’s pupils. ${decision.message}` });
  }
}
