import { ok, type Result } from '../../shared/result.ts';
import type { Allocation, AllocationError, AllocationRequest, RecipientAllocation } from './allocation-types.ts';
import { applyFloorsAndCeilings } from './apply-floors-and-ceilings.ts';
import { describeWorking } from './describe-working.ts';
import { placePennies } from './place-pennies.ts';
import { fractionText } from './rational-text.ts';
import { validateRequest } from './validate-request.ts';

/**
 * Shares a total among recipients by formula (equal, proportional, base-plus), with optional floors and
 * ceilings, so the amounts are whole pence and add up to the total exactly (docs/methodology.md §12).
 * All arithmetic is exact: BigInt integers and fractions over one common denominator, never floats, so
 * any total a `Pence` can hold (up to 2⁵³ − 1p, about £90 trillion) is shared to the penny.
 *
 * `allocate({ totalPence: 100_000_000, formula: 'equal', recipients: twelveAreas })` → four areas (the
 * first four ids A–Z) get 8,333,334p and eight get 8,333,333p: 100,000,000p in all.
 */
export function allocate(request: AllocationRequest): Result<Allocation, AllocationError> {
  const checked = validateRequest(request);
  if (!checked.ok) return checked;
  const exact = checked.value;
  const amounts = applyFloorsAndCeilings(exact);
  if (!amounts.ok) return amounts;
  const { numerators, denominator, bound, rounds } = amounts.value;
  const { placements, leftover } = placePennies(numerators, denominator, exact.total, exact.weights, exact.ids);
  const context = { formula: request.formula, measureName: request.measureName ?? 'measure', request: exact, rounds, denominator, leftover };

  const rows = exact.ids.map((recipient, i): RecipientAllocation => {
    const numerator = numerators[i] ?? 0n;
    const placement = placements[i];
    if (placement === undefined) throw new Error('placePennies returns one placement per recipient');
    const boundAt = bound[i] ?? null;
    return {
      recipient,
      amountPence: Number(placement.amount),
      exactPence: fractionText(numerator, denominator),
      bound: boundAt === null ? null : { by: boundAt.by, round: boundAt.round },
      extraPenny: placement.extraPenny,
      working: describeWorking(context, i, numerator, boundAt, placement),
    };
  });
  return ok({ formula: request.formula, totalPence: request.totalPence, rows, rounds: rounds.length, leftoverPennies: leftover });
}
