import type { Kysely } from 'kysely';
import type { AuditActor } from '../../../domain/access/index.ts';
import { syntheticTutoringPseudonym, type SyntheticTutee } from '../../../domain/catch-up/index.ts';
import { execute, insertRowSource, insertRows, nextId, type Cell } from '../../bulk-insert.ts';
import { capabilitiesOf } from '../../dialect-capabilities.ts';
import type { Database } from '../../schema.ts';
import { recordAudit } from '../audit.repository.ts';
import { lockTutoring } from './save-pupils.ts';
import { PUPIL_TALLY_COLUMNS, SyntheticPupilTallies } from './synthetic-pupil-tallies.ts';
import { refreshTutoringTallies } from './tutoring-tallies.ts';

/** The school-years synthetic pupils leave or join, whose tallies are rebuilt once they are written. */
const TOUCHED = 'catch_up_synthetic_school_years';

/**
 * Replaces every synthetic tutoring pupil with `batches`, in one transaction, through the bulk paths:
 * pupils marked synthetic (pseudonyms `synthetic:<seed>:<n>`), their year at their school, their sessions,
 * and their running tallies, counted as batches go by. Real pupils are never touched. Audited with counts.
 */
export async function replaceSyntheticTutoring(
  db: Kysely<Database>,
  batches: Iterable<readonly SyntheticTutee[]> | AsyncIterable<readonly SyntheticTutee[]>,
  options: { readonly seed: number; readonly academicYear: number; readonly actor: AuditActor; readonly now: string; readonly onBatch?: (pupils: number) => void },
): Promise<{ pupils: number; sessions: number; removed: number }> {
  return db.transaction().execute(async (trx) => {
    await lockTutoring(trx);
    const synthetic = 'select id from catch_up_pupils where synthetic = 1';
    await execute(trx, `create temporary table ${TOUCHED} (academic_year integer, urn integer)`);
    await execute(trx, `insert into ${TOUCHED} (academic_year, urn) select distinct academic_year, urn from catch_up_pupil_years where pupil_id in (${synthetic})`);
    await execute(trx, `delete from catch_up_pupil_tallies where pupil_id in (${synthetic})`);
    for (const table of ['catch_up_sessions', 'catch_up_census', 'catch_up_pupil_years']) await execute(trx, `delete from ${table} where pupil_id in (${synthetic})`);
    const removed = await execute(trx, 'delete from catch_up_pupils where synthetic = 1');
    let id = await nextId(trx, 'catch_up_pupils');
    let pupils = 0;
    let sessions = 0;
    const tallies = new SyntheticPupilTallies();
    for await (const batch of batches) {
      const pupilRows: Cell[][] = [];
      const yearRows: Cell[][] = [];
      const sessionRows: Cell[][] = [];
      for (const tutee of batch) {
        tallies.count(id, tutee);
        pupilRows.push([id, syntheticTutoringPseudonym(options.seed, tutee.n), 1]);
        yearRows.push([id, tutee.urn, options.academicYear, tutee.yearGroup, tutee.fsm ? 1 : 0, tutee.pupilPremium ? 1 : 0]);
        for (const s of tutee.sessions) sessionRows.push([id, tutee.urn, s.day, s.route, s.subject, s.provider, options.academicYear, s.groupSize, s.halfHours]);
        id += 1;
      }
      await insertRows(trx, 'catch_up_pupils', ['id', 'pseudonym', 'synthetic'], pupilRows);
      await insertRows(trx, 'catch_up_pupil_years', ['pupil_id', 'urn', 'academic_year', 'year_group', 'fsm', 'pupil_premium'], yearRows);
      sessions += await insertRows(trx, 'catch_up_sessions', ['pupil_id', 'urn', 'session_day', 'route', 'subject', 'provider', 'academic_year', 'group_size', 'half_hours'], sessionRows);
      pupils += batch.length;
      options.onBatch?.(pupils);
    }
    // The new pupils' tallies, then each school-year they left or joined rebuilt whole.
    await insertRowSource(trx, 'catch_up_pupil_tallies', PUPIL_TALLY_COLUMNS, tallies.rows(options.academicYear));
    await execute(trx, `insert into ${TOUCHED} (academic_year, urn) select distinct academic_year, urn from catch_up_pupil_years where pupil_id in (${synthetic})`);
    await refreshTutoringTallies(trx, { pupilYears: null, schoolYears: `select academic_year, urn from ${TOUCHED}` });
    await execute(trx, `drop table ${TOUCHED}`);
    // Ids were given here: PostgreSQL's sequence must move past them for the next real pupil.
    if (capabilitiesOf(trx).engine === 'postgres') await execute(trx, `select setval(pg_get_serial_sequence('catch_up_pupils', 'id'), coalesce((select max(id) from catch_up_pupils), 1))`);
    await recordAudit(trx, { actor: options.actor, at: options.now, action: 'catch-up.synthetic', entityType: 'catch_up_sessions', entityId: 'synthetic', summary: { pupils, sessions, removed, seed: options.seed } });
    return { pupils, sessions, removed };
  });
}

/** The open schools of the register that tutoring reached: primary, secondary and all-through. */
export async function tutoringSchoolUrns(db: Kysely<Database>): Promise<number[]> {
  const rows = await db
    .selectFrom('schools')
    .select('urn')
    .where('phase', 'in', ['primary', 'middle', 'secondary', 'all-through'])
    .where((eb) => eb(eb.fn('lower', ['status']), 'like', 'open%'))
    .orderBy('urn')
    .execute();
  return rows.map((r) => r.urn);
}
