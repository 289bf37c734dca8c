import { sumPence, type Pence } from '../shared/money.ts';
import type { Fund } from './fund.ts';

export interface AllocationCheck {
  readonly fundId: string;
  readonly amountPence: Pence;
  readonly allocatedPence: Pence;
  /** Amount not yet allocated to a child pot: positive when part is unallocated, negative if over-allocated. */
  readonly unallocatedPence: Pence;
  readonly overAllocated: boolean;
}

/**
 * For each fund with child pots, how much of it the children account for, to the penny.
 * The £72m 2017–2020 fund with twelve £6m allocations → allocated 7,200,000,000p, unallocated 0.
 */
export function checkAllocations(funds: readonly Fund[]): AllocationCheck[] {
  const children = new Map<string, Pence[]>();
  for (const fund of funds) {
    if (fund.parentId === null) continue;
    const list = children.get(fund.parentId) ?? [];
    list.push(fund.amountPence);
    children.set(fund.parentId, list);
  }
  const checks: AllocationCheck[] = [];
  for (const fund of funds) {
    const amounts = children.get(fund.id);
    if (amounts === undefined) continue;
    const allocatedPence = sumPence(amounts);
    const unallocatedPence = fund.amountPence - allocatedPence;
    checks.push({ fundId: fund.id, amountPence: fund.amountPence, allocatedPence, unallocatedPence, overAllocated: unallocatedPence < 0 });
  }
  return checks;
}
