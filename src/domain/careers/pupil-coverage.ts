import { firstSecondaryYear } from './academic-year.ts';

/** A pupil as coverage sees them: their year group as at `asAt`, the academic year their record describes. */
export interface CoveragePupil {
  readonly id: string;
  readonly urn: number;
  readonly yearGroup: number;
  readonly fsm: boolean;
  /** The academic year (its starting calendar year) in which `yearGroup` is the pupil's year group. */
  readonly asAt: number;
}

/** The two numbers kept per pupil, from which `reachesTarget` decides. */
export interface PupilTally {
  readonly encounters: number;
  readonly yearsWithEncounter: number;
}

/**
 * Counts a pupil's encounters in their secondary years so far, from year 7 (`asAt − (yearGroup − 7)`) to
 * `asAt`, and the number of those years with at least one; encounters in other years are not counted
 * (docs/methodology.md, "Careers encounters and coverage").
 * `tallyPupil({ yearGroup: 8, asAt: 2019, … }, [2018, 2018, 2019, 2017])` → 3 encounters in 2 years
 * (2017 was before year 7).
 */
export function tallyPupil(pupil: Pick<CoveragePupil, 'yearGroup' | 'asAt'>, encounterYears: readonly number[]): PupilTally {
  const first = firstSecondaryYear(pupil.yearGroup, pupil.asAt);
  const years = new Set<number>();
  let encounters = 0;
  for (const year of encounterYears) {
    if (year < first || year > pupil.asAt) continue;
    encounters += 1;
    years.add(year);
  }
  return { encounters, yearsWithEncounter: years.size };
}
