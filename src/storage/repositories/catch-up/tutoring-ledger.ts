import type { Kysely } from 'kysely';
import type { AuditActor } from '../../../domain/access/index.ts';
import { execute, insertRows } from '../../bulk-insert.ts';
import type { Database } from '../../schema.ts';
import { recordAudit } from '../audit.repository.ts';
import { dropStaging, lockTutoring, savePupilYears, STAGED_PUPILS, STAGED_YEARS, type PupilYearRow } from './save-pupils.ts';
import { refreshTutoringTallies } from './tutoring-tallies.ts';

/** One checked session row, the pupil already pseudonymised. */
export interface SessionRow extends PupilYearRow {
  /** yyyymmdd. */
  readonly day: number;
  readonly route: string;
  readonly subject: string;
  /** '' when none is named. */
  readonly provider: string;
  readonly groupSize: number;
  readonly halfHours: number;
}

/** A School Census return's row: every pupil on roll, tutored or not. */
export interface CensusRow extends PupilYearRow {
  readonly tutored: boolean;
  readonly halfHours: number;
}

export interface SaveOptions {
  readonly actor: AuditActor;
  readonly now: string;
  /** What is audited as the source, such as the file name. */
  readonly source: string;
  readonly synthetic?: boolean;
}

export interface SaveCounts {
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Census only: pupils of a school's earlier return for the year that this return no longer lists. */
  readonly deleted: number;
  readonly pupilsAdded: number;
  readonly pupilYearsChanged: number;
}

const SESSIONS = 'catch_up_staged_sessions';
const CENSUS = 'catch_up_staged_census';

/**
 * Writes checked sessions in one transaction through the bulk paths (staging tables, then set-based
 * statements): pupils by pseudonym, their facts per school and year, then sessions, new ones inserted and
 * corrected ones (hours, group size) updated, so the same file twice changes nothing; then the running
 * tallies of the pupils it touched. Audited with counts only, never a pseudonym.
 */
export async function saveTutoringSessions(db: Kysely<Database>, rows: readonly SessionRow[], options: SaveOptions): Promise<SaveCounts> {
  return db.transaction().execute(async (trx) => {
    await lockTutoring(trx);
    const pupils = await savePupilYears(trx, rows, options.synthetic === true);
    await execute(
      trx,
      `create temporary table ${SESSIONS} (pseudonym varchar(64), pupil_id integer, urn integer, session_day integer, route varchar(40), subject varchar(100), provider varchar(200), academic_year integer, group_size integer, half_hours integer)`,
    );
    await insertRows(
      trx,
      SESSIONS,
      ['pseudonym', 'urn', 'session_day', 'route', 'subject', 'provider', 'academic_year', 'group_size', 'half_hours'],
      rows.map((r) => [r.pseudonym, r.urn, r.day, r.route, r.subject, r.provider, r.academicYear, r.groupSize, r.halfHours]),
    );
    await execute(trx, `update ${SESSIONS} set pupil_id = (select p.id from catch_up_pupils p where p.pseudonym = ${SESSIONS}.pseudonym)`);
    await execute(trx, `create index ${SESSIONS}_key on ${SESSIONS} (pupil_id, urn, session_day)`);
    const same = (t: string) => `s.pupil_id = ${t}.pupil_id and s.urn = ${t}.urn and s.session_day = ${t}.session_day and s.route = ${t}.route and s.subject = ${t}.subject and s.provider = ${t}.provider`;
    const updated = await execute(
      trx,
      `update catch_up_sessions set group_size = s.group_size, half_hours = s.half_hours, academic_year = s.academic_year
       from ${SESSIONS} s where ${same('catch_up_sessions')}
         and (s.group_size <> catch_up_sessions.group_size or s.half_hours <> catch_up_sessions.half_hours or s.academic_year <> catch_up_sessions.academic_year)`,
    );
    const inserted = await execute(
      trx,
      `insert into catch_up_sessions (pupil_id, urn, session_day, route, subject, provider, academic_year, group_size, half_hours)
       select s.pupil_id, s.urn, s.session_day, s.route, s.subject, s.provider, s.academic_year, s.group_size, s.half_hours from ${SESSIONS} s
       where not exists (select 1 from catch_up_sessions c where ${same('c')})
       order by s.pupil_id, s.urn, s.session_day`,
    );
    const counts = { rows: rows.length, inserted, updated, unchanged: rows.length - inserted - updated, deleted: 0, pupilsAdded: pupils.pupilsAdded, pupilYearsChanged: pupils.yearsAdded + pupils.yearsChanged };
    if (inserted + updated + counts.pupilYearsChanged > 0) {
      await refreshTutoringTallies(trx, { pupilYears: `select pupil_id, urn, academic_year from ${STAGED_YEARS}`, schoolYears: null });
      await recordAudit(trx, { actor: options.actor, at: options.now, action: 'catch-up.import', entityType: 'catch_up_sessions', entityId: options.source, summary: counts });
    }
    await dropStaging(trx, [SESSIONS, STAGED_YEARS, STAGED_PUPILS]);
    return counts;
  });
}

