import { InvalidArgumentError, Option, type Command } from 'commander';
import { ALLOCATION_FORMULAS, type AllocationFormula } from '../../domain/funding/index.ts';
import type { CliIo } from '../io.ts';
import { runAllocate } from '../funding/allocate-command.ts';
import type { OutputFormat } from '../funding/allocation-output.ts';
import { runFundProfile } from '../funding/profile-command.ts';
import { runFundReport } from '../funding/report-command.ts';
import { runExportGiving360 } from '../funding/export-giving360-command.ts';
import { runApproveSpend, runImportSpend, runListSpend, runVariance } from '../funding/spend-commands.ts';

/** A whole number of pence, 0 or more: `98000000` is £980,000. */
const pence = (name: string) => (value: string) => {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`${name} must be a whole number of pence, 0 or more (£980,000 is 98000000).`);
  return n;
};

const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table');

export function registerFundingCommands(program: Command, io: CliIo): void {
  const funding = program.command('funding').description('Funds, pots and allocation formulas to the penny');

  funding
    .command('allocate')
    .description('Share a total or a stored pot by formula, to the penny, with each recipient’s working')
    .option('--pot <id>', 'a stored fund or pot: its amount less its ring-fenced pots, shared among the twelve Opportunity Areas (or the --recipients file)')
    .option('--total <pence>', 'the total to share, in pence', pence('--total'))
    .option('--recipients <file.csv>', 'a CSV with a recipient column, one column per measure, optionally floor_pence and ceiling_pence')
    .addOption(new Option('--formula <formula>', 'how to share').choices([...ALLOCATION_FORMULAS]).makeOptionMandatory())
    .option('--measure <column>', 'the recipients file column to share in proportion to (proportional, base-plus)')
    .option('--base <pence>', 'the fixed base each recipient gets (base-plus)', pence('--base'))
    .option('--floor <pence>', 'the least any recipient gets', pence('--floor'))
    .option('--ceiling <pence>', 'the most any recipient gets', pence('--ceiling'))
    .addOption(formatOption())
    .option('--confirm', 'save the run against --pot: spend is then tracked against it (audited)')
    .action(async (options: { pot?: string; total?: number; recipients?: string; formula: AllocationFormula; measure?: string; base?: number; floor?: number; ceiling?: number; format: OutputFormat; confirm?: boolean }) => {
      await runAllocate(io, options);
    });

  funding
    .command('profile')
    .description('A fund’s funders with their shares, its conditions and its planned amount by academic year; --set to plan spend by year')
    .requiredOption('--fund <id>', 'the fund, e.g. opportunity-areas-2017-2020')
    .option('--set <year=pounds...>', 'the planned amount for each year, adding up to the fund, e.g. 2017/18=20000000 2018/19=26000000 2019/20=26000000')
    .option('--clear', 'remove the profile: spend is planned evenly over the years again')
    .action(async (options: { fund: string; set?: string[]; clear?: boolean }) => {
      await runFundProfile(io, options);
    });

  funding
    .command('report')
    .description('A fund with its pots and the totals check at every level, to the penny')
    .requiredOption('--fund <id>', 'the fund, e.g. opportunity-areas-2020-21')
    .addOption(formatOption())
    .action(async (options: { fund: string; format: OutputFormat }) => {
      await runFundReport(io, options);
    });

  funding
    .command('export-360giving')
    .description('A fund’s allocations as grants in the 360Giving data standard')
    .requiredOption('--fund <id>', 'the fund, e.g. opportunity-areas-2017-2020')
    .addOption(new Option('--format <format>', 'a 360Giving JSON package, or CSV in its spreadsheet layout').choices(['json', 'csv']).default('json'))
    .option('--award-date <date>', 'when the award was decided, YYYY-MM-DD (default: the published announcement date, where known)')
    .option('--prefix <prefix>', 'your registered 360Giving prefix, for grant and organisation ids', '360G-opportunity-areas')
    .action(async (options: { fund: string; format: 'json' | 'csv'; awardDate?: string; prefix: string }) => {
      await runExportGiving360(io, options);
    });

  funding
    .command('import-spend')
    .description('Load commitments and payments from CSV against a fund: every line or none, each checked as the entry form checks it')
    .requiredOption('--fund <id>', 'the fund the spend is against')
    .argument('<file>', 'CSV with recipient, kind (commitment or payment), date, purpose, evidence_strand (optional), amount_gbp')
    .option('--dry-run', 'check the file without writing anything')
    .action(async (file: string, options: { fund: string; dryRun?: boolean }) => {
      await runImportSpend(io, { fund: options.fund, file, dryRun: options.dryRun === true });
    });

  funding
    .command('variance')
    .description('Allocation against spend for each recipient, with overspend and underspend flags')
    .requiredOption('--fund <id>', 'the fund')
    .option('--by-period', 'one row per recipient and academic year')
    .addOption(formatOption())
    .action(async (options: { fund: string; byPeriod?: boolean; format: OutputFormat }) => {
      await runVariance(io, { fund: options.fund, format: options.format, byPeriod: options.byPeriod === true });
    });

  funding
    .command('spend')
    .description('The spend lines against a fund, with who recorded them and whether they are approved')
    .requiredOption('--fund <id>', 'the fund')
    .option('--area <id>', 'only this Opportunity Area')
    .addOption(formatOption())
    .action(async (options: { fund: string; area?: string; format: OutputFormat }) => {
      await runListSpend(io, options);
    });

  funding
    .command('approve-spend')
    .description('Approve a spend line above the threshold: only someone other than whoever recorded it (audited)')
    .requiredOption('--fund <id>', 'the fund')
    .requiredOption('--line <n>', 'the line number (oa funding spend shows them)', (value: string) => {
      if (!/^\d+$/.test(value)) throw new InvalidArgumentError('--line must be a whole number.');
      return Number(value);
    })
    .action(async (options: { fund: string; line: number }) => {
      await runApproveSpend(io, options);
    });
}
