import type { Pence } from '../shared/money.ts';
import { academicYearsOf } from './spend/academic-years.ts';
import type { Fund, ProfileYear } from './fund.ts';

export interface FunderShare {
  readonly funder: string;
  readonly amountPence: Pence;
  /** Share of the fund, in per cent to two places (exact shares are amount ÷ fund). */
  readonly percent: number;
}

/**
 * Who pays for a fund and how much each gives: the fund's contribution pots when it has them (Research
 * Schools: EEF £2,000,000 and DfE £1,500,000 of £3,500,000 → 57.14% and 42.86%), else its own funder for
 * the whole amount.
 */
export function fundersOf(fund: Fund, funds: readonly Fund[]): FunderShare[] {
  const contributions = funds.filter((f) => f.parentId === fund.id && f.kind === 'contribution');
  const parts = contributions.length > 0 ? contributions.map((c) => ({ funder: c.funder, amountPence: c.amountPence })) : [{ funder: fund.funder, amountPence: fund.amountPence }];
  // Largest share first (then by name), whatever order the pots were read in.
  parts.sort((a, b) => b.amountPence - a.amountPence || a.funder.localeCompare(b.funder));
  return parts.map((p) => ({ ...p, percent: fund.amountPence === 0 ? 0 : Math.round((p.amountPence / fund.amountPence) * 10_000) / 100 }));
}

/**
 * Checks a spending profile for `fund`: each period one of the fund's academic years, none twice, no amount
 * below zero, and the amounts summing to the fund exactly. Returns every problem as a sentence; none when
 * the profile is good. An empty profile is good (spend is then planned evenly over the years).
 */
export function checkProfile(fund: Fund, profile: readonly ProfileYear[]): string[] {
  if (profile.length === 0) return [];
  const years = academicYearsOf(fund.period);
  const problems: string[] = [];
  if (years === null) problems.push(`The fund's period "${fund.period}" is not written as academic years (like 2017/18 to 2019/20), so it cannot be profiled by year`);
  const seen = new Set<string>();
  for (const { period, amountPence } of profile) {
    if (years !== null && !years.includes(period)) problems.push(`${period} is not one of the fund's years (${years.join(', ')})`);
    if (seen.has(period)) problems.push(`${period} is given more than once`);
    seen.add(period);
    if (!Number.isSafeInteger(amountPence) || amountPence < 0) problems.push(`${period}: the amount must be whole pence, zero or more`);
  }
  const total = profile.reduce((sum, y) => sum + y.amountPence, 0);
  if (total !== fund.amountPence) problems.push(`The years add up to ${String(total)}p but the fund is ${String(fund.amountPence)}p: they must add up exactly`);
  return problems;
}
