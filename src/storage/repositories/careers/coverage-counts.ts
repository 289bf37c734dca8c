import type { Cell, RowSource } from '../../bulk-insert.ts';
import { TALLIED_TARGETS } from './rebuild-coverage-tallies.ts';

/** Year groups 7 to 13 and FSM: a school's groups, numbered within it. */
const GROUPS_PER_SCHOOL = 16;
/** Per group: pupils, then those reaching each target, then those reaching it in each of their years. */
const COUNTED = 1 + 2 * TALLIED_TARGETS;

/**
 * Every school's coverage tallies (`rebuildCoverageTallies`) counted from a first load's pupils as they are
 * written: for each school, year group and FSM status, the pupils on roll (no leaving date) and how many
 * reach each target, in all and in each of their years. Holds a few numbers per school and group, so at most
 * the register's schools × 14.
 */
export class CoverageCounts {
  readonly #groups = new Map<number, Int32Array>();

  /** Counts a pupil, as `rebuildCoverageTallies` would find them in the ledger. */
  add(urn: number, yearGroup: number, fsm: number, leavingDate: Cell, encounters: number, encounterYears: number): void {
    if (leavingDate !== null) return;
    const key = urn * GROUPS_PER_SCHOOL + (yearGroup - 7) * 2 + fsm;
    let counts = this.#groups.get(key);
    if (counts === undefined) this.#groups.set(key, (counts = new Int32Array(COUNTED)));
    counts[0] = (counts[0] ?? 0) + 1;
    const eachYear = encounterYears >= yearGroup - 6;
    for (let t = 1; t <= TALLIED_TARGETS && encounters >= t; t += 1) {
      counts[t] = (counts[t] ?? 0) + 1;
      if (eachYear) counts[TALLIED_TARGETS + t] = (counts[TALLIED_TARGETS + t] ?? 0) + 1;
    }
  }

  /** The tallies as rows of careers_coverage_tallies (target, urn, year_group, fsm, pupils, reached, reached_each_year), in key order. */
  rows(): RowSource {
    const keys = Int32Array.from(this.#groups.keys()).sort();
    const groups = this.#groups;
    return {
      count: keys.length * TALLIED_TARGETS,
      write(row, into, at) {
        const target = Math.floor(row / keys.length) + 1;
        const key = keys[row % keys.length] ?? 0;
        const counts = groups.get(key);
        into[at] = target;
        into[at + 1] = Math.floor(key / GROUPS_PER_SCHOOL);
        into[at + 2] = 7 + Math.floor((key % GROUPS_PER_SCHOOL) / 2);
        into[at + 3] = key % 2;
        into[at + 4] = counts?.[0] ?? 0;
        into[at + 5] = counts?.[target] ?? 0;
        into[at + 6] = counts?.[TALLIED_TARGETS + target] ?? 0;
      },
    };
  }
}
