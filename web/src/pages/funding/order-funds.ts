import type { FundView } from '../../api/types.ts';

export interface FundRow {
  fund: FundView;
  parent: FundView | null;
  /** 0 for a top-level fund, 1 for its pots, 2 for theirs… */
  depth: number;
}

/**
 * Puts each fund straight after its parent (depth first), keeping the API's order among siblings, so a
 * table can show pots under the fund they come from. A fund whose parent is not in the list is shown at
 * the top level; a cycle in the data cannot loop forever.
 * `orderFunds([child, parent])` → `[{ fund: parent, depth: 0 }, { fund: child, depth: 1 }]`.
 */
export function orderFunds(funds: readonly FundView[]): FundRow[] {
  const byId = new Map(funds.map((fund) => [fund.id, fund]));
  const children = new Map<string, FundView[]>();
  const roots: FundView[] = [];
  for (const fund of funds) {
    if (fund.parentId !== null && byId.has(fund.parentId)) {
      children.set(fund.parentId, [...(children.get(fund.parentId) ?? []), fund]);
    } else {
      roots.push(fund);
    }
  }
  const rows: FundRow[] = [];
  const placed = new Set<string>();
  const visit = (fund: FundView, depth: number): void => {
    if (placed.has(fund.id)) return;
    placed.add(fund.id);
    rows.push({ fund, parent: fund.parentId === null ? null : (byId.get(fund.parentId) ?? null), depth });
    for (const child of children.get(fund.id) ?? []) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  // Funds caught in a parent cycle have no root: still show them rather than drop them.
  for (const fund of funds) visit(fund, 0);
  return rows;
}
