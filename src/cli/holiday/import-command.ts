import { formatAcademicYear } from '../../domain/careers/index.ts';
import { importHolidayAttendance } from '../../ingest/holiday/import-attendance.ts';
import { importHolidayClubs, type HolidayImportOutcome } from '../../ingest/holiday/import-clubs.ts';
import { openPseudonymiserOrThrow } from '../../ingest/careers/open-pseudonymiser.ts';
import { formatProblem } from '../../ingest/report.ts';
import { retentionYearsOrThrow } from '../careers/retention-command.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow, pseudonymKeyPathOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

/**
 * `oa holiday import FILE`: a provider's attendance file (upn, urn, fsm, club_id, date, attended), all or
 * nothing, UPNs pseudonymised with the careers key. `oa holiday import --clubs FILE`: the clubs it names.
 */
export async function runHolidayImport(io: CliIo, options: { file: string; clubs: boolean }): Promise<void> {
  const config = loadConfigOrThrow(io.env);
  const retentionYears = retentionYearsOrThrow(io.env, undefined);
  const keyPath = options.clubs ? null : pseudonymKeyPathOrThrow(io.env, config.database);
  await withServices(config.database, async (services) => {
    const actor = cliActor(io);
    if (keyPath === null) {
      const outcome = await importHolidayClubs(services, options.file, { actor, now: io.now });
      if (!outcome.ok) failWith(io, outcome);
      const c = outcome.counts;
      io.stdout(`${outcome.file}: ${String(c.rows)} clubs: ${String(c.inserted)} new, ${String(c.updated)} changed, ${String(c.unchanged)} already held.\n`);
      return;
    }
    const pseudonymise = await openPseudonymiserOrThrow(services, keyPath, io.now);
    const outcome = await importHolidayAttendance(services, options.file, { pseudonymise, actor, now: io.now, retentionYears });
    if (!outcome.ok) failWith(io, outcome);
    const c = outcome.counts;
    io.stdout(
      `${outcome.file}: ${String(c.rows)} pupil-days: ${String(c.inserted)} new, ${String(c.updated)} changed, ${String(c.unchanged)} already held; ` +
        `${String(c.pupilsAdded)} pupils added, ${String(c.pupilsChanged)} changed.\n`,
    );
    if (c.pastRetention > 0) {
      io.stdout(
        `Skipped ${String(c.pastRetention)} pupil-days before ${formatAcademicYear(c.firstYearKept)}: records are kept ${String(retentionYears)} years after their academic year ends (OA_RETENTION_YEARS), so they are not imported.\n`,
      );
    }
  });
}

function failWith(io: CliIo, outcome: Extract<HolidayImportOutcome<unknown>, { ok: false }>): never {
  for (const problem of outcome.problems) io.stderr(`${formatProblem(problem)}\n`);
  const total = outcome.problems.length + outcome.more;
  if (outcome.more > 0) io.stderr(`… and ${String(outcome.more)} more\n`);
  throw new Error(`${outcome.file}: ${String(total)} problem${total === 1 ? '' : 's'}; nothing was imported.`);
}
