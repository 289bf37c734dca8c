import type { Transaction } from 'kysely';
import { capabilitiesOf } from '../../dialect-capabilities.ts';
import type { Database } from '../../schema.ts';
import { execute } from '../../bulk-insert.ts';

/** Targets from 1 to this are kept in careers_coverage_tallies; a higher target is counted from the pupils. */
export const TALLIED_TARGETS = 10;

const TARGET_NUMBERS = Array.from({ length: TALLIED_TARGETS }, (_, i) => String(i + 1));
const TARGETS = `with targets (t) as (values ${TARGET_NUMBERS.map((t) => `(${t})`).join(', ')})`;

/**
 * Rebuilds the per-school coverage tallies from the pupils' kept figures, for the schools `urnsQuery`
 * selects (a column `urn`), or for every school when it is null. Rebuilding a school's rows whole, rather
 * than adjusting them, keeps them right whatever changed: a pupil moving school, leaving, or a correction.
 */
export async function rebuildCoverageTallies(trx: Transaction<Database>, urnsQuery: string | null): Promise<void> {
  const only = urnsQuery === null ? '' : ` and p.urn in (${urnsQuery})`;
  // PostgreSQL's truncate leaves no dead rows behind for the inserts below to step over; SQLite's delete
  // without a condition empties the table as quickly.
  const everything = capabilitiesOf(trx).engine === 'postgres' ? 'truncate careers_coverage_tallies' : 'delete from careers_coverage_tallies';
  await execute(trx, urnsQuery === null ? everything : `delete from careers_coverage_tallies where urn in (${urnsQuery})`);
  // One pass over the pupils, counting for each school, year group and FSM status how many reach each
  // target (a column per target), then one row per target taken from those columns: a pass per target over
  // every pupil took four times as long (docs/benchmarks.md, careers). Rows go in key order.
  const reachedColumns = TARGET_NUMBERS.map(
    (t) => `sum(case when p.encounters >= ${t} then 1 else 0 end) as r${t}, sum(case when p.encounters >= ${t} and p.encounter_years >= p.year_group - 6 then 1 else 0 end) as e${t}`,
  );
  const pick = (prefix: string) => `case t.t ${TARGET_NUMBERS.map((t) => `when ${t} then g.${prefix}${t}`).join(' ')} end`;
  await execute(
    trx,
    `insert into careers_coverage_tallies (target, urn, year_group, fsm, pupils, reached, reached_each_year)
     ${TARGETS},
     grouped as materialized (
       select p.urn, p.year_group, p.fsm, count(*) as pupils, ${reachedColumns.join(', ')}
       from careers_pupils p
       where p.leaving_date is null${only}
       group by p.urn, p.year_group, p.fsm)
     select t.t, g.urn, g.year_group, g.fsm, g.pupils, ${pick('r')}, ${pick('e')}
     from targets t cross join grouped g
     order by t.t, g.urn, g.year_group, g.fsm`,
  );
}
