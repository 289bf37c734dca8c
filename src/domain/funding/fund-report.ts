import { checkAllocations, type AllocationCheck } from './check-allocations.ts';
import type { Fund } from './fund.ts';

export interface FundReport {
  readonly fund: Fund;
  /** Every pot under the fund, depth first, with its depth (1 = directly under the fund). */
  readonly pots: readonly { readonly fund: Fund; readonly depth: number }[];
  /** For the fund and each pot that has pots of its own: what they account for, to the penny. */
  readonly checks: readonly AllocationCheck[];
  /** True when no fund or pot in the tree is over-allocated. */
  readonly withinTotals: boolean;
}

/**
 * A fund with all its pots and the totals check for each level of the tree; null when there is no fund
 * with that id. The research-school £3.5m → pots EEF £2m and DfE £1.5m, unallocated 0.
 */
export function buildFundReport(funds: readonly Fund[], fundId: string): FundReport | null {
  const fund = funds.find((f) => f.id === fundId);
  if (fund === undefined) return null;
  const pots: { fund: Fund; depth: number }[] = [];
  const visit = (parent: Fund, depth: number) => {
    for (const child of funds.filter((f) => f.parentId === parent.id)) {
      pots.push({ fund: child, depth });
      visit(child, depth + 1);
    }
  };
  visit(fund, 1);
  const checks = checkAllocations([fund, ...pots.map((p) => p.fund)]);
  return { fund, pots, checks, withinTotals: checks.every((c) => !c.overAllocated) };
}
