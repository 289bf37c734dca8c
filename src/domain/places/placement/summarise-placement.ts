import { isPlacementRule, type PlacementRule } from './placement.ts';
import { isStateFundedSchool } from './state-funded.ts';

/** A school with its placement as stored. */
export interface PlacedSchool {
  readonly urn: number;
  readonly name: string;
  readonly status: string;
  readonly phase: string;
  readonly minorGroup: string | null;
  readonly schoolType: string | null;
  readonly districtCode: string | null;
  /** A placement rule, or null when unplaced (or not yet placed). */
  readonly rule: string | null;
  readonly confidence: number | null;
  readonly basis: number | null;
  /** The sector an imputation used, or why the school is unplaced. */
  readonly note: string | null;
}

export interface PlacementSummary {
  readonly total: number;
  readonly placed: number;
  readonly exact: number;
  readonly imputed: number;
  readonly unplaced: number;
  readonly by_rule: { readonly gias: number; readonly coordinates: number; readonly single_tier_la: number; readonly postcode_sector: number };
  readonly unplaced_schools: readonly { readonly urn: number; readonly name: string; readonly reason: string }[];
}

const RULE_KEY: Readonly<Record<PlacementRule, keyof PlacementSummary['by_rule']>> = {
  gias: 'gias',
  coordinates: 'coordinates',
  'single-tier-la': 'single_tier_la',
  'postcode-sector': 'postcode_sector',
};

/** Open state-funded schools: the schools district figures and the placement report are about. */
export const isOpenStateFunded = (school: PlacedSchool): boolean => school.status === 'open' && isStateFundedSchool(school);

/**
 * Counts of the open state-funded schools by the rule that placed them, and the unplaced ones with why, in
 * URN order (methodology §6.8). Other schools (independent, closed, colleges) are placed too, but not counted.
 *
 * Three open academies placed by coordinates, single tier and postcode sector → `{ total: 3, placed: 3, exact: 2, imputed: 1, … }`.
 */
export function summarisePlacement(schools: readonly PlacedSchool[]): PlacementSummary {
  const byRule = { gias: 0, coordinates: 0, single_tier_la: 0, postcode_sector: 0 };
  const unplaced: { urn: number; name: string; reason: string }[] = [];
  let total = 0;
  for (const s of schools) {
    if (!isOpenStateFunded(s)) continue;
    total += 1;
    if (s.districtCode !== null && isPlacementRule(s.rule)) byRule[RULE_KEY[s.rule]] += 1;
    else unplaced.push({ urn: s.urn, name: s.name, reason: s.note ?? 'Not placed yet: run oa schools place' });
  }
  unplaced.sort((a, b) => a.urn - b.urn);
  const imputed = byRule.postcode_sector;
  return { total, placed: total - unplaced.length, exact: total - unplaced.length - imputed, imputed, unplaced: unplaced.length, by_rule: byRule, unplaced_schools: unplaced };
}
