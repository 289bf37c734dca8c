import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import { authorise, type AuditActor, type Principal } from '../../domain/access/index.ts';
import { tutoringRetentionCutOffYear } from '../../domain/catch-up/index.ts';
import { careersSchoolScopes } from '../../storage/repositories/careers-advisers.repository.ts';
import { saveTutoringCensus, saveTutoringSessions, type SaveCounts, type SaveOptions } from '../../storage/repositories/catch-up/tutoring-ledger.ts';
import type { PupilYearRow } from '../../storage/repositories/catch-up/save-pupils.ts';
import type { Database } from '../../storage/schema.ts';
import { connectionOf, type Services } from '../../storage/services/create-services.ts';
import { readTextFile } from '../csv/read-text-file.ts';
import { ProblemList, type Problem } from '../report.ts';
import { readCensusFile } from './read-census-file.ts';
import { readSessionFile } from './read-session-file.ts';
import { schoolsHeld } from '../../storage/repositories/lookups/exists.ts';

export interface ImportTutoringOptions {
  readonly pseudonymise: (upn: string) => string;
  /** A School Census-shaped return (tutored Y/N, cumulative hours) rather than MIS sessions. */
  readonly census: boolean;
  /** Sessions: the year every session must fall in, if given. Census: the year of the return (required). */
  readonly academicYear: number | null;
  readonly localRoutes: readonly string[];
  readonly actor: AuditActor;
  readonly now: () => Date;
  /** null for the national team at the command line; a user may import only schools they may edit pupils of. */
  readonly principal: Principal | null;
  /** Years a record is kept after its academic year ends (OA_RETENTION_YEARS). */
  readonly retentionYears: number;
  /** A file uploaded on one school's page: every row must be this school's. Null at the command line. */
  readonly onlyUrn?: number | null;
  /** What the audit log names as the source; default the file's name. */
  readonly source?: string;
}

export type ImportTutoringOutcome =
  | { readonly ok: true; readonly file: string; readonly counts: SaveCounts; readonly pastRetention: number }
  | { readonly ok: false; readonly file: string; readonly problems: readonly Problem[]; readonly more: number };

/**
 * Imports a tutoring export all or nothing (docs/methodology.md §17): every problem is reported with its
 * row, column and reason, and nothing is written unless there are none. Each URN must be in the school
 * register and, for a user's import, one whose pupils they may edit. Rows of academic years retention has
 * already removed are skipped and counted, so an import never brings them back.
 */
export async function importTutoring(services: Services, path: string, options: ImportTutoringOptions): Promise<ImportTutoringOutcome> {
  const file = basename(path);
  const read = await readTextFile(path);
  if (!read.ok) {
    const problems = new ProblemList(file);
    problems.add({ row: null, column: null, value: null, reason: read.reason });
    return { ok: false, file, problems: problems.items, more: problems.truncatedBy };
  }
  return importTutoringText(services, file, read.file.text, options);
}

/** The same import for a file's text already read (an upload on the web), named `file` in its problems. */
export async function importTutoringText(services: Services, file: string, text: string, options: ImportTutoringOptions): Promise<ImportTutoringOutcome> {
  const db = connectionOf(services);
  const problems = new ProblemList(file);
  const onlyUrn = options.onlyUrn ?? null;
  if (options.census) {
    if (options.academicYear === null) throw new RangeError('A census import needs its academic year');
    return finish(db, file, problems, readCensusFile(text, problems, { pseudonymise: options.pseudonymise, academicYear: options.academicYear, onlyUrn }), saveTutoringCensus, options);
  }
  const sessions = readSessionFile(text, problems, { pseudonymise: options.pseudonymise, localRoutes: options.localRoutes, academicYear: options.academicYear, onlyUrn });
  return finish(db, file, problems, sessions, saveTutoringSessions, options);
}

type Save<T> = (db: Kysely<Database>, rows: readonly T[], options: SaveOptions) => Promise<SaveCounts>;

/** Checks the file's schools (in the register; within a user's rights) and, with no problem at all, writes the rows. */
async function finish<T extends PupilYearRow>(db: Kysely<Database>, file: string, problems: ProblemList, all: readonly T[], save: Save<T>, options: ImportTutoringOptions): Promise<ImportTutoringOutcome> {
  const urns = [...new Set(all.map((r) => r.urn))];
  const known = new Set<number>();
  for (const urn of await schoolsHeld(db, urns)) known.add(urn);
  for (const urn of urns) {
    if (!known.has(urn)) problems.add({ row: null, column: 'urn', value: String(urn), reason: `URN ${String(urn)} is not in the school register: import the register first (oa import gias)` });
  }
  if (options.principal !== null) {
    for (const urn of known) {
      const decision = authorise(options.principal, 'pupil:write', await careersSchoolScopes(db, urn));
      if (!decision.allowed) problems.add({ row: null, column: 'urn', value: String(urn), reason: `URN ${String(urn)}: ${options.principal.email} cannot import this school’s pupils. ${decision.message}` });
    }
  }
  if (problems.count > 0) return { ok: false, file, problems: problems.items, more: problems.truncatedBy };
  const firstKept = tutoringRetentionCutOffYear(options.now().toISOString().slice(0, 10), options.retentionYears);
  const kept = all.filter((r) => r.academicYear >= firstKept);
  const counts = await save(db, kept, { actor: options.actor, now: options.now().toISOString(), source: options.source ?? file });
  return { ok: true, file, counts, pastRetention: all.length - kept.length };
}
