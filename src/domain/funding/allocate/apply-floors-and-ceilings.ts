import { err, ok, type Result } from '../../shared/result.ts';
import type { AllocationError } from './allocation-types.ts';
import { poundsText } from './rational-text.ts';
import type { ExactRequest } from './validate-request.ts';

/** One round of the iteration: what was left to share, among how many, and over what total measure. */
export interface ClampRound {
  readonly round: number;
  /** Pence left once the recipients fixed in earlier rounds have their floor or ceiling. */
  readonly remaining: bigint;
  readonly freeCount: number;
  readonly weightSum: bigint;
}

/** A recipient fixed at its floor or ceiling: in which round, and what the formula gave it then. */
export interface BoundAt {
  readonly by: 'floor' | 'ceiling';
  readonly round: number;
  readonly formulaNumerator: bigint;
  readonly formulaDenominator: bigint;
}

/** Exact amounts as `numerators[i] / denominator` pence, summing to the total exactly. */
export interface ExactAmounts {
  readonly numerators: readonly bigint[];
  readonly denominator: bigint;
  readonly bound: readonly (BoundAt | null)[];
  readonly rounds: readonly ClampRound[];
}

/**
 * Shares the total so each recipient gets clamp(base + λ·weight, floor, ceiling), with λ chosen so the
 * amounts sum to the total exactly (docs/methodology.md §12.3). Each round shares what is left among the
 * recipients not yet fixed; if some fall below their floor or rise above their ceiling, the side with
 * the larger total violation is fixed at its bounds (that side is sure to bind in the final answer; the
 * other may not) and the next round shares the rest. Stops when no bound is broken: at most one round
 * per recipient, usually two or three.
 * With ceiling 400p, 1000p in proportion to 6:3:1 → round 1 gives 600 (fixed at 400), round 2 gives
 * 450 (fixed at 400), round 3 gives the last 200.
 */
export function applyFloorsAndCeilings(request: ExactRequest): Result<ExactAmounts, AllocationError> {
  const { total, base, weights, floors, ceilings } = request;
  const n = weights.length;
  const fixed: (bigint | null)[] = new Array<bigint | null>(n).fill(null);
  const bound: (BoundAt | null)[] = new Array<BoundAt | null>(n).fill(null);
  const rounds: ClampRound[] = [];

  for (let round = 1; ; round += 1) {
    let remaining = total;
    let weightSum = 0n;
    const free: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const amount = fixed[i] ?? null;
      if (amount === null) {
        free.push(i);
        weightSum += weights[i] ?? 0n;
      } else remaining -= amount;
    }
    rounds.push({ round, remaining, freeCount: free.length, weightSum });
    const pool = remaining - BigInt(free.length) * base;
    if (free.length === 0 || pool < 0n || (weightSum === 0n && pool !== 0n)) {
      return err({
        code: 'unplaceable_remainder',
        message:
          `After fixing ${String(n - free.length)} recipients at their floors or ceilings, ${poundsText(remaining)} is left and ` +
          (free.length === 0 ? 'no recipient is free to take it' : weightSum === 0n ? 'every recipient still free has a measure of 0' : 'it does not cover the base for the rest') +
          ': loosen the floors or ceilings, or change the formula',
      });
    }
    // Recipient i's amount this round is numerator(i) / denominator; all comparisons stay in integers.
    const denominator = weightSum === 0n ? 1n : weightSum;
    const numerator = (i: number): bigint => (weightSum === 0n ? base : base * weightSum + pool * (weights[i] ?? 0n));

    let deficit = 0n;
    let excess = 0n;
    const belowFloor: number[] = [];
    const aboveCeiling: number[] = [];
    const numerators = new Map<number, bigint>();
    for (const i of free) {
      const value = numerator(i);
      numerators.set(i, value);
      const floor = floors[i] ?? null;
      const ceiling = ceilings[i] ?? null;
      if (floor !== null && value < floor * denominator) {
        deficit += floor * denominator - value;
        belowFloor.push(i);
      } else if (ceiling !== null && value > ceiling * denominator) {
        excess += value - ceiling * denominator;
        aboveCeiling.push(i);
      }
    }

    if (belowFloor.length === 0 && aboveCeiling.length === 0) {
      return ok({
        numerators: weights.map((_, i) => numerators.get(i) ?? (fixed[i] ?? 0n) * denominator),
        denominator,
        bound,
        rounds,
      });
    }
    // Equal violations mean this round's λ already balances once both sides are clamped: fix both.
    if (deficit >= excess) {
      for (const i of belowFloor) {
        fixed[i] = floors[i] ?? 0n;
        bound[i] = { by: 'floor', round, formulaNumerator: numerators.get(i) ?? 0n, formulaDenominator: denominator };
      }
    }
    if (excess >= deficit) {
      for (const i of aboveCeiling) {
        fixed[i] = ceilings[i] ?? 0n;
        bound[i] = { by: 'ceiling', round, formulaNumerator: numerators.get(i) ?? 0n, formulaDenominator: denominator };
      }
    }
  }
}
