import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseAcademicYear } from '../../domain/careers/index.ts';
import { HOLIDAY_GROUPINGS, type HolidayGrouping } from '../../domain/holiday/index.ts';
import { runDemoHoliday } from '../holiday/demo-command.ts';
import { runHolidayImport } from '../holiday/import-command.ts';
import { runHolidayReport, type HolidayReportFormat } from '../holiday/report-command.ts';
import type { CliIo } from '../io.ts';

const academicYear = (value: string) => {
  const year = parseAcademicYear(value);
  if (year === null) throw new InvalidArgumentError(`--academic-year must be like 2025/26 (got "${value}").`);
  return year;
};

const positiveWhole = (name: string) => (value: string) => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive whole number (got "${value}").`);
  return n;
};

export function registerHolidayCommands(program: Command, io: CliIo): void {
  const holiday = program.command('holiday').description('Holiday activities: clubs, attendance per pupil-day with FSM eligibility, places offered against taken');
  holiday
    .command('import')
    .description('Import an attendance file (upn, urn, fsm, club_id, date, attended), or with --clubs a clubs file; all or nothing; UPNs are pseudonymised, never stored')
    .argument('<file>', 'the CSV file')
    .option('--clubs', 'the file lists clubs (club_id, club_name, provider, urn or postcode and district_code, start_date, end_date, days_offered, places_per_day)', false)
    .action(async (file: string, options: { clubs: boolean }) => {
      await runHolidayImport(io, { file, clubs: options.clubs });
    });
  holiday
    .command('report')
    .description('Places offered against taken, pupils attending, the FSM share of attendees and days per pupil, by club, school, district, area or LA')
    .addOption(new Option('--by <grouping>', 'group by').choices([...HOLIDAY_GROUPINGS]).default('club'))
    .option('--academic-year <year>', 'only clubs starting in this academic year, like 2025/26 (summer 2026), and their attendance', academicYear)
    .option('--suppress', 'apply disclosure control (counts below 5 and what would reveal them shown as c), for sharing', false)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (options: { by: HolidayGrouping; suppress: boolean; format: HolidayReportFormat; academicYear?: number }) => {
      await runHolidayReport(io, options);
    });

  const demo = program.commands.find((c) => c.name() === 'demo') ?? program.command('demo').description('Demo data');
  demo
    .command('holiday')
    .description('Generate clearly labelled synthetic holiday clubs (in every district) and attendance over the real school register (replaces earlier synthetic holiday data)')
    .requiredOption('--pupils <n>', 'pupils to generate', positiveWhole('--pupils'))
    .option('--seed <n>', 'random seed: the same seed gives the same data', positiveWhole('--seed'), 1)
    .option('--academic-year <year>', 'the year whose summer the clubs run in, like 2025/26 (default: the current one)', academicYear)
    .action(async (options: { pupils: number; seed: number; academicYear?: number }) => {
      await runDemoHoliday(io, options);
    });
}
