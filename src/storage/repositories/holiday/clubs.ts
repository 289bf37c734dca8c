import type { Kysely } from 'kysely';
import type { AuditActor } from '../../../domain/access/index.ts';
import { isDayOffered, type HolidayClubRecord } from '../../../domain/holiday/index.ts';
import type { Database } from '../../schema.ts';
import { recordAudit } from '../audit.repository.ts';
import { lockHoliday, slices } from './lock-holiday.ts';

/** A club ready to store: where it is already settled against the register. */
export type ClubRecord = HolidayClubRecord;

/** What attendance needs to know of a club. */
export interface HeldClub {
  readonly id: number;
  readonly ref: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly days: string;
  readonly placesPerDay: number;
  readonly districtCode: string;
}

export interface SaveClubsCounts {
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** A changed club that no longer fits attendance already held: its dates, days or places. */
export interface ClubConflict {
  readonly ref: string;
  readonly reason: string;
}

export class ClubConflictError extends Error {
  constructor(readonly conflicts: readonly ClubConflict[]) {
    super(`${String(conflicts.length)} clubs no longer fit the attendance held for them`);
  }
}

/** The clubs held with these ids (the providers' own), by id. */
export async function findClubs(db: Kysely<Database>, refs: readonly string[]): Promise<Map<string, HeldClub>> {
  const found = new Map<string, HeldClub>();
  for (const part of slices([...new Set(refs)])) {
    const rows = await db
      .selectFrom('holiday_clubs')
      .select(['id', 'club_ref', 'start_date', 'end_date', 'days_offered', 'places_per_day', 'district_code'])
      .where('club_ref', 'in', part)
      .execute();
    for (const r of rows) found.set(r.club_ref, { id: r.id, ref: r.club_ref, startDate: r.start_date, endDate: r.end_date, days: r.days_offered, placesPerDay: r.places_per_day, districtCode: r.district_code });
  }
  return found;
}

const columnsOf = (c: ClubRecord) => ({
  name: c.name,
  provider: c.provider,
  urn: c.urn,
  postcode: c.postcode,
  district_code: c.districtCode,
  la_code: c.laCode,
  start_date: c.startDate,
  end_date: c.endDate,
  days_offered: c.days,
  places_per_day: c.placesPerDay,
});

/**
 * Adds clubs and updates those held, matched by the provider's club id, in one transaction, so the same
 * file twice changes nothing. A club whose new dates, days or places would leave attendance already held
 * outside them (a day no longer offered, more pupils booked on a day than places) is refused with nothing
 * written (`ClubConflictError`). Audited with counts.
 */
export async function saveClubs(db: Kysely<Database>, clubs: readonly ClubRecord[], options: { actor: AuditActor; now: string; source: string }): Promise<SaveClubsCounts> {
  return db.transaction().execute(async (trx) => {
    await lockHoliday(trx);
    const held = new Map<string, ReturnType<typeof columnsOf> & { id: number }>();
    for (const part of slices(clubs.map((c) => c.ref))) {
      const rows = await trx
        .selectFrom('holiday_clubs')
        .select(['id', 'club_ref', 'name', 'provider', 'urn', 'postcode', 'district_code', 'la_code', 'start_date', 'end_date', 'days_offered', 'places_per_day'])
        .where('club_ref', 'in', part)
        .execute();
      for (const { club_ref, ...rest } of rows) held.set(club_ref, rest);
    }
    let inserted = 0;
    let updated = 0;
    const conflicts: ClubConflict[] = [];
    for (const club of clubs) {
      const values = columnsOf(club);
      const before = held.get(club.ref);
      if (before === undefined) {
        await trx.insertInto('holiday_clubs').values({ club_ref: club.ref, ...values }).execute();
        inserted += 1;
        continue;
      }
      const { id, ...previous } = before;
      // Field by field, so neither engine's column order nor key order matters.
      if ((Object.keys(values) as (keyof typeof values)[]).every((k) => previous[k] === values[k])) continue;
      await trx.updateTable('holiday_clubs').set(values).where('id', '=', id).execute();
      updated += 1;
      const conflict = await attendanceOutside(trx, id, club);
      if (conflict !== null) conflicts.push({ ref: club.ref, reason: conflict });
    }
    if (conflicts.length > 0) throw new ClubConflictError(conflicts);
    const counts = { rows: clubs.length, inserted, updated, unchanged: clubs.length - inserted - updated };
    if (inserted + updated > 0) await recordAudit(trx, { actor: options.actor, at: options.now, action: 'holiday.clubs.import', entityType: 'holiday_clubs', entityId: options.source, summary: counts });
    return counts;
  });
}

async function attendanceOutside(db: Kysely<Database>, clubId: number, club: ClubRecord): Promise<string | null> {
  const days = await db
    .selectFrom('holiday_attendance')
    .select(['day', (eb) => eb.fn.countAll<string | number>().as('booked')])
    .where('club_id', '=', clubId)
    .groupBy('day')
    .orderBy('day')
    .execute();
  for (const d of days) {
    if (d.day < club.startDate || d.day > club.endDate) return `Attendance is held for ${d.day}, outside the new dates ${club.startDate} to ${club.endDate}`;
    if (!isDayOffered(club.days, d.day)) return `Attendance is held for ${d.day}, a day of the week the club would no longer offer`;
    if (Number(d.booked) > club.placesPerDay) return `${String(d.booked)} pupils are booked on ${d.day}, more than the new ${String(club.placesPerDay)} places a day`;
  }
  return null;
}
