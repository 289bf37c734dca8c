import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_REPLICATIONS, estimateImpact, impactReport, METHODS, parseComparison, type Comparison, type ImpactProblem, type ImpactReport, type Method, type Panel } from '../../domain/impact/index.ts';
import { seededRandom } from '../../domain/social-mobility-index/seeded-random.ts';
import { DEFAULT_PANEL_COLUMNS, parsePanelColumns, type PanelColumns } from '../../ingest/impact-panel/read-panel-file.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatImpactCsv, formatImpactTable } from '../impact/format-impact.ts';
import { readPanelOption } from '../impact/read-panel-option.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

/** The seed when none is given: the year the first Opportunity Areas were announced. */
export const DEFAULT_SEED = 2016;
/** At most this many placebo replications from the command line (each refits the estimator). */
const MAX_PLACEBOS = 10_000;

const wholeNumber = (max: number) => (value: string): number => {
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || n > max) throw new InvalidArgumentError(`must be a whole number from 0 to ${max.toLocaleString('en-GB')}.`);
  return n;
};

const areaList = (value: string): string[] => {
  const areas = value.split(',').map((c) => c.trim()).filter((c) => c !== '');
  if (areas.length === 0 || areas.some((c) => !/^(E\d{8}|[a-z][a-z0-9-]*)$/i.test(c))) {
    throw new InvalidArgumentError('must be GSS codes or Opportunity Area ids separated by commas, like E06000009 or blackpool.');
  }
  return areas;
};

const comparisonOption = (value: string): Comparison => {
  const parsed = parseComparison(value);
  if (!parsed.ok) throw new InvalidArgumentError(`${parsed.error.message}.`);
  return parsed.value;
};

const panelColumnsOption = (value: string): PanelColumns => {
  const parsed = parsePanelColumns(value);
  if (!parsed.ok) throw new InvalidArgumentError(`${parsed.reason}.`);
  return parsed.columns;
};

/** Problems the person can fix by changing the command (exit 2); the rest are about the data (exit 1). */
const USAGE_PROBLEMS: ReadonlySet<ImpactProblem['code']> = new Set(['unknown-measure', 'unknown-area', 'unknown-start', 'bad-option', 'no-neighbours', 'no-pre-periods', 'no-post-periods']);

function failWith(problem: ImpactProblem): never {
  if (USAGE_PROBLEMS.has(problem.code)) throw new UsageError(problem.message);
  throw new Error(problem.message);
}

interface EstimateOptions {
  measure?: string;
  area?: string[];
  from?: string;
  method: Method | 'all';
  comparison: Comparison;
  includeOpportunityAreas?: boolean;
  placebo: number;
  seed: number;
  format: 'table' | 'json' | 'csv';
  panel?: string;
  panelColumns?: PanelColumns;
}

/** A panel and how to label its estimates, from the store or from a file. */
interface PanelSource {
  readonly panel: Panel;
  readonly measure: ImpactReport['measure'];
  readonly names: ReadonlyMap<string, string>;
  readonly pool: string;
}

