import type { Pence } from '../shared/money.ts';
import type { Fund } from './fund.ts';

export interface RecipientAmount {
  readonly recipient: string;
  readonly amountPence: Pence;
}

export interface CurrentAllocations {
  /** `saved`: the latest confirmed formula run; `pots`: the fund's allocation pots (as published); `none`. */
  readonly source: 'saved' | 'pots' | 'none';
  readonly runId: number | null;
  readonly rows: readonly RecipientAmount[];
}

/**
 * What spend is tracked against: the fund's latest confirmed allocation run if there is one, otherwise its
 * allocation pots, each recipient being the pot's Opportunity Area (the published £6m × 12).
 */
export function currentAllocations(funds: readonly Fund[], fundId: string, latestRun: { readonly id: number; readonly rows: readonly RecipientAmount[] } | null): CurrentAllocations {
  if (latestRun !== null) return { source: 'saved', runId: latestRun.id, rows: latestRun.rows };
  const pots = funds.filter((f) => f.parentId === fundId && f.kind === 'allocation');
  if (pots.length === 0) return { source: 'none', runId: null, rows: [] };
  return { source: 'pots', runId: null, rows: pots.map((p) => ({ recipient: p.opportunityAreaId ?? p.id, amountPence: p.amountPence })) };
}
