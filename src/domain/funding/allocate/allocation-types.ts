import type { Pence } from '../../shared/money.ts';

export const ALLOCATION_FORMULAS = ['equal', 'proportional', 'base-plus'] as const;
/**
 * - `equal`: the same share for everyone.
 * - `proportional`: shares in proportion to a measure (pupils, FSM pupils, a need score …).
 * - `base-plus`: a fixed base for everyone, the rest in proportion to a measure.
 */
export type AllocationFormula = (typeof ALLOCATION_FORMULAS)[number];

export interface AllocationRecipient {
  /** A GSS code, URN, slug or any stable key; ties in the penny step fall to the smaller id (A–Z). */
  readonly id: string;
  /** The measure (ignored by `equal`): a non-negative number, or its decimal text read exactly. */
  readonly measure?: number | string | null;
  /** This recipient's own floor or ceiling, overriding the request's. */
  readonly floorPence?: Pence | null;
  readonly ceilingPence?: Pence | null;
}

export interface AllocationRequest {
  readonly totalPence: Pence;
  readonly formula: AllocationFormula;
  readonly recipients: readonly AllocationRecipient[];
  /** What the measure is called in the working (`pupils`); default `measure`. */
  readonly measureName?: string;
  /** The fixed base each recipient gets under `base-plus`. */
  readonly basePence?: Pence;
  /** Floor and ceiling for every recipient without its own. */
  readonly floorPence?: Pence | null;
  readonly ceilingPence?: Pence | null;
}

export interface RecipientAllocation {
  readonly recipient: string;
  readonly amountPence: Pence;
  /** The exact amount before pennies were placed, as a fraction of pence in lowest terms: `25000000/3`. */
  readonly exactPence: string;
  /** Whether the recipient's floor or ceiling bound, and in which round it was fixed. */
  readonly bound: { readonly by: 'floor' | 'ceiling'; readonly round: number } | null;
  /** 1 when this recipient got one of the leftover pennies, else 0. */
  readonly extraPenny: 0 | 1;
  /** Plain-English steps: share, exact amount, floor or ceiling, penny rounding. */
  readonly working: readonly string[];
}

export interface Allocation {
  readonly formula: AllocationFormula;
  readonly totalPence: Pence;
  /** One row per recipient, in the order the recipients were given. */
  readonly rows: readonly RecipientAllocation[];
  /** Rounds of the floor-and-ceiling iteration (1 when nothing bound). */
  readonly rounds: number;
  /** Pennies left after rounding every exact amount down, placed by largest remainder. */
  readonly leftoverPennies: number;
}

export const ALLOCATION_ERROR_CODES = [
  'no_recipients',
  'blank_recipient',
  'duplicate_recipient',
  'invalid_amount',
  'invalid_measure',
  'negative_measure',
  'missing_measure',
  'zero_measures',
  'floor_above_ceiling',
  'floors_exceed_total',
  'ceilings_below_total',
  'base_exceeds_total',
  'unplaceable_remainder',
] as const;
export type AllocationErrorCode = (typeof ALLOCATION_ERROR_CODES)[number];

export interface AllocationError {
  readonly code: AllocationErrorCode;
  /** GOV.UK style: what is wrong and how to fix it. */
  readonly message: string;
  readonly recipient?: string;
}
