import { parseEmail, scopeForRole, type AuditActor, type Principal } from '../../domain/access/index.ts';
import { AppFailure, appError } from '../../app/errors.ts';
import { academicYearOf } from '../../domain/careers/index.ts';
import { openPseudonymiserOrThrow } from '../../ingest/careers/open-pseudonymiser.ts';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { encounterFilesIn, importEncounterFiles } from '../../ingest/careers/import-encounter-folder.ts';
import { importEncounters, type ImportEncountersOptions, type ImportEncountersOutcome } from '../../ingest/careers/import-encounters.ts';
import { formatProblem } from '../../ingest/report.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow, pseudonymKeyPathOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import type { CliIo } from '../io.ts';
import { createProgress, type Progress } from '../progress.ts';
import { retentionYearsOrThrow } from './retention-command.ts';
import { withServices } from '../open-database.ts';

type SaveLedgerCounts = Extract<ImportEncountersOutcome, { ok: true }>['counts'];

export interface CareersImportOptions {
  readonly file: string;
  readonly academicYear?: number;
  readonly replace: boolean;
  /** Import as this user, held to their role and scope (a school user's export, sent to the national team). */
  readonly as?: string;
  /** Move pupils on another school's roll to the file's school: the national team's deliberate transfer. */
  readonly transferPupils: boolean;
}

/**
 * `oa careers import FILE`: a school encounter export, all or nothing, UPNs replaced by pseudonyms, read as
 * a stream with a progress bar on a terminal; `oa careers import DIR` does each CSV file in a folder. Run
 * by the national team, a pupil on another school's roll stops the import unless `--transfer-pupils`;
 * with `--as EMAIL`, the import is that user's, with their limits (docs/methodology.md §15.7).
 */
export async function runCareersImport(io: CliIo, options: CareersImportOptions): Promise<void> {
  if (options.as !== undefined && options.transferPupils) {
    throw new UsageError('--transfer-pupils is for the national team’s own imports: leave out --as, or leave out --transfer-pupils to import as the user');
  }
  const email = options.as === undefined ? null : parseEmail(options.as);
  if (email !== null && !email.ok) throw new UsageError(`--as: ${email.error}`);
  const config = loadConfigOrThrow(io.env);
  const keyPath = pseudonymKeyPathOrThrow(io.env, config.database);
  const retentionYears = retentionYearsOrThrow(io.env, undefined);
  const asAt = options.academicYear ?? academicYearOf(io.now().toISOString().slice(0, 10));
  await withServices(config.database, async (services) => {
    let principal: Principal | null = null;
    let actor: AuditActor = cliActor(io);
    if (email !== null) {
      const user = await services.users.findUserByEmail(email.value);
      if (user === null || user.disabledAt !== null) throw new AppFailure(appError('not_found', `There is no active user with the email ${email.value}`));
      principal = { userId: user.id, email: user.email, role: user.role, scope: scopeForRole(user.role, user.scope), via: 'cli' };
      actor = { userId: user.id, label: `${actor.label} as ${user.email}` };
    }
    const pseudonymise = await openPseudonymiserOrThrow(services, keyPath, io.now);
    const settings = { pseudonymise, asAt, replace: options.replace, actor, now: io.now, principal, transferPupils: options.transferPupils, retentionYears };
    if (await isFolder(options.file)) {
      await importFolder(io, services, options.file, settings, retentionYears);
      return;
    }
    const progress = createProgress(io, basename(options.file), 'KB');
    let outcome;
    try {
      outcome = await importEncounters(services, options.file, { ...settings, onProgress: (read, total) => { progress.update(kilobytes(read), kilobytes(total)); } });
    } finally {
      progress.stop();
    }
    if (!outcome.ok) {
      printProblems(io, outcome);
      const total = outcome.problems.length + outcome.more;
      throw new Error(`${outcome.file}: ${String(total)} problem${total === 1 ? '' : 's'}; nothing was imported.`);
    }
    printImported(io, outcome, retentionYears);
  });
}

const kilobytes = (bytes: number) => Math.round(bytes / 1024);

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    // A path that is not there is the file import's to report, as it always has.
    return false;
  }
}

