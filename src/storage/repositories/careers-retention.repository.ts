import type { Kysely } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';
import { adjustEmployerLoad, lockLedger } from './careers/employer-load.ts';

export interface RetentionResult {
  /** Pupils whose leaving date is before this day were removed. */
  readonly cutOff: string;
  readonly pupils: number;
  readonly encounters: number;
}

/**
 * The day before which a leaver's records are removed: `years` whole years before `today`.
 * `retentionCutOff('2026-11-25', 6)` → '2020-11-25'; 29 February falls back to 28 February.
 */
export function retentionCutOff(today: string, years: number): string {
  const year = Number(today.slice(0, 4)) - years;
  const monthDay = today.slice(5, 10) === '02-29' ? '02-28' : today.slice(5, 10);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** What `applyRetention` would remove, counted without removing anything. */
export async function previewRetention(db: Kysely<Database>, years: number, now: Date): Promise<RetentionResult> {
  const cutOff = retentionCutOff(now.toISOString().slice(0, 10), years);
  const leavers = db.selectFrom('careers_pupils').select('id').where('leaving_date', '<', cutOff);
  const pupils = await db.selectFrom('careers_pupils').select((eb) => eb.fn.countAll<string | number>().as('n')).where('leaving_date', '<', cutOff).executeTakeFirst();
  const encounters = await db.selectFrom('careers_encounters').select((eb) => eb.fn.countAll<string | number>().as('n')).where('pupil_id', 'in', leavers).executeTakeFirst();
  return { cutOff, pupils: Number(pupils?.n ?? 0), encounters: Number(encounters?.n ?? 0) };
}

/**
 * Removes pupils who left more than `years` years before `now`, with their encounters, in one transaction,
 * and audits how many (never who). Pupils still on roll (no leaving date) are kept however old.
 */
export async function applyRetention(db: Kysely<Database>, years: number, actor: AuditActor, now: Date): Promise<RetentionResult> {
  if (!Number.isSafeInteger(years) || years < 0) throw new RangeError(`Expected a whole number of years, got ${String(years)}`);
  const cutOff = retentionCutOff(now.toISOString().slice(0, 10), years);
  return db.transaction().execute(async (trx) => {
    await lockLedger(trx);
    const leavers = trx.selectFrom('careers_pupils').select('id').where('leaving_date', '<', cutOff);
    // `cutOff` is a date this function made (digits and dashes), so it can be written into the statement.
    await adjustEmployerLoad(trx, `select employer_id, urn from careers_encounters where pupil_id in (select id from careers_pupils where leaving_date < '${cutOff}')`, -1);
    await trx.deleteFrom('careers_pupil_schools').where('pupil_id', 'in', leavers).execute();
    const encounters = Number((await trx.deleteFrom('careers_encounters').where('pupil_id', 'in', leavers).executeTakeFirst()).numDeletedRows);
    const pupils = Number((await trx.deleteFrom('careers_pupils').where('leaving_date', '<', cutOff).executeTakeFirst()).numDeletedRows);
    await recordAudit(trx, { actor, at: now.toISOString(), action: 'careers.retention.apply', entityType: 'careers_ledger', entityId: 'retention', summary: { years, cutOff, pupils, encounters } });
    return { cutOff, pupils, encounters };
  });
}
