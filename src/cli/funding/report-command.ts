import { allocatableAmount, buildFundReport, type CurrentAllocations, type FundReport } from '../../domain/funding/index.ts';
import { AppFailure, appError } from '../../app/errors.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { formatPence } from '../../domain/shared/money.ts';
import { FUND_CSV_COLUMNS } from '../../app/funding/fund-columns.ts';
import { loadConfigOrThrow } from '../config.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';
import type { OutputFormat } from './allocation-output.ts';

/**
 * `oa funding report --fund ID`: the fund, its pots and whether each level adds up, to the penny, and its
 * current allocation (the latest confirmed run, or the published pots) against what there is to allocate.
 */
export async function runFundReport(io: CliIo, options: { fund: string; format: OutputFormat }): Promise<void> {
  const loaded = await withServices(loadConfigOrThrow(io.env).database, async (services) => {
    const funds = await services.funds.listFunds();
    const report = buildFundReport(funds, options.fund);
    const context = await services.spend.loadSpendContext(options.fund);
    const pot = allocatableAmount(funds, options.fund);
    return report === null || context === null || !pot.ok ? null : { report, allocation: summariseAllocation(context.allocations, pot.value.totalPence) };
  });
  if (loaded === null) throw new AppFailure(appError('not_found', `There is no fund with the id "${options.fund}". See the ids with: oa funding report --fund <id>, or GET /api/funds`));
  const { report, allocation } = loaded;
  io.stdout(render(report, allocation, options.format));
  if (!report.withinTotals) throw new Error(`${report.fund.id}: some pots add up to more than the fund or pot they sit in`);
}

interface AllocationSummary extends CurrentAllocations {
  /** What a formula may share: the fund less its ring-fenced pots. */
  readonly allocatablePence: number;
  readonly allocatedPence: number;
  readonly unallocatedPence: number;
}

function summariseAllocation(current: CurrentAllocations, allocatablePence: number): AllocationSummary {
  const allocatedPence = current.rows.reduce((s, r) => s + r.amountPence, 0);
  return { ...current, allocatablePence, allocatedPence, unallocatedPence: allocatablePence - allocatedPence };
}

function describeAllocation(a: AllocationSummary): string {
  if (a.source === 'none') return `Allocation: none yet; ${formatPence(a.allocatablePence)} to allocate (oa funding allocate --pot <id> --confirm).\n`;
  const from = a.source === 'saved' ? `confirmed run ${String(a.runId)}` : 'the published allocation pots';
  const state = a.unallocatedPence === 0 ? 'all of it, to the penny' : a.unallocatedPence > 0 ? `${formatPence(a.unallocatedPence)} not yet allocated` : `OVER by ${formatPence(-a.unallocatedPence)}`;
  return `Allocation (${from}): ${String(a.rows.length)} recipients, ${formatPence(a.allocatedPence)} (${String(a.allocatedPence)}p) of ${formatPence(a.allocatablePence)} to allocate: ${state}.\n`;
}

function render(report: FundReport, allocation: AllocationSummary, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ fund: report.fund, pots: report.pots.map((p) => ({ ...p.fund, depth: p.depth })), checks: report.checks, withinTotals: report.withinTotals, allocation }, null, 2) + '\n';
    case 'csv':
      return toCsv(FUND_CSV_COLUMNS, [report.fund, ...report.pots.map((p) => p.fund)]);
    case 'table': {
      const rows = [report.fund, ...report.pots.map((p) => p.fund)].map((f, i) => {
        const depth = i === 0 ? 0 : (report.pots[i - 1]?.depth ?? 0);
        return [`${'  '.repeat(depth)}${f.id}`, f.kind, f.period, formatPence(f.amountPence)];
      });
      const checks = report.checks.map((c) => {
        const state = c.unallocatedPence === 0 ? 'fully allocated' : c.overAllocated ? `OVER-ALLOCATED by ${formatPence(-c.unallocatedPence)}` : `${formatPence(c.unallocatedPence)} unallocated`;
        return `${c.fundId}: ${formatPence(c.amountPence)}; pots ${formatPence(c.allocatedPence)} (${String(c.allocatedPence)}p); ${state}\n`;
      });
      return `${report.fund.name}\n${report.fund.sourceNote}\n\n${formatTable(['fund or pot', 'kind', 'period', 'amount'], rows)}\n${checks.join('')}${describeAllocation(allocation)}`;
    }
  }
}
