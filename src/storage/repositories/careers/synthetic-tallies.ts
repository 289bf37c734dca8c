import type { SyntheticBatch } from '../../../domain/careers/index.ts';
import { TALLIED_TARGETS } from './rebuild-coverage-tallies.ts';

export const TALLY_COLUMNS = ['target', 'urn', 'year_group', 'fsm', 'pupils', 'reached', 'reached_each_year'];

/**
 * The per-school coverage tallies of synthetic pupils, counted from the figures written on each pupil as
 * batches go by: what `rebuildCoverageTallies` would count from the pupils afterwards (every synthetic pupil
 * is on roll), for a ledger that holds only these pupils. Per school, year group and FSM status: pupils, and
 * for each target t from 1 to TALLIED_TARGETS those with at least t encounters, and those who also have one
 * in every secondary year so far.
 */
export class SyntheticTallies {
  // Keyed by URN × 32 + year group × 2 + FSM; counts are [pupils, reached t = 1…10, each year t = 1…10].
  readonly #groups = new Map<number, Int32Array>();

  count(batch: SyntheticBatch): void {
    const p = batch.pupils;
    for (let i = 0; i < p.length; i += 1) {
      const yearGroup = p.yearGroup[i] ?? 0;
      const key = (p.urn[i] ?? 0) * 32 + yearGroup * 2 + (p.fsm[i] ?? 0);
      let counts = this.#groups.get(key);
      if (counts === undefined) this.#groups.set(key, (counts = new Int32Array(1 + 2 * TALLIED_TARGETS)));
      const encounters = p.encounters[i] ?? 0;
      const everyYear = (p.encounterYears[i] ?? 0) >= yearGroup - 6;
      counts[0] = (counts[0] ?? 0) + 1;
      for (let t = 1; t <= Math.min(encounters, TALLIED_TARGETS); t += 1) {
        counts[t] = (counts[t] ?? 0) + 1;
        if (everyYear) counts[TALLIED_TARGETS + t] = (counts[TALLIED_TARGETS + t] ?? 0) + 1;
      }
    }
  }

  /** careers_coverage_tallies rows (TALLY_COLUMNS) end to end, in key order. */
  rows(): number[] {
    const keys = [...this.#groups.keys()].sort((a, b) => a - b);
    const values: number[] = [];
    for (let t = 1; t <= TALLIED_TARGETS; t += 1) {
      for (const key of keys) {
        const counts = this.#groups.get(key) ?? new Int32Array(1 + 2 * TALLIED_TARGETS);
        values.push(t, Math.floor(key / 32), Math.floor((key % 32) / 2), key % 2, counts[0] ?? 0, counts[t] ?? 0, counts[TALLIED_TARGETS + t] ?? 0);
      }
    }
    return values;
  }
}
