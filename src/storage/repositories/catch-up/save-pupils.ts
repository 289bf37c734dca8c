import type { Transaction } from 'kysely';
import { execute, insertRows, type Cell } from '../../bulk-insert.ts';
import { capabilitiesOf } from '../../dialect-capabilities.ts';
import type { Database } from '../../schema.ts';

/** A pupil's facts at a school in an academic year, the pupil already pseudonymised. */
export interface PupilYearRow {
  readonly pseudonym: string;
  readonly urn: number;
  readonly academicYear: number;
  readonly yearGroup: number;
  readonly fsm: boolean;
  readonly pupilPremium: boolean;
}

/** Staging tables a write makes inside its transaction; dropped on success, rolled back with it on failure. */
export const STAGED_PUPILS = 'catch_up_staged_pupils';
export const STAGED_YEARS = 'catch_up_staged_years';

/**
 * Adds pupils not yet held (by pseudonym) and sets each pupil's facts at a school in a year to the file's:
 * new ones inserted, changed ones updated, equal ones left. Leaves `catch_up_staged_years` (pupil_id, urn,
 * academic_year, …) for the caller's next statements.
 */
export async function savePupilYears(trx: Transaction<Database>, rows: readonly PupilYearRow[], synthetic: boolean): Promise<{ pupilsAdded: number; yearsAdded: number; yearsChanged: number }> {
  const pseudonyms = [...new Set(rows.map((r) => r.pseudonym))];
  await execute(trx, `create temporary table ${STAGED_PUPILS} (pseudonym varchar(64) primary key)`);
  await insertRows(trx, STAGED_PUPILS, ['pseudonym'], pseudonyms.map((p) => [p]));
  const pupilsAdded = await execute(
    trx,
    `insert into catch_up_pupils (pseudonym, synthetic) select s.pseudonym, ${synthetic ? 1 : 0} from ${STAGED_PUPILS} s
     where not exists (select 1 from catch_up_pupils p where p.pseudonym = s.pseudonym) order by s.pseudonym`,
  );
  await execute(trx, `create temporary table ${STAGED_YEARS} (pseudonym varchar(64), pupil_id integer, urn integer, academic_year integer, year_group integer, fsm integer, pupil_premium integer)`);
  const years = new Map<string, Cell[]>();
  for (const r of rows) years.set(`${r.pseudonym}|${String(r.urn)}|${String(r.academicYear)}`, [r.pseudonym, r.urn, r.academicYear, r.yearGroup, r.fsm ? 1 : 0, r.pupilPremium ? 1 : 0]);
  await insertRows(trx, STAGED_YEARS, ['pseudonym', 'urn', 'academic_year', 'year_group', 'fsm', 'pupil_premium'], [...years.values()]);
  await execute(trx, `update ${STAGED_YEARS} set pupil_id = (select p.id from catch_up_pupils p where p.pseudonym = ${STAGED_YEARS}.pseudonym)`);
  await execute(trx, `create index ${STAGED_YEARS}_key on ${STAGED_YEARS} (pupil_id, urn, academic_year)`);
  const yearsChanged = await execute(
    trx,
    `update catch_up_pupil_years set year_group = s.year_group, fsm = s.fsm, pupil_premium = s.pupil_premium
     from ${STAGED_YEARS} s where s.pupil_id = catch_up_pupil_years.pupil_id and s.urn = catch_up_pupil_years.urn and s.academic_year = catch_up_pupil_years.academic_year
       and (s.year_group <> catch_up_pupil_years.year_group or s.fsm <> catch_up_pupil_years.fsm or s.pupil_premium <> catch_up_pupil_years.pupil_premium)`,
  );
  const yearsAdded = await execute(
    trx,
    `insert into catch_up_pupil_years (pupil_id, urn, academic_year, year_group, fsm, pupil_premium)
     select s.pupil_id, s.urn, s.academic_year, s.year_group, s.fsm, s.pupil_premium from ${STAGED_YEARS} s
     where not exists (select 1 from catch_up_pupil_years y where y.pupil_id = s.pupil_id and y.urn = s.urn and y.academic_year = s.academic_year)
     order by s.pupil_id, s.urn, s.academic_year`,
  );
  return { pupilsAdded, yearsAdded, yearsChanged };
}

/** Drops the staging tables a write made. */
export async function dropStaging(trx: Transaction<Database>, tables: readonly string[]): Promise<void> {
  for (const table of tables) await execute(trx, `drop table ${table}`);
}

/** Serialises writers of the tutoring ledger on PostgreSQL (SQLite has one writer anyway). */
export async function lockTutoring(trx: Transaction<Database>): Promise<void> {
  const lock = capabilitiesOf(trx).lockAgainstWriters('catch_up_sessions');
  if (lock !== null) await execute(trx, lock);
}
