import { syntheticPseudonym, type SyntheticBatch } from '../../../domain/careers/index.ts';
import type { RowSource } from '../../bulk-insert.ts';

export const PUPIL_COLUMNS = ['id', 'pseudonym', 'urn', 'year_group', 'fsm', 'as_at', 'leaving_date', 'synthetic', 'encounters', 'encounter_years'];
export const ENCOUNTER_COLUMNS = ['pupil_id', 'encounter_day', 'type_code', 'employer_id', 'urn', 'academic_year'];

/**
 * Checks what the foreign keys would check row by row: the batch's pupils are numbered one after another,
 * every encounter's pupil is one of them (written just before it) and its employer one of the `employers`
 * synthetic employers written before the load; and that each encounter is at its pupil's own school, so no
 * pupil has encounters held by another school (careers_pupil_schools).
 */
export function checkSyntheticBatch(batch: SyntheticBatch, employers: number): void {
  const { pupils: p, encounters: e } = batch;
  const firstId = p.id[0] ?? 0;
  for (let i = 0; i < p.length; i += 1) {
    if (p.id[i] !== firstId + i) throw new RangeError(`Synthetic pupils must be numbered one after another: found ${String(p.id[i])} after ${String(firstId + i - 1)}`);
  }
  for (let i = 0; i < e.length; i += 1) {
    const pupilId = e.pupilId[i] ?? 0;
    if (pupilId < firstId || pupilId >= firstId + p.length) throw new RangeError(`Synthetic encounter for pupil ${String(pupilId)}, not in its batch`);
    const employer = e.employer[i] ?? 0;
    if (employer < 1 || employer > employers) throw new RangeError(`Synthetic encounter with employer ${String(employer)}, not one of the ${String(employers)} synthetic employers`);
    if (e.urn[i] !== p.urn[pupilId - firstId]) throw new RangeError(`Synthetic encounter for pupil ${String(pupilId)} at school ${String(e.urn[i])}, not their own`);
  }
}

/** The batch's pupils as careers_pupils rows (PUPIL_COLUMNS), marked synthetic, on roll as at `asAt`. */
export function syntheticPupilRows(batch: SyntheticBatch, asAt: number): RowSource {
  const p = batch.pupils;
  return {
    count: p.length,
    write(i, into, at) {
      into[at] = p.id[i] ?? 0;
      into[at + 1] = syntheticPseudonym(batch.seed, batch.firstNumber + i);
      into[at + 2] = p.urn[i] ?? 0;
      into[at + 3] = p.yearGroup[i] ?? 0;
      into[at + 4] = p.fsm[i] ?? 0;
      into[at + 5] = asAt;
      into[at + 6] = null;
      into[at + 7] = 1;
      into[at + 8] = p.encounters[i] ?? 0;
      into[at + 9] = p.encounterYears[i] ?? 0;
    },
  };
}

/**
 * The batch's encounters as careers_encounters rows (ENCOUNTER_COLUMNS), synthetic employer n being id
 * `firstEmployerId + n − 1`. The generator's day (yyyymmdd) and type (place in ENCOUNTER_TYPES) are what
 * the ledger stores.
 */
export function syntheticEncounterRows(batch: SyntheticBatch, firstEmployerId: number): RowSource {
  const e = batch.encounters;
  return {
    count: e.length,
    write(i, into, at) {
      into[at] = e.pupilId[i] ?? 0;
      into[at + 1] = e.date[i] ?? 0;
      into[at + 2] = e.type[i] ?? 0;
      into[at + 3] = firstEmployerId + (e.employer[i] ?? 1) - 1;
      into[at + 4] = e.urn[i] ?? 0;
      into[at + 5] = e.academicYear[i] ?? 0;
    },
  };
}

/**
 * Counts employer load (encounters per synthetic employer and school) as batches go by, rather than grouping
 * the ledger afterwards. Kept under `(employer − 1) × 65,536 + the school's place`, a small whole number
 * that is quick to look up for up to 16,384 employers; England has fewer than 65,536 schools.
 */
export class SyntheticEmployerLoad {
  static readonly PLACES = 65_536;
  readonly #counts = new Map<number, number>();
  readonly #places = new Map<number, number>();
  readonly #urns: number[] = [];

  count(batch: SyntheticBatch): void {
    const e = batch.encounters;
    for (let i = 0; i < e.length; i += 1) {
      const urn = e.urn[i] ?? 0;
      let place = this.#places.get(urn);
      if (place === undefined) {
        place = this.#urns.push(urn) - 1;
        if (place >= SyntheticEmployerLoad.PLACES) throw new RangeError(`More than ${String(SyntheticEmployerLoad.PLACES)} schools in synthetic data`);
        this.#places.set(urn, place);
      }
      const key = ((e.employer[i] ?? 1) - 1) * SyntheticEmployerLoad.PLACES + place;
      this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
    }
  }

  /** careers_employer_schools rows `[employer_id, urn, encounters, …]`, employer n being `firstEmployerId + n − 1`. */
  rows(firstEmployerId: number): number[] {
    const values: number[] = [];
    for (const [key, count] of [...this.#counts].sort((a, b) => a[0] - b[0])) {
      values.push(firstEmployerId + Math.floor(key / SyntheticEmployerLoad.PLACES), this.#urns[key % SyntheticEmployerLoad.PLACES] ?? 0, count);
    }
    return values;
  }
}
