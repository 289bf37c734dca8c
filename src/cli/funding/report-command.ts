import { buildFundReport, type FundReport } from '../../domain/funding/index.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { formatPence } from '../../domain/shared/money.ts';
import { createFundsRepository } from '../../storage/repositories/funds.repository.ts';
import { FUND_CSV_COLUMNS } from '../../server/routes/funds/csv.ts';
import { loadConfigOrThrow } from '../config.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { assertMigratedOrThrow, withDatabase } from '../open-database.ts';
import type { OutputFormat } from './allocation-output.ts';

/** `oa funding report --fund ID`: the fund, its pots and whether each level adds up, to the penny. */
export async function runFundReport(io: CliIo, options: { fund: string; format: OutputFormat }): Promise<void> {
  const report = await withDatabase(loadConfigOrThrow(io.env).database, async (handle) => {
    await assertMigratedOrThrow(handle);
    return buildFundReport(await createFundsRepository(handle.db).listFunds(), options.fund);
  });
  if (report === null) throw new Error(`There is no fund with the id "${options.fund}". See the ids with: oa funding report --fund <id>, or GET /api/funds`);
  io.stdout(render(report, options.format));
  if (!report.withinTotals) throw new Error(`${report.fund.id}: some pots add up to more than the fund or pot they sit in`);
}

function render(report: FundReport, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ fund: report.fund, pots: report.pots.map((p) => ({ ...p.fund, depth: p.depth })), checks: report.checks, withinTotals: report.withinTotals }, null, 2) + '\n';
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
      return `${report.fund.name}\n${report.fund.sourceNote}\n\n${formatTable(['fund or pot', 'kind', 'period', 'amount'], rows)}\n${checks.join('')}`;
    }
  }
}
