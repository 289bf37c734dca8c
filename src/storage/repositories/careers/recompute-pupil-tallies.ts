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
  const window = 'e.pupil_id = careers_pupils.id and e.academic_year between careers_pupils.as_at - careers_pupils.year_group + 7 and careers_pupils.as_at';
  return execute(
    trx,
    `update careers_pupils set
       encounters = (select count(*) from careers_encounters e where ${window}),
       encounter_years = (select count(distinct e.academic_year) from careers_encounters e where ${window})
     where id in (${pupilIdsQuery})`,
  );
}
