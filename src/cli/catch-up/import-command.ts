import { academicYearOf } from '../../domain/careers/index.ts';
import { parseLocalRoutes } from '../../domain/catch-up/index.ts';
import { openPseudonymiserOrThrow } from '../../ingest/careers/open-pseudonymiser.ts';
import { importTutoring } from '../../ingest/catch-up/import-tutoring.ts';
import { formatProblem } from '../../ingest/report.ts';
import { retentionYearsOrThrow } from '../careers/retention-command.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow, pseudonymKeyPathOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

export interface CatchUpImportOptions {
  readonly file: string;
  readonly census: boolean;
  readonly academicYear?: number;
}

/** The local routes configured beside the NTP's (OA_CATCH_UP_LOCAL_ROUTES), or a configuration error. */
export function localRoutesOrThrow(env: NodeJS.ProcessEnv): readonly string[] {
  const routes = parseLocalRoutes(env['OA_CATCH_UP_LOCAL_ROUTES']);
  if (!routes.ok) throw new Error(`OA_CATCH_UP_LOCAL_ROUTES: ${routes.error}`);
  return routes.value;
}

/**
 * `oa catch-up import FILE [--census] [--academic-year Y]`: an MIS tutoring export (or, with --census, a
 * School Census-shaped return), all or nothing, UPNs replaced by the careers pseudonyms with the same key.
 */
export async function runCatchUpImport(io: CliIo, options: CatchUpImportOptions): Promise<void> {
  const config = loadConfigOrThrow(io.env);
  const keyPath = pseudonymKeyPathOrThrow(io.env, config.database);
  const retentionYears = retentionYearsOrThrow(io.env, undefined);
  const localRoutes = localRoutesOrThrow(io.env);
  // A census return is for one year: the current one unless given. Sessions carry their own dates.
  const academicYear = options.academicYear ?? (options.census ? academicYearOf(io.now().toISOString().slice(0, 10)) : null);
  await withServices(config.database, async (services) => {
    const pseudonymise = await openPseudonymiserOrThrow(services, keyPath, io.now);
    const outcome = await importTutoring(services, options.file, { pseudonymise, census: options.census, academicYear, localRoutes, actor: cliActor(io), now: io.now, principal: null, retentionYears });
    if (!outcome.ok) {
      for (const problem of outcome.problems) io.stderr(`${formatProblem(problem)}\n`);
      const total = outcome.problems.length + outcome.more;
      if (outcome.more > 0) io.stderr(`… and ${String(outcome.more)} more\n`);
      throw new Error(`${outcome.file}: ${String(total)} problem${total === 1 ? '' : 's'}; nothing was imported.`);
    }
    const c = outcome.counts;
    const what = options.census ? 'pupils' : 'sessions';
    const deleted = options.census ? `, ${String(c.deleted)} no longer in the return deleted` : '';
    io.stdout(`${outcome.file}: ${String(c.rows)} ${what}: ${String(c.inserted)} new, ${String(c.updated)} corrected, ${String(c.unchanged)} already held${deleted}; ${String(c.pupilsAdded)} new pupils.\n`);
    if (outcome.pastRetention > 0) {
      io.stdout(`Skipped ${String(outcome.pastRetention)} rows of academic years past the retention period (${String(retentionYears)} years, OA_RETENTION_YEARS).\n`);
    }
  });
}