function printProblems(io: CliIo, outcome: Extract<ImportEncountersOutcome, { ok: false }>): void {
  for (const problem of outcome.problems) io.stderr(`${formatProblem(problem)}\n`);
  if (outcome.more > 0) io.stderr(`… and ${String(outcome.more)} more\n`);
}

function printImported(io: CliIo, outcome: Extract<ImportEncountersOutcome, { ok: true }>, retentionYears: number): void {
  // A user's import says no more than the form would: pupils held for another school are not told apart.
  io.stdout(`${outcome.file}: ${describeCounts(outcome.counts)}\n`);
  const past = outcome.pastRetention;
  if (past.encounters > 0) {
    io.stdout(
      `Skipped ${String(past.encounters)} encounters of ${String(past.pupils)} pupils who left before ${past.cutOff}: ` +
        `records are kept ${String(retentionYears)} years after a pupil leaves (OA_RETENTION_YEARS), so they are not imported.\n`,
    );
  }
}

function describeCounts(c: SaveLedgerCounts): string {
  const moved = c.transferred > 0 ? ` ${String(c.transferred)} pupils transferred from another school.` : '';
  return (
    `${String(c.rows)} encounters: ${String(c.inserted)} new, ${String(c.unchanged)} already held, ${String(c.deleted)} deleted; ` +
    `${String(c.pupilsChanged)} pupils added or changed, ${String(c.employersAdded)} new employers.${moved}`
  );
}

/**
 * `oa careers import DIR`: each CSV file in the folder, by name, all or nothing on its own; a summary at
 * the end of the files imported (with their totals) and those refused (with their first problem), and a
 * failure (exit code 1) when any was refused.
 */
async function importFolder(io: CliIo, services: Services, dir: string, settings: Omit<ImportEncountersOptions, 'onProgress'>, retentionYears: number): Promise<void> {
  const files = await encounterFilesIn(dir);
  if (files.length === 0) throw new Error(`There are no .csv files in ${dir}`);
  let progress: Progress | null = null;
  let current = -1;
  const result = await importEncounterFiles(services, files, {
    ...settings,
    onProgress: (index, read, total) => {
      if (index !== current) {
        progress?.stop();
        progress = createProgress(io, `${String(index + 1)}/${String(files.length)} ${basename(files[index] ?? '')}`, 'KB');
        current = index;
      }
      progress?.update(kilobytes(read), kilobytes(total));
    },
    onFile: (outcome) => {
      progress?.stop();
      progress = null;
      current = -1;
      if (outcome.ok) printImported(io, outcome, retentionYears);
      else {
        printProblems(io, outcome);
        const total = outcome.problems.length + outcome.more;
        io.stderr(`${outcome.file}: ${String(total)} problem${total === 1 ? '' : 's'}; nothing was imported from it.\n`);
      }
    },
  });
  const sum = (pick: (c: SaveLedgerCounts) => number) => result.imported.reduce((total, f) => total + pick(f.counts), 0);
  const totals: SaveLedgerCounts = {
    rows: sum((c) => c.rows),
    inserted: sum((c) => c.inserted),
    unchanged: sum((c) => c.unchanged),
    deleted: sum((c) => c.deleted),
    pupilsChanged: sum((c) => c.pupilsChanged),
    employersAdded: sum((c) => c.employersAdded),
    transferred: sum((c) => c.transferred),
    held: sum((c) => c.held),
  };
  io.stdout(`\nImported ${String(result.imported.length)} of ${String(files.length)} files: ${describeCounts(totals)}\n`);
  if (result.refused.length === 0) return;
  io.stdout(`Refused ${String(result.refused.length)} file${result.refused.length === 1 ? '' : 's'}, nothing imported from ${result.refused.length === 1 ? 'it' : 'them'}:\n`);
  for (const r of result.refused) {
    const first = r.first === null ? '' : ` (first: ${formatProblem(r.first)})`;
    io.stdout(`  ${r.file}: ${String(r.problems)} problem${r.problems === 1 ? '' : 's'}${first}\n`);
  }
  throw new Error(`${String(result.refused.length)} of ${String(files.length)} files were refused; the other files were imported.`);
}
