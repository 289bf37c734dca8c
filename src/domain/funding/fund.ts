import type { Pence } from '../shared/money.ts';
import type { Slug } from '../shared/slug.ts';

/**
 * Where a fund's money goes: the whole programme, one Opportunity Area, the research-school network, or a
 * national fund Opportunity Areas had priority access to.
 */
export const FUND_SCOPES = ['programme', 'opportunity_area', 'research_schools', 'careers', 'national'] as const;
export type FundScope = (typeof FUND_SCOPES)[number];

/**
 * How a fund relates to its parent: a top-level `fund`; an `allocation` (a share given to one area);
 * a `ring_fenced` pot that may be spent only on one purpose; or a `contribution` from one funder.
 */
export const FUND_KINDS = ['fund', 'allocation', 'ring_fenced', 'contribution'] as const;
export type FundKind = (typeof FUND_KINDS)[number];

/** One academic year of a fund's spending profile: how much of the fund is planned for that year. */
export interface ProfileYear {
  /** An academic year within the fund's period, e.g. `2018/19`. */
  readonly period: string;
  readonly amountPence: Pence;
}

export interface Fund {
  readonly id: Slug;
  readonly name: string;
  readonly amountPence: Pence;
  /** Financial or academic period as published: `2017-2020`, `2020/21`. */
  readonly period: string;
  readonly scope: FundScope;
  readonly kind: FundKind;
  readonly parentId: Slug | null;
  readonly opportunityAreaId: Slug | null;
  readonly sourceNote: string;
  /** Who gives this money (for a contribution pot, the contributing funder). */
  readonly funder: string;
  /** What the money may be spent on, as published; empty when nothing was published. */
  readonly conditions: string;
  /** Planned amount by academic year, summing to the fund; empty means evenly over its years. */
  readonly profile: readonly ProfileYear[];
}
