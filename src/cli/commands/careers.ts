import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_TARGET, parseAcademicYear } from '../../domain/careers/index.ts';
import { runDemoCareers } from '../careers/demo-command.ts';
import { runAdvisersImport, runEmployersImport } from '../careers/directory-commands.ts';
import { runCareersImport } from '../careers/import-command.ts';
import { runCareersReport, type CoverageGrouping, type ReportFormat } from '../careers/report-command.ts';
import { runRetentionApply } from '../careers/retention-command.ts';
import type { CliIo } from '../io.ts';

const wholeNumber = (name: string, least: number) => (value: string) => {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < least) throw new InvalidArgumentError(`${name} must be a whole number from ${String(least)} (got "${value}").`);
  return n;
};

const academicYear = (value: string) => {
  const year = parseAcademicYear(value);
  if (year === null) throw new InvalidArgumentError(`--academic-year must be like 2024/25 (got "${value}").`);
  return year;
};

export function registerCareersCommands(program: Command, io: CliIo): void {
  const careers = program.command('careers').description('Careers: the pupil encounter ledger and four-encounter coverage');
  careers
    .command('import')
    .description('Import a school encounter export (upn, urn, year_group, fsm, encounter_date, encounter_type, employer_name[, leaving_date]), all or nothing, or each CSV file in a folder; UPNs are pseudonymised, never stored')
    .argument('<file>', 'the CSV file, or a folder of them (one per school: each all or nothing, a summary at the end)')
    .option('--academic-year <year>', 'the academic year the year groups describe, like 2024/25 (default: the current one)', academicYear)
    .option('--replace', 'the file is each named school’s whole ledger: delete that school’s encounters it no longer lists', false)
    .option('--as <email>', 'import as this user, with their role and scope: only their schools, and pupils on another school’s roll kept apart, as the web form does')
    .option('--transfer-pupils', 'move pupils on another school’s roll to the file’s school (audited); without it the import stops and names them', false)
    .action(async (file: string, options: { academicYear?: number; replace: boolean; as?: string; transferPupils: boolean }) => {
      await runCareersImport(io, {
        file,
        replace: options.replace,
        transferPupils: options.transferPupils,
        ...(options.academicYear === undefined ? {} : { academicYear: options.academicYear }),
        ...(options.as === undefined ? {} : { as: options.as }),
      });
    });
  careers
    .command('report')
    .description('The share of pupils on roll reaching the target number of encounters, with the FSM gap')
    .addOption(new Option('--by <grouping>', 'group by').choices(['school', 'area', 'fsm', 'year_group']).default('school'))
    .option('--target <n>', 'encounters needed', wholeNumber('--target', 1), DEFAULT_TARGET)
    .option('--each-year', 'also require one encounter in every secondary year so far (Gatsby Benchmark 5)', false)
    .option('--suppress', 'apply disclosure control (counts below 5 and what would reveal them shown as c), for sharing', false)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (options: { by: CoverageGrouping; target: number; eachYear: boolean; suppress: boolean; format: ReportFormat }) => {
      await runCareersReport(io, { by: options.by, rule: { target: options.target, eachYear: options.eachYear }, format: options.format, suppress: options.suppress });
    });

  careers
    .command('employers')
    .description('Employers: import FILE (employer_name, cornerstone Y/N, sector, location)')
    .command('import')
    .description('Add employers or update their cornerstone flag, sector and location, matched by name; all or nothing')
    .argument('<file>', 'the CSV file')
    .action(async (file: string) => {
      await runEmployersImport(io, file);
    });
  careers
    .command('advisers')
    .description('Enterprise Advisers: import FILE (adviser_name, urn, employer_name)')
    .command('import')
    .description('Match Enterprise Advisers to schools and colleges in the register; all or nothing')
    .argument('<file>', 'the CSV file')
    .action(async (file: string) => {
      await runAdvisersImport(io, file);
    });

  const retention = program.command('retention').description('Keep pupil-level records no longer than needed');
  retention
    .command('apply')
    .description('Remove careers pupils who left more than N years ago, with their encounters, and tutoring records and holiday attendance of academic years that ended more than N years ago (audited)')
    .option('--years <n>', 'years to keep a leaver’s records (default: OA_RETENTION_YEARS, else 6)', wholeNumber('--years', 0))
    .option('--confirm', 'needed for a period shorter than OA_RETENTION_YEARS (or 6), or 0: it removes records the policy keeps', false)
    .action(async (options: { years?: number; confirm: boolean }) => {
      await runRetentionApply(io, options);
    });

  const demo = program.commands.find((c) => c.name() === 'demo') ?? program.command('demo').description('Demo data');
  demo
    .command('careers')
    .description('Generate clearly labelled synthetic pupils and encounters over the real school register (replaces earlier synthetic data)')
    .requiredOption('--pupils <n>', 'pupils to generate', wholeNumber('--pupils', 1))
    .requiredOption('--encounters <n>', 'about this many encounters in all', wholeNumber('--encounters', 0))
    .option('--seed <n>', 'random seed: the same seed gives the same data', wholeNumber('--seed', 0), 1)
    .action(async (options: { pupils: number; encounters: number; seed: number }) => {
      await runDemoCareers(io, options);
    });
}
