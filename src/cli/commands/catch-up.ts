import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseAcademicYear } from '../../domain/careers/index.ts';
import { NTP_COURSE_RULE, type TutoringGrouping } from '../../domain/catch-up/index.ts';
import { runDemoCatchUp } from '../catch-up/demo-command.ts';
import { runCatchUpImport } from '../catch-up/import-command.ts';
import { runCatchUpReport, type TutoringReportFormat } from '../catch-up/report-command.ts';
import { runListTargets, runSetTarget } from '../catch-up/targets-command.ts';
import type { CliIo } from '../io.ts';

const academicYear = (value: string) => {
  const year = parseAcademicYear(value);
  if (year === null) throw new InvalidArgumentError(`--academic-year must be like 2022/23 (got "${value}").`);
  return year;
};

const positive = (name: string, halves: boolean) => (value: string) => {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(n > 0) || !Number.isInteger(halves ? n * 2 : n)) {
    throw new InvalidArgumentError(`${name} must be a positive ${halves ? 'number of half hours, like 16 or 15.5' : 'whole number'} (got "${value}").`);
  }
  return n;
};

export function registerCatchUpCommands(program: Command, io: CliIo): void {
  const catchUp = program.command('catch-up').description('Catch-up tutoring: the per-pupil tutoring ledger and the National Tutoring Programme statistics');
  catchUp
    .command('import')
    .description('Import an MIS tutoring export (upn, urn, year_group, fsm, pupil_premium, route, subject, session_date, hours, group_size, provider), all or nothing; UPNs are pseudonymised, never stored')
    .argument('<file>', 'the CSV file')
    .option('--census', 'the file is a School Census-shaped return: one row per pupil on roll (upn, urn, year_group, fsm, pupil_premium, tutored, hours)', false)
    .option('--academic-year <year>', 'sessions: the year every session must fall in; census: the year of the return (default: the current one)', academicYear)
    .action(async (file: string, options: { census: boolean; academicYear?: number }) => {
      await runCatchUpImport(io, { file, census: options.census, ...(options.academicYear === undefined ? {} : { academicYear: options.academicYear }) });
    });
  catchUp
    .command('report')
    .description('Pupils tutored, hours, courses started (the NTP rule) and the share of tutees who are disadvantaged, for one academic year')
    .addOption(new Option('--by <grouping>', 'group by').choices(['school', 'district', 'area', 'la', 'route', 'subject', 'year_group']).default('school'))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--suppress', 'apply disclosure control (counts below 5 and what would reveal them shown as c), for sharing', false)
    .option('--academic-year <year>', 'the year to report (default: the latest with any record)', academicYear)
    .option('--hours-per-course <hours>', 'hours one course stands for (the NTP rule: 16)', positive('--hours-per-course', true), NTP_COURSE_RULE.hoursPerCourse)
    .option('--max-courses <n>', 'the most courses a pupil counts for at one school in a year (the NTP rule: 2)', positive('--max-courses', false), NTP_COURSE_RULE.maxCourses)
    .action(async (options: { by: TutoringGrouping; format: TutoringReportFormat; suppress: boolean; academicYear?: number; hoursPerCourse: number; maxCourses: number }) => {
      await runCatchUpReport(io, {
        by: options.by,
        format: options.format,
        suppress: options.suppress,
        rule: { hoursPerCourse: options.hoursPerCourse, maxCourses: options.maxCourses },
        ...(options.academicYear === undefined ? {} : { academicYear: options.academicYear }),
      });
    });
  const targets = catchUp.command('targets').description('Tutoring targets of an Opportunity Area or a school, such as 65% of tutees disadvantaged or 15 hours per course');
  targets
    .command('set')
    .description('Set (or replace) a target for an academic year (audited)')
    .option('--area <id>', 'an Opportunity Area, like blackpool')
    .option('--school <urn>', 'a school by URN', positive('--school', false))
    .requiredOption('--measure <measure>', 'disadvantaged-tutees-pct or hours-per-course')
    .requiredOption('--value <n>', 'the target: a percentage, or hours', (v: string) => {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError(`--value must be a number (got "${v}").`);
      return n;
    })
    .option('--academic-year <year>', 'the year the target is for (default: the current one)', academicYear)
    .action(async (options: { area?: string; school?: number; measure: string; value: number; academicYear?: number }) => {
      await runSetTarget(io, options);
    });
  targets
    .command('list')
    .description('Each target of a year beside its figure, met or not')
    .option('--academic-year <year>', 'the year (default: the current one)', academicYear)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (options: { academicYear?: number; format: 'table' | 'json' }) => {
      await runListTargets(io, options);
    });

  const demo = program.commands.find((c) => c.name() === 'demo') ?? program.command('demo').description('Demo data');
  demo
    .command('catch-up')
    .description('Generate clearly labelled synthetic tutoring (pupils and sessions) over the real school register (replaces earlier synthetic tutoring)')
    .requiredOption('--pupils <n>', 'pupils to generate', positive('--pupils', false))
    .requiredOption('--sessions <n>', 'about this many sessions in all', positive('--sessions', false))
    .option('--seed <n>', 'random seed: the same seed gives the same data', positive('--seed', false), 1)
    .option('--academic-year <year>', 'the year of the sessions (default: the current one)', academicYear)
    .action(async (options: { pupils: number; sessions: number; seed: number; academicYear?: number }) => {
      await runDemoCatchUp(io, options);
    });
}
