import { holidayRetentionText } from '../holiday/retention-text.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';
import { DEFAULT_RETENTION_YEARS } from '../../domain/careers/index.ts';

/** The retention period: --years, else OA_RETENTION_YEARS, else 6. */
export function retentionYearsOrThrow(env: NodeJS.ProcessEnv, years: number | undefined): number {
  if (years !== undefined) return years;
  const raw = env['OA_RETENTION_YEARS'];
  if (raw === undefined || raw === '') return DEFAULT_RETENTION_YEARS;
  if (!/^\d+$/.test(raw.trim())) throw new Error(`OA_RETENTION_YEARS must be a whole number of years (got "${raw}")`);
  return Number(raw);
}

/**
 * `oa retention apply [--years N] [--confirm]`: removes pupils who left more than N years ago with their
 * encounters. A period shorter than the one set (OA_RETENTION_YEARS, else 6), or 0, removes records the
 * policy keeps, so it needs --confirm; without it, nothing is removed and the message says how much would be.
 */
export async function runRetentionApply(io: CliIo, options: { years?: number; confirm?: boolean }): Promise<void> {
  const years = retentionYearsOrThrow(io.env, options.years);
  const policy = retentionYearsOrThrow(io.env, undefined);
  await withServices(loadConfigOrThrow(io.env).database, async (services) => {
    if ((years < policy || years === 0) && options.confirm !== true) {
      const preview = await services.careersRetention.previewRetention(years, io.now());
      const tutoring = await services.catchUpTutoringRetention.previewTutoringRetention(years, io.now());
      const holiday = await services.holidayRetention.previewHolidayRetention(years, io.now());
      const whom = years === 0 ? 'every pupil who has left' : `pupils who left before ${preview.cutOff}`;
      throw new UsageError(
        `${years === 0 ? '--years 0' : `--years ${String(years)} is shorter than the retention period of ${String(policy)} years and`} would remove ${whom}: ` +
          `${String(preview.pupils)} pupils and their ${String(preview.encounters)} encounters` +
          (tutoring.sessions + tutoring.censusRows > 0 ? `, and ${tutoringText(tutoring)}` : '') +
          (holiday.attendance + holiday.pupils > 0 ? `, and ${holidayRetentionText(holiday)}` : '') +
          '. Nothing was removed. To go ahead, run the command again with --confirm',
      );
    }
    const result = await services.careersRetention.applyRetention(years, cliActor(io), io.now());
    io.stdout(`Removed ${String(result.pupils)} pupils who left before ${result.cutOff} (${String(years)} years ago) and their ${String(result.encounters)} encounters.\n`);
    // Tutoring records carry no leaving date: they go by the academic year they belong to (methodology §17.6).
    const tutoring = await services.catchUpTutoringRetention.applyTutoringRetention(years, cliActor(io), io.now());
    if (tutoring.sessions + tutoring.censusRows + tutoring.pupils > 0) io.stdout(`Removed ${tutoringText(tutoring)}.\n`);
    // Holiday attendance carries no leaving date: it goes by the academic year of the club day.
    const holiday = await services.holidayRetention.applyHolidayRetention(years, cliActor(io), io.now());
    if (holiday.attendance + holiday.pupils > 0) io.stdout(`Removed ${holidayRetentionText(holiday)}.\n`);
  });
}

function tutoringText(t: { firstYearKept: number; sessions: number; censusRows: number; pupils: number }): string {
  return `tutoring records of academic years before ${String(t.firstYearKept)}/${String((t.firstYearKept + 1) % 100).padStart(2, '0')}: ${String(t.sessions)} sessions, ${String(t.censusRows)} census rows and ${String(t.pupils)} pupils with no record left`;
}
