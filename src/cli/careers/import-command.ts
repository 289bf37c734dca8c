import { academicYearOf } from '../../domain/careers/index.ts';
import { openPseudonymiserOrThrow } from '../../ingest/careers/open-pseudonymiser.ts';
import { importEncounters } from '../../ingest/careers/import-encounters.ts';
import { formatProblem } from '../../ingest/report.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow, pseudonymKeyPathOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { retentionYearsOrThrow } from './retention-command.ts';
import { assertMigratedOrThrow, withDatabase } from '../open-database.ts';

/** `oa careers import FILE`: a school encounter export, all or nothing, UPNs replaced by pseudonyms. */
export async function runCareersImport(io: CliIo, options: { file: string; academicYear?: number; replace: boolean }): Promise<void> {
  const config = loadConfigOrThrow(io.env);
  const keyPath = pseudonymKeyPathOrThrow(io.env, config.database);
  const retentionYears = retentionYearsOrThrow(io.env, undefined);
  const asAt = options.academicYear ?? academicYearOf(io.now().toISOString().slice(0, 10));
  await withDatabase(config.database, async (handle) => {
    await assertMigratedOrThrow(handle);
    const pseudonymise = await openPseudonymiserOrThrow(handle.db, keyPath, io.now);
    const outcome = await importEncounters(handle.db, options.file, { pseudonymise, asAt, replace: options.replace, actor: cliActor(io), now: io.now, retentionYears });
    if (!outcome.ok) {
      for (const problem of outcome.problems) io.stderr(`${formatProblem(problem)}\n`);
      const total = outcome.problems.length + outcome.more;
      if (outcome.more > 0) io.stderr(`… and ${String(outcome.more)} more\n`);
      throw new Error(`${outcome.file}: ${String(total)} problem${total === 1 ? '' : 's'}; nothing was imported.`);
    }
    const c = outcome.counts;
    io.stdout(
      `${outcome.file}: ${String(c.rows)} encounters: ${String(c.inserted)} new, ${String(c.unchanged)} already held, ${String(c.deleted)} deleted; ` +
        `${String(c.pupilsChanged)} pupils added or changed, ${String(c.employersAdded)} new employers.\n`,
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
