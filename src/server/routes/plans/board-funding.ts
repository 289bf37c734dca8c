import { academicYearsOf, computeVariance, currentAllocations } from '../../../domain/funding/index.ts';
import type { Pence } from '../../../domain/shared/money.ts';
import type { Services } from '../../../storage/services/create-services.ts';

/** One fund's money for the area: what it was allocated, and the spend recorded against it. */
export interface BoardFundingRow {
  readonly fundId: string;
  readonly fundName: string;
  readonly period: string;
  readonly allocatedPence: Pence;
  readonly committedPence: Pence;
  readonly paidPence: Pence;
  /** Allocated less what is used (max of committed and paid); negative is overspent. */
  readonly remainingPence: Pence;
  /** Lines above the approval threshold not yet approved: not counted above. */
  readonly pendingPence: Pence;
  readonly flag: 'overspend' | 'underspend' | null;
}

/**
 * Every fund that allocates money to the area, with its spend, as the fund's variance page counts it
 * (docs/methodology.md §12.7): the latest confirmed allocation run, else the published pots.
 */
export async function boardFunding(services: Pick<Services, 'allocations' | 'funds' | 'spend'>, areaId: string, today: string): Promise<BoardFundingRow[]> {
  const funds = await services.funds.listFunds();
  const rows: BoardFundingRow[] = [];
  for (const fund of funds) {
    const run = await services.allocations.latestAllocationRun(fund.id);
    const allocations = currentAllocations(funds, fund.id, run === null ? null : { id: run.id, rows: run.rows }).rows.filter((r) => r.recipient === areaId);
    if (allocations.length === 0) continue;
    const spend = await services.spend.listSpend(fund.id, { opportunityAreaId: areaId });
    const [total] = computeVariance({ allocations, spend, years: academicYearsOf(fund.period), profile: fund.profile, today }).byRecipient;
    if (total === undefined) continue;
    rows.push({
      fundId: fund.id,
      fundName: fund.name,
      period: fund.period,
      allocatedPence: total.plannedPence,
      committedPence: total.committedPence,
      paidPence: total.paidPence,
      remainingPence: total.variancePence,
      pendingPence: total.pendingPence,
      flag: total.flag,
    });
  }
  return rows;
}
