import { parseEmail, scopeForRole, type AuditActor, type Principal } from '../../domain/access/index.ts';
import { academicYearOf } from '../../domain/careers/index.ts';
import { openPseudonymiserOrThrow } from '../../ingest/careers/open-pseudonymiser.ts';
import { importEncounters } from '../../ingest/careers/import-encounters.ts';
import { formatProblem } from '../../ingest/report.ts';
import { findUserByEmail } from '../../storage/repositories/users.repository.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow, pseudonymKeyPathOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import type { CliIo } from '../io.ts';
import { retentionYearsOrThrow } from './retention-command.ts';
import { assertMigratedOrThrow, withDatabase } from '../open-database.ts';

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
 * `oa careers import FILE`: a school encounter export, all or nothing, UPNs replaced by pseudonyms. Run
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
  await withDatabase(config.database, async (handle) => {
    await assertMigratedOrThrow(handle);
    let principal: Principal | null = null;
    let actor: AuditActor = cliActor(io);
    if (email !== null) {
      const user = await findUserByEmail(handle.db, email.value);
      if (user === null || user.disabledAt !== null) throw new Error(`There is no active user with the email ${email.value}`);
      principal = { userId: user.id, email: user.email, role: user.role, scope: scopeForRole(user.role, user.scope), via: 'cli' };
      actor = { userId: user.id, label: `${actor.label} as ${user.email}` };
    }
    const pseudonymise = await openPseudonymiserOrThrow(handle.db, keyPath, io.now);
    const outcome = await importEncounters(handle.db, options.file, { pseudonymise, asAt, replace: options.replace, actor, now: io.now, principal, transferPupils: options.transferPupils, retentionYears });
    if (!outcome.ok) {
      for (const problem of outcome.problems) io.stderr(`${formatProblem(problem)}\n`);
      const total = outcome.problems.length + outcome.more;
      if (outcome.more > 0) io.stderr(`… and ${String(outcome.more)} more\n`);
      throw new Error(`${outcome.file}: ${String(total)} problem${total === 1 ? '' : 's'}; nothing was imported.`);
    }
    const c = outcome.counts;
    // A user's import says no more than the form would: pupils held for another school are not told apart.
    const moved = c.transferred > 0 ? ` ${String(c.transferred)} pupils transferred from another school.` : '';
    io.stdout(
      `${outcome.file}: ${String(c.rows)} encounters: ${String(c.inserted)} new, ${String(c.unchanged)} already held, ${String(c.deleted)} deleted; ` +
        `${String(c.pupilsChanged)} pupils added or changed, ${String(c.employersAdded)} new employers.${moved}\n`,
    );
    const past = outcome.pastRetention;
    if (past.encounters > 0) {
      io.stdout(
        `Skipped ${String(past.encounters)} encounters of ${String(past.pupils)} pupils who left before ${past.cutOff}: ` +
          `records are kept ${String(retentionYears)} years after a pupil leaves (OA_RETENTION_YEARS), so they are not imported.\n`,
      );
    }
  });
}
