import type { Pence } from '../../shared/money.ts';

/** A commitment is money promised (a signed contract); a payment is money paid out. */
export const SPEND_KINDS = ['commitment', 'payment'] as const;
export type SpendKind = (typeof SPEND_KINDS)[number];

/** Lines above the approval threshold wait for a second person before they count. */
export const SPEND_STATUSES = ['approved', 'pending_approval'] as const;
export type SpendStatus = (typeof SPEND_STATUSES)[number];

/** £10,000: lines above it need a second user's approval unless a deployment sets another threshold. */
export const DEFAULT_APPROVAL_THRESHOLD_PENCE: Pence = 1_000_000;

/** What a person enters (or a CSV row gives) for one line of spend against a fund's allocation. */
export interface SpendInput {
  readonly recipient: string;
  readonly kind: SpendKind;
  /** YYYY-MM-DD. */
  readonly spentOn: string;
  readonly purpose: string;
  /** The EEF Toolkit strand the spend puts into practice, where it applies. */
  readonly evidenceStrand: string | null;
  readonly amountPence: Pence;
}

export interface SpendLine extends SpendInput {
  readonly id: number;
  readonly fundId: string;
  /** The Opportunity Area the recipient is, or belongs to; null for recipients outside any area. */
  readonly opportunityAreaId: string | null;
  /** The academic year of `spentOn`: `2019/20`. */
  readonly period: string;
  readonly status: SpendStatus;
  readonly recordedBy: string;
  readonly recordedByUserId: number | null;
  readonly recordedAt: string;
  readonly approvedBy: string | null;
  readonly approvedAt: string | null;
}
