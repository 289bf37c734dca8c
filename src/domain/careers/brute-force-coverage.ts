import { academicYearOf, firstSecondaryYear } from './academic-year.ts';
import type { CoverageRule } from './coverage-rule.ts';
import type { CoveragePupil } from './pupil-coverage.ts';
import type { CoverageTallyRow } from './summarise-coverage.ts';

/** One encounter in the ledger, by pupil and date. */
export interface LedgerEntry {
  readonly pupilId: string;
  readonly date: string;
}

/**
 * Coverage recomputed from nothing but the ledger, pupil by pupil and year by year, the slow and obvious
 * way: the reference that faster, incremental figures are checked against in tests and benchmarks.
 * Rows come out per group key and FSM status, for `summariseCoverage`.
 */
export function bruteForceCoverage(
  pupils: readonly CoveragePupil[],
  ledger: readonly LedgerEntry[],
  rule: CoverageRule,
  keyOf: (pupil: CoveragePupil) => string,
): CoverageTallyRow[] {
  const rows = new Map<string, { key: string; fsm: boolean; pupils: number; reached: number }>();
  for (const pupil of pupils) {
    const first = firstSecondaryYear(pupil.yearGroup, pupil.asAt);
    const mine = ledger.filter((e) => e.pupilId === pupil.id).map((e) => academicYearOf(e.date));
    const inYears = mine.filter((y) => y >= first && y <= pupil.asAt);
    let everyYear = true;
    for (let year = first; year <= pupil.asAt; year += 1) if (!inYears.includes(year)) everyYear = false;
    const reached = inYears.length >= rule.target && (!rule.eachYear || everyYear);
    const key = keyOf(pupil);
    const id = `${key}\u0000${String(pupil.fsm)}`;
    const row = rows.get(id) ?? { key, fsm: pupil.fsm, pupils: 0, reached: 0 };
    row.pupils += 1;
    if (reached) row.reached += 1;
    rows.set(id, row);
  }
  return [...rows.values()];
}
