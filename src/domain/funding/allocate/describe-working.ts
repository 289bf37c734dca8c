import type { AllocationFormula } from './allocation-types.ts';
import type { BoundAt, ClampRound } from './apply-floors-and-ceilings.ts';
import type { PennyPlacement } from './place-pennies.ts';
import { decimalText, fractionText, groupThousands, percentText, poundsText } from './rational-text.ts';
import type { ExactRequest } from './validate-request.ts';

/** The rule for leftover pennies, as the working and the documentation state it. */
export const PENNY_TIE_BREAK = 'larger remainder first, then larger measure, then recipient id A–Z (code-point order)';

export interface WorkingContext {
  readonly formula: AllocationFormula;
  readonly measureName: string;
  readonly request: ExactRequest;
  readonly rounds: readonly ClampRound[];
  readonly denominator: bigint;
  readonly leftover: number;
}

/**
 * The steps for one recipient, in words a finance officer can check with a calculator: its share, the
 * round (if any) where a floor or ceiling bound, the exact amount and how its pennies were rounded.
 */
export function describeWorking(context: WorkingContext, index: number, numerator: bigint, bound: BoundAt | null, placement: PennyPlacement): string[] {
  const { request, rounds } = context;
  const first = rounds[0];
  const last = rounds.at(-1);
  if (first === undefined || last === undefined) throw new Error('An allocation has at least one round');
  const lines = [shareLine(context, index, first)];
  if (bound !== null) {
    const limit = bound.by === 'floor' ? request.floors[index] : request.ceilings[index];
    const given = `${decimalText(bound.formulaNumerator, bound.formulaDenominator)}p`;
    lines.push(
      bound.by === 'floor'
        ? `Round ${String(bound.round)}: the formula gives ${given}, below the floor of ${poundsText(limit ?? 0n)}: fixed at the floor, and the shortfall comes from the others.`
        : `Round ${String(bound.round)}: the formula gives ${given}, above the ceiling of ${poundsText(limit ?? 0n)}: fixed at the ceiling, and the excess is shared among the others.`,
    );
  } else if (last.round > 1) {
    lines.push(`Round ${String(last.round)}: ${poundsText(last.remaining)} is left for the ${String(last.freeCount)} recipients not fixed at a floor or ceiling; ${shareOf(context, index, last)}.`);
  }
  lines.push(`Exact amount: ${decimalText(numerator, context.denominator)}p (${fractionText(numerator, context.denominator)} p).`);
  const down = numerator / context.denominator;
  if (placement.rank === null) {
    lines.push(`Already whole pence: ${groupThousands(down)}p.`);
  } else {
    const remainder = `${decimalText(placement.remainder, context.denominator)}p`;
    const place = `${ordinal(placement.rank)} in line (${PENNY_TIE_BREAK}) for the ${String(context.leftover)} leftover ${context.leftover === 1 ? 'penny' : 'pennies'}`;
    lines.push(
      placement.extraPenny === 1
        ? `Rounded down to ${groupThousands(down)}p; the remainder ${remainder} is ${place}: +1p → ${groupThousands(placement.amount)}p.`
        : `Rounded down to ${groupThousands(down)}p; the remainder ${remainder} is ${place}: no extra penny → ${groupThousands(placement.amount)}p.`,
    );
  }
  return lines;
}

function shareLine(context: WorkingContext, index: number, round: ClampRound): string {
  return `Share of ${poundsText(round.remaining)}: ${shareOf(context, index, round)}.`;
}

function shareOf(context: WorkingContext, index: number, round: ClampRound): string {
  const { formula, measureName, request } = context;
  const weight = request.weights[index] ?? 0n;
  const measure = request.measureTexts[index] ?? '';
  const proportion = `${measureName} ${measure}, ${percentText(weight, round.weightSum)} of the ${measureName} of the ${String(round.freeCount)}`;
  switch (formula) {
    case 'equal':
      return `equal, 1 of ${String(round.freeCount)}`;
    case 'proportional':
      return `in proportion to ${proportion}`;
    case 'base-plus':
      return `base ${poundsText(request.base)}, plus the ${poundsText(round.remaining - BigInt(round.freeCount) * request.base)} left after ${String(round.freeCount)} bases in proportion to ${proportion}`;
  }
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${String(n)}${suffix}`;
}
