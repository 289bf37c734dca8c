import { Option, type Command } from 'commander';
import { assessPlan, MEASURE_STATUS_COLUMNS, STATUS_LABELS } from '../../domain/delivery-plans/index.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { deliveryPlanImporter } from '../../ingest/importers/plans/delivery-plan.importer.ts';
import { formatProblem } from '../../ingest/report.ts';
import { runImport } from '../../ingest/run-import.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

const percent = (share: number | null) => (share === null ? '' : `${String(Math.round(share * 100))}%`);

export function registerPlansCommands(program: Command, io: CliIo): void {
  const plans = program.command('plans').description('Delivery plans: measures, targets, actuals and their status');

  plans
    .command('import')
    .description('Load delivery plan measures, targets and actuals from a CSV file (all or nothing)')
    .argument('<file>', 'CSV with one row per measure and period (columns in README, "Delivery plans")')
    .option('--dry-run', 'check the file and count what would change, without writing anything')
    .action(async (file: string, options: { dryRun?: boolean }) => {
      const config = loadConfigOrThrow(io.env);
      await withServices(config.database, async (services) => {
        const outcome = await runImport(services, deliveryPlanImporter, file, { dryRun: options.dryRun === true, now: io.now, actor: cliActor(io) });
        if (!outcome.ok) {
          for (const problem of outcome.problems) io.stderr(`${formatProblem(problem)}\n`);
          const n = outcome.problems.length;
          throw new Error(`${outcome.file}: ${String(n)} problem${n === 1 ? '' : 's'} in ${String(outcome.rows)} rows; nothing was imported.`);
        }
        const { inserted, updated, unchanged } = outcome.counts;
        const would = outcome.dryRun ? 'would be ' : '';
        io.stdout(`${outcome.file} (plans): ${String(inserted)} ${would}inserted, ${String(updated)} ${would}updated, ${String(unchanged)} unchanged${outcome.dryRun ? ' (dry run: nothing written)' : ''}\n`);
      });
    });

  plans
    .command('status')
    .description('Each measure of an area’s delivery plan with its status by the rule (methodology §13)')
    .requiredOption('--area <id>', 'the Opportunity Area, like blackpool')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (options: { area: string; format: 'table' | 'json' | 'csv' }) => {
      const config = loadConfigOrThrow(io.env);
      const measures = await withServices(config.database, async (services) => {
        if (!(await services.lookups.opportunityAreaExists(options.area))) throw new UsageError(`There is no Opportunity Area "${options.area}". See: oa areas list`);
        return services.deliveryPlans.readMeasures({ areaId: options.area, now: io.now });
      });
      const assessed = assessPlan(measures);
      if (options.format === 'json') {
        const rows = assessed.map(({ measure, assessment, trend }) => ({
          priority: measure.priority.title,
          theme: measure.priority.theme,
          objective: measure.objective,
          measure: measure.code,
          name: measure.name,
          unit: measure.unit,
          polarity: measure.polarity,
          baseline: measure.baseline,
          latest: assessment.latest,
          target: assessment.target,
          progress: assessment.progress,
          elapsed: assessment.elapsed,
          status: assessment.status,
          rule_status: assessment.ruleStatus,
          override: assessment.override,
          explanation: assessment.explanation,
          trend,
          linked_indicator: measure.link,
        }));
        io.stdout(JSON.stringify({ area: options.area, measures: rows }, null, 2) + '\n');
      } else if (options.format === 'csv') {
        io.stdout(toCsv(MEASURE_STATUS_COLUMNS, assessed));
      } else if (assessed.length === 0) {
        io.stdout(`${options.area} has no delivery plan measures yet. Load them with: oa plans import <file>\n`);
      } else {
        io.stdout(
          formatTable(
            ['priority', 'measure', 'baseline', 'latest', 'target', 'progress', 'time', 'status'],
            assessed.map(({ measure, assessment: a }) => [
              measure.priority.title,
              measure.code,
              `${String(measure.baseline.value)} (${measure.baseline.period})`,
              a.latest === null ? '' : `${String(a.latest.value)} (${a.latest.period})`,
              a.target === null ? '' : `${String(a.target.value)} (${a.target.period})`,
              percent(a.progress),
              percent(a.elapsed),
              STATUS_LABELS[a.status] + (a.override === null ? '' : ' (set by hand)'),
            ]),
          ),
        );
      }
    });
}
