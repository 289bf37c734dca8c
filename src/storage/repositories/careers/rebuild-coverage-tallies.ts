import type { Transaction } from 'kysely';
import type { Database } from '../../schema.ts';
import { execute } from './bulk-insert.ts';

/** Targets from 1 to this are kept in careers_coverage_tallies; a higher target is counted from the pupils. */
export const TALLIED_TARGETS = 10;

const TARGETS = `with targets (t) as (values ${Array.from({ length: TALLIED_TARGETS }, (_, i) => `(${String(i + 1)})`).join(', ')})`;

/**
 * Rebuilds the per-school coverage tallies from the pupils' kept figures, for the schools `urnsQuery`
 * selects (a column `urn`), or for every school when it is null. Rebuilding a school's rows whole, rather
 * than adjusting them, keeps them right whatever changed: a pupil moving school, leaving, or a correction.
 */
export async function rebuildCoverageTallies(trx: Transaction<Database>, urnsQuery: string | null): Promise<void> {
  const only = urnsQuery === null ? '' : ` and p.urn in (${urnsQuery})`;
  await execute(trx, urnsQuery === null ? 'delete from careers_coverage_tallies' : `delete from careers_coverage_tallies where urn in (${urnsQuery})`);
  await execute(
    trx,
    `insert into careers_coverage_tallies (target, urn, year_group, fsm, pupils, reached, reached_each_year)
     ${TARGETS}
     select t.t, p.urn, p.year_group, p.fsm, count(*),
       sum(case when p.encounters >= t.t then 1 else 0 end),
       sum(case when p.encounters >= t.t and p.encounter_years >= p.year_group - 6 then 1 else 0 end)
     from careers_pupils p cross join targets t
     where p.leaving_date is null${only}
     group by t.t, p.urn, p.year_group, p.fsm`,
  );
}
