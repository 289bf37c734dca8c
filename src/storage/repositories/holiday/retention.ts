import type { Kysely } from 'kysely';
import type { AuditActor } from '../../../domain/access/index.ts';
import { holidayRetentionFirstYearKept } from '../../../domain/holiday/index.ts';
import type { Database } from '../../schema.ts';
import { recordAudit } from '../audit.repository.ts';
import { lockHoliday } from './lock-holiday.ts';

export interface HolidayRetentionResult {
  /** Attendance of academic years before this one (its first calendar year) is removed. */
  readonly firstYearKept: number;
  readonly attendance: number;
  /** Pupils left with no attendance, removed with it. */
  readonly pupils: number;
}

/** What `applyHolidayRetention` would remove, counted without removing anything. */
export async function previewHolidayRetention(db: Kysely<Database>, years: number, now: Date): Promise<HolidayRetentionResult> {
  const firstYearKept = holidayRetentionFirstYearKept(now.toISOString().slice(0, 10), years);
  const attendance = await db.selectFrom('holiday_attendance').select((eb) => eb.fn.countAll<string | number>().as('n')).where('academic_year', '<', firstYearKept).executeTakeFirst();
  const kept = db.selectFrom('holiday_attendance').select('pupil_id').where('academic_year', '>=', firstYearKept);
  const pupils = await db.selectFrom('holiday_pupils').select((eb) => eb.fn.countAll<string | number>().as('n')).where('id', 'not in', kept).executeTakeFirst();
  return { firstYearKept, attendance: Number(attendance?.n ?? 0), pupils: Number(pupils?.n ?? 0) };
}

/**
 * Removes attendance of academic years that ended more than `years` years before `now`, then pupils with
 * none left, in one transaction; audits how many, never who. Clubs are not pupil data and are kept.
 */
export async function applyHolidayRetention(db: Kysely<Database>, years: number, actor: AuditActor, now: Date): Promise<HolidayRetentionResult> {
  const firstYearKept = holidayRetentionFirstYearKept(now.toISOString().slice(0, 10), years);
  return db.transaction().execute(async (trx) => {
    await lockHoliday(trx);
    const attendance = Number((await trx.deleteFrom('holiday_attendance').where('academic_year', '<', firstYearKept).executeTakeFirst()).numDeletedRows);
    const kept = trx.selectFrom('holiday_attendance').select('pupil_id');
    const pupils = Number((await trx.deleteFrom('holiday_pupils').where('id', 'not in', kept).executeTakeFirst()).numDeletedRows);
    if (attendance + pupils > 0) {
      await recordAudit(trx, { actor, at: now.toISOString(), action: 'holiday.retention.apply', entityType: 'holiday_attendance', entityId: 'retention', summary: { years, firstYearKept, attendance, pupils } });
    }
    return { firstYearKept, attendance, pupils };
  });
}