export function registerImpactCommands(program: Command, io: CliIo): void {
  const impact = program.command('impact').description('Impact against comparison areas: before and after, against a synthetic comparison (docs/methodology.md §16)');
  impact
    .command('estimate')
    .description('Estimate the programme’s effect on a measure for treated areas against comparison areas, by difference in differences, synthetic control and synthetic difference in differences; from the indicator store (--area, --measure) or a panel file (--panel)')
    .option('--area <areas>', 'the treated areas: GSS codes of upper-tier authorities or Opportunity Area ids, separated by commas, e.g. E06000009 or blackpool', areaList)
    .option('--measure <code>', 'the indicator, e.g. lait_ks2rwm_expected_std, or a LAIT measure code such as KS2RWM_Expected_STD')
    .option('--from <period>', 'the first period under the programme, as the measure (or the panel file) labels it, e.g. 2017; with --panel, the rows marked treated give it when left out')
    .addOption(new Option('--method <method>', 'which estimate').choices([...METHODS, 'all']).default('all'))
    .option('--comparison <pool>', 'the comparison areas: all (every other upper-tier authority), neighbours[:K] (the saved statistical neighbours, the first K of each list) or region (the other authorities in the region)', comparisonOption, { kind: 'all' })
    .option('--include-opportunity-areas', 'keep the authorities of other Opportunity Areas among the comparison areas (left out by default)')
    .option('--placebo <n>', `placebo replications for the standard error (0 for none; at most ${MAX_PLACEBOS.toLocaleString('en-GB')})`, wholeNumber(MAX_PLACEBOS), DEFAULT_REPLICATIONS)
    .option('--seed <n>', 'seed of the placebo draws: the same seed gives the same answer', wholeNumber(2 ** 32 - 1), DEFAULT_SEED)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--panel <file>', 'estimate on your own panel instead of the store: a CSV (comma- or semicolon-separated) with columns unit,period,value,treated')
    .option('--panel-columns <names>', 'the panel file’s header names, e.g. unit=la,period=year,value=score,treated=oa', panelColumnsOption)
    .action(async (options: EstimateOptions) => {
      const source = options.panel === undefined ? await readFromStore(io, options) : await readFromFile(io, options.panel, options);
      const methods: readonly Method[] = options.method === 'all' ? METHODS : [options.method];
      const reports: ImpactReport[] = [];
      for (const method of methods) {
        // A fresh generator per method, so an estimate is the same alone or with the others.
        const estimate = estimateImpact(source.panel, { method, replications: options.placebo, random: seededRandom(options.seed) });
        if (!estimate.ok) failWith(estimate.error);
        reports.push(impactReport(estimate.value, { measure: source.measure, names: source.names, pool: source.pool, seed: options.seed }));
      }
      if (options.format === 'json') io.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
      else if (options.format === 'csv') io.stdout(formatImpactCsv(reports));
      else io.stdout(formatImpactTable(reports));
    });
}

async function readFromStore(io: CliIo, options: EstimateOptions): Promise<PanelSource> {
  if (options.panelColumns !== undefined) throw new UsageError('--panel-columns goes with --panel FILE');
  const missing = [options.area === undefined ? '--area' : null, options.measure === undefined ? '--measure' : null, options.from === undefined ? '--from' : null].filter((m) => m !== null);
  if (missing.length > 0) throw new UsageError(`Give ${missing.join(', ')} (or --panel FILE with your own panel)`);
  const config = loadConfigOrThrow(io.env);
  return withServices(config.database, async (services) => {
    const read = await services.impactPanel.readStorePanel({
      measure: (options.measure ?? '').trim(),
      areas: options.area ?? [],
      from: (options.from ?? '').trim(),
      comparison: options.comparison,
      includeOpportunityAreas: options.includeOpportunityAreas === true,
    });
    if (!read.ok) failWith(read.error);
    const { panel, indicator, names, poolDescription } = read.value;
    return { panel, measure: { code: indicator.code, name: indicator.name, unit: indicator.unit }, names, pool: poolDescription };
  });
}

async function readFromFile(io: CliIo, path: string, options: EstimateOptions): Promise<PanelSource> {
  const storeOnly = [options.area === undefined ? null : '--area', options.measure === undefined ? null : '--measure', options.comparison.kind === 'all' ? null : '--comparison', options.includeOpportunityAreas === true ? '--include-opportunity-areas' : null].filter((o) => o !== null);
  if (storeOnly.length > 0) throw new UsageError(`${storeOnly.join(', ')} choose${storeOnly.length === 1 ? 's' : ''} from the store and cannot go with --panel: the file gives the units, the treated ones and the values`);
  const read = await readPanelOption(io, path, { columns: options.panelColumns ?? DEFAULT_PANEL_COLUMNS, ...(options.from === undefined ? {} : { from: options.from }) });
  if ('problem' in read) failWith(read.problem);
  const columns = options.panelColumns ?? DEFAULT_PANEL_COLUMNS;
  return {
    panel: read.panel,
    measure: { code: columns.value, name: `${columns.value} from ${path.split(/[\\/]/).at(-1) ?? path}`, unit: '' },
    names: new Map(),
    pool: `the ${String(read.panel.units.length - read.panel.treated.length)} comparison units of the panel file`,
  };
}