/**
 * Writes a School Census return in one transaction: for each school and year in it, the return is the
 * whole roll, so pupils of an earlier return no longer listed are deleted from it; changed rows updated,
 * new ones inserted, equal ones left; then the running tallies of its school-years. Audited with counts only.
 */
export async function saveTutoringCensus(db: Kysely<Database>, rows: readonly CensusRow[], options: SaveOptions): Promise<SaveCounts> {
  return db.transaction().execute(async (trx) => {
    await lockTutoring(trx);
    const pupils = await savePupilYears(trx, rows, options.synthetic === true);
    await execute(trx, `create temporary table ${CENSUS} (pseudonym varchar(64), pupil_id integer, urn integer, academic_year integer, tutored integer, half_hours integer)`);
    await insertRows(trx, CENSUS, ['pseudonym', 'urn', 'academic_year', 'tutored', 'half_hours'], rows.map((r) => [r.pseudonym, r.urn, r.academicYear, r.tutored ? 1 : 0, r.halfHours]));
    await execute(trx, `update ${CENSUS} set pupil_id = (select p.id from catch_up_pupils p where p.pseudonym = ${CENSUS}.pseudonym)`);
    await execute(trx, `create index ${CENSUS}_key on ${CENSUS} (pupil_id, urn, academic_year)`);
    const same = (t: string) => `s.pupil_id = ${t}.pupil_id and s.urn = ${t}.urn and s.academic_year = ${t}.academic_year`;
    const deleted = await execute(
      trx,
      `delete from catch_up_census where exists (select 1 from ${CENSUS} f where f.urn = catch_up_census.urn and f.academic_year = catch_up_census.academic_year)
         and not exists (select 1 from ${CENSUS} s where ${same('catch_up_census')})`,
    );
    const updated = await execute(
      trx,
      `update catch_up_census set tutored = s.tutored, half_hours = s.half_hours from ${CENSUS} s
       where ${same('catch_up_census')} and (s.tutored <> catch_up_census.tutored or s.half_hours <> catch_up_census.half_hours)`,
    );
    const inserted = await execute(
      trx,
      `insert into catch_up_census (pupil_id, urn, academic_year, tutored, half_hours)
       select s.pupil_id, s.urn, s.academic_year, s.tutored, s.half_hours from ${CENSUS} s
       where not exists (select 1 from catch_up_census c where ${same('c')}) order by s.pupil_id, s.urn, s.academic_year`,
    );
    const counts = { rows: rows.length, inserted, updated, unchanged: rows.length - inserted - updated, deleted, pupilsAdded: pupils.pupilsAdded, pupilYearsChanged: pupils.yearsAdded + pupils.yearsChanged };
    if (inserted + updated + deleted + counts.pupilYearsChanged > 0) {
      // Every school-year of the return is one of its pupils', so pupils it no longer lists leave that school-year's tallies too.
      await refreshTutoringTallies(trx, { pupilYears: `select pupil_id, urn, academic_year from ${STAGED_YEARS}`, schoolYears: null });
      await recordAudit(trx, { actor: options.actor, at: options.now, action: 'catch-up.census-import', entityType: 'catch_up_census', entityId: options.source, summary: counts });
    }
    await dropStaging(trx, [CENSUS, STAGED_YEARS, STAGED_PUPILS]);
    return counts;
  });
}
