import type { Transaction } from 'kysely';
import type { Database } from '../../schema.ts';
import { execute } from '../../bulk-insert.ts';

/**
 * Sets each listed pupil's `encounters` and `encounter_years` from the ledger: encounters dated in their
 * secondary years so far (year 7 in `as_at − (year_group − 7)` to `as_at`) and the distinct academic years
 * among them, as `tallyPupil` in the domain does (docs/methodology.md, "Careers encounters and coverage").
 * `pupilIdsQuery` selects a column `pupil_id`. Recomputing, rather than adding and subtracting, keeps the
 * figures right under corrections, deletions and a pupil's year group changing.
 */
export async function recomputePupilTallies(trx: Transaction<Database>, pupilIdsQuery: string): Promise<number> {
  // One grouped pass joined back, rather than two counts per pupil: PostgreSQL planned the per-pupil
  // counts as a loop that took minutes for a national file's 375,000 pupils (docs/benchmarks.md).
  return execute(
    trx,
    `update careers_pupils set encounters = t.encounters, encounter_years = t.years
     from (select p.id, count(e.pupil_id) as encounters, count(distinct e.academic_year) as years
           from careers_pupils p left join careers_encounters e
             on e.pupil_id = p.id and e.academic_year between p.as_at - p.year_group + 7 and p.as_at
           where p.id in (${pupilIdsQuery}) group by p.id) t
     where careers_pupils.id = t.id`,
  );
}
