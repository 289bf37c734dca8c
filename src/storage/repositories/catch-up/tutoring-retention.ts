import type { Kysely } from 'kysely';
import type { AuditActor } from '../../../domain/access/index.ts';
import { tutoringRetentionCutOffYear } from '../../../domain/catch-up/index.ts';
import type { Database } from '../../schema.ts';
import { recordAudit } from '../audit.repository.ts';
import { lockTutoring } from './save-pupils.ts';
import { removeTutoringTalliesBefore } from './tutoring-tallies.ts';

export interface TutoringRetentionResult {
  /** Records of academic years before this one (its first calendar year) are removed. */
  readonly firstYearKept: number;
  readonly sessions: number;
  readonly censusRows: number;
  readonly pupils: number;
}

/** What `applyTutoringRetention` would remove, counted without removing anything. */
export async function previewTutoringRetention(db: Kysely<Database>, years: number, now: Date): Promise<TutoringRetentionResult> {
  const firstYearKept = tutoringRetentionCutOffYear(now.toISOString().slice(0, 10), years);
  const count = async (table: 'catch_up_sessions' | 'catch_up_census') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as('n')).where('academic_year', '<', firstYearKept).executeTakeFirst())?.n ?? 0);
  const kept = db.selectFrom('catch_up_pupil_years').select('pupil_id').where('academic_year', '>=', firstYearKept);
  const pupils = await db.selectFrom('catch_up_pupils').select((eb) => eb.fn.countAll<string | number>().as('n')).where('id', 'not in', kept).executeTakeFirst();
  return { firstYearKept, sessions: await count('catch_up_sessions'), censusRows: await count('catch_up_census'), pupils: Number(pupils?.n ?? 0) };
}

/**
 * Removes tutoring records of academic years that ended more than `years` years before `now` (tutoring
 * records carry no leaving date: docs/methodology.md §17.6), then pupils with no record left, and
 * those years' running tallies, in one transaction; audits how many, never who.
 */
export async function applyTutoringRetention(db: Kysely<Database>, years: number, actor: AuditActor, now: Date): Promise<TutoringRetentionResult> {
  const firstYearKept = tutoringRetentionCutOffYear(now.toISOString().slice(0, 10), years);
  return db.transaction().execute(async (trx) => {
    await lockTutoring(trx);
    const sessions = Number((await trx.deleteFrom('catch_up_sessions').where('academic_year', '<', firstYearKept).executeTakeFirst()).numDeletedRows);
    const censusRows = Number((await trx.deleteFrom('catch_up_census').where('academic_year', '<', firstYearKept).executeTakeFirst()).numDeletedRows);
    await trx.deleteFrom('catch_up_pupil_years').where('academic_year', '<', firstYearKept).execute();
    await removeTutoringTalliesBefore(trx, firstYearKept);
    const kept = trx.selectFrom('catch_up_pupil_years').select('pupil_id');
    const pupils = Number((await trx.deleteFrom('catch_up_pupils').where('id', 'not in', kept).executeTakeFirst()).numDeletedRows);
    if (sessions + censusRows + pupils > 0) {
      await recordAudit(trx, { actor, at: now.toISOString(), action: 'catch-up.retention.apply', entityType: 'catch_up_sessions', entityId: 'retention', summary: { years, firstYearKept, sessions, censusRows, pupils } });
    }
    return { firstYearKept, sessions, censusRows, pupils };
  });
}
