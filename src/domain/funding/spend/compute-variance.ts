import type { Pence } from '../../shared/money.ts';
import { allocate } from '../allocate/index.ts';
import { endOfAcademicYear } from './academic-years.ts';
import type { SpendLine } from './spend-line.ts';

export const ALL_PERIODS = 'all';

export interface VarianceRow {
  readonly recipient: string;
  /** An academic year, or `all` for the recipient's whole allocation. */
  readonly period: string;
  readonly plannedPence: Pence;
  readonly committedPence: Pence;
  readonly paidPence: Pence;
  /** What the allocation is used up by: payments settle commitments, so max(committed, paid). */
  readonly usedPence: Pence;
  /** planned − used: negative is overspent. */
  readonly variancePence: Pence;
  readonly flag: 'overspend' | 'underspend' | null;
  /** Lines above the threshold still waiting for a second person's approval; not counted above. */
  readonly pendingPence: Pence;
}

export interface VarianceInput {
  readonly allocations: readonly { readonly recipient: string; readonly amountPence: Pence }[];
  readonly spend: readonly SpendLine[];
  /** The fund's academic years, or null to compare the whole allocation only. */
  readonly years: readonly string[] | null;
  /**
   * The fund's planned amount by year (docs/methodology.md §12.8): each allocation is planned in the same
   * proportions. Absent or empty: evenly over the years.
   */
  readonly profile?: readonly { readonly period: string; readonly amountPence: Pence }[];
  /** Today, YYYY-MM-DD: only periods that have ended can be underspent. */
  readonly today: string;
  /** Underspent means paid below planned by more than this percentage of planned; default 5. */
  readonly underspendTolerancePercent?: number;
}

/**
 * Allocation against spend by recipient and academic year, with flags (docs/methodology.md §12.7). Each
 * allocation is profiled evenly over the fund's years, pennies by largest remainder (earlier years first
 * on ties); payments settle commitments, so a period's use is max(committed, paid); overspend when use
 * passes the plan, underspend when a period has ended with payments more than the tolerance below it.
 * £6m over 2017/18 to 2019/20 → £2m a year; £2.1m paid in 2017/18 → overspend of £100,000 that year.
 */
export function computeVariance(input: VarianceInput): { readonly byPeriod: VarianceRow[]; readonly byRecipient: VarianceRow[] } {
  const tolerance = BigInt(Math.round((input.underspendTolerancePercent ?? 5) * 100));
  const years = input.years ?? [];
  const lastDay = years.length === 0 ? null : endOfAcademicYear(years.at(-1) ?? '');
  const byPeriod: VarianceRow[] = [];
  const byRecipient: VarianceRow[] = [];
  // Lines grouped by recipient once: a fund may name thousands of recipients and hold many more lines.
  const linesOf = new Map<string, SpendLine[]>();
  for (const line of input.spend) {
    const list = linesOf.get(line.recipient) ?? [];
    list.push(line);
    linesOf.set(line.recipient, list);
  }
  for (const { recipient, amountPence } of input.allocations) {
    const lines = linesOf.get(recipient) ?? [];
    const plan = planByYear(amountPence, years, input.profile ?? []);
    for (const year of years) {
      byPeriod.push(row(recipient, year, plan.get(year) ?? 0, lines.filter((s) => s.period === year), input.today > endOfAcademicYear(year), tolerance));
    }
    byRecipient.push(row(recipient, ALL_PERIODS, amountPence, lines, lastDay !== null && input.today > lastDay, tolerance));
  }
  return { byPeriod, byRecipient };
}

/**
 * An allocation planned by year: in proportion to the fund's profile when it has one (pennies by largest
 * remainder, as every allocation), else evenly. £6m of a £72m fund profiled £20m/£26m/£26m → £1,666,667,
 * £2,166,667 and £2,166,666 (the odd penny by remainder, then earlier year).
 */
function planByYear(amountPence: Pence, years: readonly string[], profile: readonly { readonly period: string; readonly amountPence: Pence }[]): Map<string, Pence> {
  if (years.length === 0) return new Map();
  const weights = new Map(profile.map((y) => [y.period, y.amountPence]));
  const profiled = profile.length > 0 && years.some((y) => (weights.get(y) ?? 0) > 0);
  const split = profiled
    ? allocate({ totalPence: amountPence, formula: 'proportional', recipients: years.map((id) => ({ id, measure: String(weights.get(id) ?? 0) })) })
    : allocate({ totalPence: amountPence, formula: 'equal', recipients: years.map((id) => ({ id })) });
  if (!split.ok) throw new Error(`Splitting an allocation over its years cannot fail: ${split.error.message}`);
  return new Map(split.value.rows.map((r) => [r.recipient, r.amountPence]));
}

function row(recipient: string, period: string, plannedPence: Pence, lines: readonly SpendLine[], ended: boolean, tolerance: bigint): VarianceRow {
  const sum = (kind: SpendLine['kind']) => lines.filter((l) => l.status === 'approved' && l.kind === kind).reduce((s, l) => s + l.amountPence, 0);
  const committedPence = sum('commitment');
  const paidPence = sum('payment');
  const usedPence = Math.max(committedPence, paidPence);
  const variancePence = plannedPence - usedPence;
  // paid < planned × (1 − tolerance%), in integers: paid × 10000 < planned × (10000 − tolerance in basis points).
  const underspent = ended && BigInt(paidPence) * 10_000n < BigInt(plannedPence) * (10_000n - tolerance);
  return {
    recipient,
    period,
    plannedPence,
    committedPence,
    paidPence,
    usedPence,
    variancePence,
    flag: variancePence < 0 ? 'overspend' : underspent ? 'underspend' : null,
    pendingPence: lines.filter((l) => l.status === 'pending_approval').reduce((s, l) => s + l.amountPence, 0),
  };
}
