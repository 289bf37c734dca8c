import { sumPence, type Pence } from '../shared/money.ts';
import { err, ok, type Result } from '../shared/result.ts';
import type { Fund } from './fund.ts';

export interface AllocatablePot {
  readonly pot: Fund;
  /** The pot's amount less its ring-fenced pots. */
  readonly totalPence: Pence;
  readonly ringFenced: readonly Fund[];
}

/**
 * What a formula may share out of a pot: its amount less the ring-fenced pots inside it, whose money may
 * be spent only on their own purpose (docs/decisions/0003). Other pots inside it (allocations,
 * contributions) are what a formula run proposes afresh, so they are not taken off.
 * The 2020/21 £18m with its £1m twinning pot → £17m to allocate.
 */
export function allocatableAmount(funds: readonly Fund[], potId: string): Result<AllocatablePot, string> {
  const pot = funds.find((f) => f.id === potId);
  if (pot === undefined) return err(`There is no fund or pot with the id "${potId}". Run oa funding report --fund <id>, or see GET /api/funds, for the ids`);
  const ringFenced = funds.filter((f) => f.parentId === pot.id && f.kind === 'ring_fenced');
  const totalPence = pot.amountPence - sumPence(ringFenced.map((f) => f.amountPence));
  if (totalPence < 0) return err(`The ring-fenced pots inside ${pot.id} add up to more than the pot itself`);
  return ok({ pot, totalPence, ringFenced });
}
