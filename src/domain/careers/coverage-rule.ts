/** What counts as reaching the benchmark. */
export interface CoverageRule {
  /** Encounters needed over the pupil's secondary years so far (default 4). */
  readonly target: number;
  /** Also require at least one encounter in every secondary year so far (Gatsby Benchmark 5). */
  readonly eachYear: boolean;
}

export const DEFAULT_TARGET = 4;
export const DEFAULT_RULE: CoverageRule = { target: DEFAULT_TARGET, eachYear: false };

/** Year groups of secondary school and sixth form: 7 to 13. */
export const YEAR_GROUPS = [7, 8, 9, 10, 11, 12, 13] as const;

export function isYearGroup(value: number): boolean {
  return Number.isInteger(value) && value >= 7 && value <= 13;
}

/** Throws on a target that is not a whole number from 1 up: a programmer error once input is parsed. */
export function assertRule(rule: CoverageRule): void {
  if (!Number.isSafeInteger(rule.target) || rule.target < 1) throw new RangeError(`Expected a target of 1 or more encounters, got ${String(rule.target)}`);
}

/**
 * Whether one pupil reaches the benchmark, from the two numbers kept per pupil: encounters in their
 * secondary years so far, and how many of those years had at least one (docs/methodology.md,
 * "Careers encounters and coverage"). A pupil in year 9 has had 3 secondary years (7, 8 and 9).
 * `reachesTarget(4, 2, 9, { target: 4, eachYear: false })` → true; with `eachYear: true` → false.
 */
export function reachesTarget(encounters: number, yearsWithEncounter: number, yearGroup: number, rule: CoverageRule): boolean {
  return encounters >= rule.target && (!rule.eachYear || yearsWithEncounter >= yearGroup - 6);
}
