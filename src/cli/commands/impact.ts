import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_REPLICATIONS, estimateImpact, impactReport, METHODS, type ImpactProblem, type ImpactReport, type Method } from '../../domain/impact/index.ts';
import { seededRandom } from '../../domain/social-mobility-index/seeded-random.ts';
import { readStorePanel, type ComparisonPool } from '../../storage/repositories/impact-panel.repository.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatImpactCsv, formatImpactTable } from '../impact/format-impact.ts';
import type { CliIo } from '../io.ts';
import { assertMigratedOrThrow, withDatabase } from '../open-database.ts';

/** The seed when none is given: the year the first Opportunity Areas were announced. */
export const DEFAULT_SEED = 2016;
/** At most this many placebo replications from the command line (each refits the estimator). */
const MAX_PLACEBOS = 10_000;

const wholeNumber = (max: number) => (value: string): number => {
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || n > max) throw new InvalidArgumentError(`must be a whole number from 0 to ${max.toLocaleString('en-GB')}.`);
  return n;
};

const areaCodes = (value: string): string[] => {
  const codes = value.split(',').map((c) => c.trim().toUpperCase()).filter((c) => c !== '');
  if (codes.length === 0 || codes.some((c) => !/^E\d{8}$/.test(c))) throw new InvalidArgumentError('must be GSS codes separated by commas, like E06000009.');
  return codes;
};

/** Problems the person can fix by changing the command (exit 2); the rest are about the data (exit 1). */
const USAGE_PROBLEMS: ReadonlySet<ImpactProblem['code']> = new Set(['unknown-measure', 'unknown-area', 'unknown-start', 'bad-option', 'no-neighbours', 'no-pre-periods', 'no-post-periods']);

function failWith(problem: ImpactProblem): never {
  if (USAGE_PROBLEMS.has(problem.code)) throw new UsageError(problem.message);
  throw new Error(problem.message);
}

interface EstimateOptions {
  measure: string;
  area: string[];
  start: string;
  estimator: Method | 'all';
  pool: ComparisonPool;
  includeOpportunityAreas?: boolean;
  placebos: number;
  seed: number;
  format: 'table' | 'json' | 'csv';
}

export function registerImpactCommands(program: Command, io: CliIo): void {
  const impact = program.command('impact').description('Impact against comparison areas: before and after, against a synthetic comparison (docs/methodology.md §16)');
  impact
    .command('estimate')
    .description('Estimate the programme’s effect on a measure for treated areas against a comparison pool, by difference in differences, synthetic control and synthetic difference in differences')
    .requiredOption('--measure <code>', 'the indicator, e.g. lait_ks2rwm_expected_std, or a LAIT measure code such as KS2RWM_Expected_STD')
    .requiredOption('--area <codes>', 'GSS codes of the treated upper-tier authorities, separated by commas, e.g. E06000009', areaCodes)
    .requiredOption('--start <period>', 'the first period under the programme, as the measure labels it, e.g. 2017')
    .addOption(new Option('--estimator <method>', 'which estimate').choices([...METHODS, 'all']).default('all'))
    .addOption(new Option('--pool <pool>', 'the comparison pool: every other upper-tier authority, or the treated areas’ saved statistical neighbours').choices(['all', 'twins']).default('all'))
    .option('--include-opportunity-areas', 'keep the authorities of other Opportunity Areas in the pool (left out by default)')
    .option('--placebos <n>', `placebo replications for the standard error (0 for none; at most ${MAX_PLACEBOS.toLocaleString('en-GB')})`, wholeNumber(MAX_PLACEBOS), DEFAULT_REPLICATIONS)
    .option('--seed <n>', 'seed of the placebo draws: the same seed gives the same answer', wholeNumber(2 ** 32 - 1), DEFAULT_SEED)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (options: EstimateOptions) => {
      const config = loadConfigOrThrow(io.env);
      await withDatabase(config.database, async (handle) => {
        await assertMigratedOrThrow(handle);
        const read = await readStorePanel(handle.db, {
          measure: options.measure.trim(),
          treated: options.area,
          start: options.start.trim(),
          pool: options.pool,
          includeOpportunityAreas: options.includeOpportunityAreas === true,
        });
        if (!read.ok) failWith(read.error);
        const { panel, indicator, names, poolDescription } = read.value;
        const methods: readonly Method[] = options.estimator === 'all' ? METHODS : [options.estimator];
        const reports: ImpactReport[] = [];
        for (const method of methods) {
          // A fresh generator per method, so an estimate is the same alone or with the others.
          const estimate = estimateImpact(panel, { method, replications: options.placebos, random: seededRandom(options.seed) });
          if (!estimate.ok) failWith(estimate.error);
          reports.push(impactReport(estimate.value, { measure: { code: indicator.code, name: indicator.name, unit: indicator.unit }, names, pool: poolDescription, seed: options.seed }));
        }
        if (options.format === 'json') io.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
        else if (options.format === 'csv') io.stdout(formatImpactCsv(reports));
        else io.stdout(formatImpactTable(reports));
      });
    });
}
