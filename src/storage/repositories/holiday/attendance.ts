import type { Kysely, Transaction } from 'kysely';
import type { AuditActor } from '../../../domain/access/index.ts';
import type { Database } from '../../schema.ts';
import { recordAudit } from '../audit.repository.ts';
import { lockHoliday, slices } from './lock-holiday.ts';

/** One checked pupil-day booking, the pupil pseudonymised and the club found. */
export interface AttendanceRecord {
  readonly pseudonym: string;
  readonly urn: number;
  readonly fsm: boolean;
  readonly clubId: number;
  readonly day: string;
  readonly academicYear: number;
  readonly attended: boolean;
}

export interface SaveAttendanceCounts {
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly pupilsAdded: number;
  readonly pupilsChanged: number;
}

/** A club day with more pupils booked, once the file is added to what is held, than places offered. */
export interface OverPlaces {
  readonly clubId: number;
  readonly day: string;
  readonly booked: number;
  readonly places: number;
}

export class OverPlacesError extends Error {
  constructor(readonly days: readonly OverPlaces[]) {
    super(`${String(days.length)} club days would have more pupils booked than places`);
  }
}

/**
 * Writes checked bookings in one transaction: pupils by pseudonym (school and FSM eligibility set to the
 * file's), then one row per pupil and club day, added or its `attended` updated, so the same file twice
 * changes nothing. If any club day it touches would then hold more bookings than the club's places that
 * day, nothing is written (`OverPlacesError`). Audited with counts only, never a pseudonym.
 */
export async function saveAttendance(
  db: Kysely<Database>,
  rows: readonly AttendanceRecord[],
  options: { actor: AuditActor; now: string; source: string; synthetic?: boolean },
): Promise<SaveAttendanceCounts> {
  return db.transaction().execute(async (trx) => {
    await lockHoliday(trx);
    const { ids, added, changed } = await savePupils(trx, rows, options.synthetic === true);
    const held = new Map<string, number>();
    for (const part of slices([...ids.values()])) {
      const found = await trx.selectFrom('holiday_attendance').select(['club_id', 'day', 'pupil_id', 'attended']).where('pupil_id', 'in', part).execute();
      for (const a of found) held.set(`${String(a.club_id)}|${a.day}|${String(a.pupil_id)}`, a.attended);
    }
    const fresh: { club_id: number; pupil_id: number; day: string; academic_year: number; attended: number }[] = [];
    let updated = 0;
    for (const r of rows) {
      const pupilId = ids.get(r.pseudonym) ?? 0;
      const before = held.get(`${String(r.clubId)}|${r.day}|${String(pupilId)}`);
      const attended = r.attended ? 1 : 0;
      if (before === undefined) fresh.push({ club_id: r.clubId, pupil_id: pupilId, day: r.day, academic_year: r.academicYear, attended });
      else if (before !== attended) {
        await trx.updateTable('holiday_attendance').set({ attended }).where('club_id', '=', r.clubId).where('day', '=', r.day).where('pupil_id', '=', pupilId).execute();
        updated += 1;
      }
    }
    for (const part of slices(fresh, 200)) await trx.insertInto('holiday_attendance').values(part).execute();
    const over = await overPlaces(trx, rows);
    if (over.length > 0) throw new OverPlacesError(over);
    const counts = { rows: rows.length, inserted: fresh.length, updated, unchanged: rows.length - fresh.length - updated, pupilsAdded: added, pupilsChanged: changed };
    if (fresh.length + updated + added + changed > 0) {
      await recordAudit(trx, { actor: options.actor, at: options.now, action: 'holiday.attendance.import', entityType: 'holiday_attendance', entityId: options.source, summary: counts });
    }
    return counts;
  });
}

async function savePupils(trx: Transaction<Database>, rows: readonly AttendanceRecord[], synthetic: boolean) {
  const wanted = new Map<string, { urn: number; fsm: number }>();
  for (const r of rows) wanted.set(r.pseudonym, { urn: r.urn, fsm: r.fsm ? 1 : 0 });
  const ids = new Map<string, number>();
  let changed = 0;
  for (const part of slices([...wanted.keys()])) {
    const found = await trx.selectFrom('holiday_pupils').select(['id', 'pseudonym', 'urn', 'fsm']).where('pseudonym', 'in', part).execute();
    for (const p of found) {
      ids.set(p.pseudonym, p.id);
      const want = wanted.get(p.pseudonym);
      if (want !== undefined && (want.urn !== p.urn || want.fsm !== p.fsm)) {
        await trx.updateTable('holiday_pupils').set(want).where('id', '=', p.id).execute();
        changed += 1;
      }
    }
  }
  const fresh = [...wanted.entries()].filter(([pseudonym]) => !ids.has(pseudonym));
  for (const part of slices(fresh, 200)) {
    await trx
      .insertInto('holiday_pupils')
      .values(part.map(([pseudonym, p]) => ({ pseudonym, urn: p.urn, fsm: p.fsm, synthetic: synthetic ? 1 : 0 })))
      .execute();
    const made = await trx.selectFrom('holiday_pupils').select(['id', 'pseudonym']).where('pseudonym', 'in', part.map(([pseudonym]) => pseudonym)).execute();
    for (const p of made) ids.set(p.pseudonym, p.id);
  }
  return { ids, added: fresh.length, changed };
}

async function overPlaces(trx: Transaction<Database>, rows: readonly AttendanceRecord[]): Promise<OverPlaces[]> {
  const touched = new Set(rows.map((r) => `${String(r.clubId)}|${r.day}`));
  const over: OverPlaces[] = [];
  for (const part of slices([...new Set(rows.map((r) => r.clubId))])) {
    const counts = await trx
      .selectFrom('holiday_attendance as a')
      .innerJoin('holiday_clubs as c', 'c.id', 'a.club_id')
      .select(['a.club_id', 'a.day', 'c.places_per_day', (eb) => eb.fn.countAll<string | number>().as('booked')])
      .where('a.club_id', 'in', part)
      .groupBy(['a.club_id', 'a.day', 'c.places_per_day'])
      .execute();
    for (const c of counts) {
      if (Number(c.booked) > c.places_per_day && touched.has(`${String(c.club_id)}|${c.day}`)) over.push({ clubId: c.club_id, day: c.day, booked: Number(c.booked), places: c.places_per_day });
    }
  }
  return over.sort((a, b) => a.clubId - b.clubId || a.day.localeCompare(b.day));
}
