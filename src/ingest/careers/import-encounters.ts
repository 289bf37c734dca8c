import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import { authorise, type AuditActor, type Principal } from '../../domain/access/index.ts';
import { careersSchoolScopes } from '../../storage/repositories/careers-advisers.repository.ts';
import { saveLedger, type SaveLedgerCounts } from '../../storage/repositories/careers-ledger.repository.ts';
import { PupilsHeldElsewhereError } from '../../storage/repositories/careers/pupils-elsewhere.ts';
import { retentionCutOff } from '../../storage/repositories/careers-retention.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { readTextFile } from '../csv/read-text-file.ts';
import { ProblemList, type Problem } from '../report.ts';
import { readEncounterFile } from './read-encounter-file.ts';

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

/**
 * Imports a school encounter export all or nothing: every problem is reported (row, column, reason), and
 * nothing is written unless there are none. Each URN must be in the school register and, for a user's
 * import, within what they may edit. A pupil on another school's roll stops the national team's import
 * (named by encounter, never by UPN) unless `transferPupils` says to move them. Rows of pupils who left more
 * than `retentionYears` ago are skipped and counted, so an import never brings back what retention removed.
 */
export async function importEncounters(db: Kysely<Database>, path: string, options: ImportEncountersOptions): Promise<ImportEncountersOutcome> {
  const file = basename(path);
  const problems = new ProblemList(file);
  const fail = (): ImportEncountersOutcome => ({ ok: false, file, problems: problems.items, more: problems.truncatedBy });
  const read = await readTextFile(path);
  if (!read.ok) {
    problems.add({ row: null, column: null, value: null, reason: read.reason });
    return fail();
  }
  const fileRows = readEncounterFile(read.file.text, problems, options);
  // Records retention would remove are not brought back: a pupil who left before the cut-off is skipped.
  const cutOff = retentionCutOff(options.now().toISOString().slice(0, 10), options.retentionYears);
  const rows = fileRows.filter((r) => r.leavingDate === null || r.leavingDate >= cutOff);
  const skipped = fileRows.filter((r) => r.leavingDate !== null && r.leavingDate < cutOff);
  const pastRetention = { cutOff, pupils: new Set(skipped.map((r) => r.pseudonym)).size, encounters: skipped.length };
  const urns = [...new Set(rows.map((r) => r.urn))];
  const known = new Set<number>();
  for (let start = 0; start < urns.length; start += 5000) {
    const found = await db.selectFrom('schools').select('urn').where('urn', 'in', urns.slice(start, start + 5000)).execute();
    for (const s of found) known.add(s.urn);
  }
  const reported = new Set<number>();
  for (const [index, row] of rows.entries()) {
    if (known.has(row.urn) || reported.has(row.urn)) continue;
    reported.add(row.urn);
    problems.add({ row: null, column: 'urn', value: String(row.urn), reason: `URN ${String(row.urn)} (first at encounter ${String(index + 1)}) is not in the school register: import the register first (oa import gias)` });
  }
  if (options.principal !== null) {
    for (const urn of known) {
      const decision = authorise(options.principal, 'pupil:write', await careersSchoolScopes(db, urn));
      if (!decision.allowed) problems.add({ row: null, column: 'urn', value: String(urn), reason: `URN ${String(urn)}: ${options.principal.email} cannot import this school’s pupils. ${decision.message}` });
    }
  }
  if (problems.count > 0) return fail();
  const pupilsElsewhere = options.principal !== null ? 'hold' : options.transferPupils ? 'move' : 'refuse';
  try {
    const counts = await saveLedger(db, rows, { replace: options.replace, actor: options.actor, now: options.now().toISOString(), source: file, pupilsElsewhere });
    return { ok: true, file, counts, pastRetention };
  } catch (error) {
    if (!(error instanceof PupilsHeldElsewhereError)) throw error;
    const first = new Map<string, number>();
    fileRows.forEach((r, index) => {
      if (!first.has(r.pseudonym)) first.set(r.pseudonym, index + 1);
    });
    for (const pupil of error.pupils) {
      problems.add({
        row: null,
        column: 'upn',
        value: null,
        reason: `The pupil at encounter ${String(first.get(pupil.pseudonym) ?? 0)} is on the roll of school ${String(pupil.heldAt)}: if they have moved to ${String(pupil.urn)}, import again with --transfer-pupils to move them`,
      });
    }
    return fail();
  }
}
