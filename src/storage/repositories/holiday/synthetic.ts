import type { Kysely } from 'kysely';
import type { AuditActor } from '../../../domain/access/index.ts';
import { academicYearOf } from '../../../domain/careers/index.ts';
import { syntheticHolidayPseudonym, type SyntheticDistrict, type SyntheticHoliday } from '../../../domain/holiday/index.ts';
import { isSingleTierAuthority, type GssCode } from '../../../domain/shared/gss-code.ts';
import { execute, insertRows, nextId, type Cell } from '../../bulk-insert.ts';
import { capabilitiesOf } from '../../dialect-capabilities.ts';
import type { Database } from '../../schema.ts';
import { recordAudit } from '../audit.repository.ts';
import { lockHoliday } from './lock-holiday.ts';

/**
 * Replaces every synthetic holiday club and pupil with `synthetic`, in one transaction, through the bulk
 * paths: clubs and pupils marked synthetic (pseudonyms `synthetic:<seed>:<n>`), their bookings. Real
 * clubs and pupils are never touched. Audited with counts.
 */
export async function replaceSyntheticHoliday(
  db: Kysely<Database>,
  synthetic: SyntheticHoliday,
  options: { readonly seed: number; readonly actor: AuditActor; readonly now: string; readonly onBatch?: (pupils: number) => void },
): Promise<{ clubs: number; pupils: number; bookings: number; removed: number }> {
  return db.transaction().execute(async (trx) => {
    await lockHoliday(trx);
    await execute(trx, 'delete from holiday_attendance where pupil_id in (select id from holiday_pupils where synthetic = 1) or club_id in (select id from holiday_clubs where synthetic = 1)');
    const removed = await execute(trx, 'delete from holiday_pupils where synthetic = 1');
    await execute(trx, 'delete from holiday_clubs where synthetic = 1');
    const firstClub = await nextId(trx, 'holiday_clubs');
    const clubRows: Cell[][] = synthetic.clubs.map((c, i) => [firstClub + i, c.ref, c.name, c.provider, c.urn, c.postcode, c.districtCode, c.laCode, c.startDate, c.endDate, c.days, c.placesPerDay, 1]);
    await insertRows(trx, 'holiday_clubs', ['id', 'club_ref', 'name', 'provider', 'urn', 'postcode', 'district_code', 'la_code', 'start_date', 'end_date', 'days_offered', 'places_per_day', 'synthetic'], clubRows);
    let id = await nextId(trx, 'holiday_pupils');
    let pupils = 0;
    let bookings = 0;
    for (const batch of synthetic.batches()) {
      const pupilRows: Cell[][] = [];
      const bookingRows: Cell[][] = [];
      for (const pupil of batch) {
        pupilRows.push([id, syntheticHolidayPseudonym(options.seed, pupil.n), pupil.urn, pupil.fsm ? 1 : 0, 1]);
        for (const b of pupil.bookings) bookingRows.push([firstClub + b.club, id, b.day, academicYearOf(b.day), b.attended ? 1 : 0]);
        id += 1;
      }
      await insertRows(trx, 'holiday_pupils', ['id', 'pseudonym', 'urn', 'fsm', 'synthetic'], pupilRows);
      bookings += await insertRows(trx, 'holiday_attendance', ['club_id', 'pupil_id', 'day', 'academic_year', 'attended'], bookingRows);
      pupils += batch.length;
      options.onBatch?.(pupils);
    }
    // Ids were given here: PostgreSQL's sequences must move past them for the next real club and pupil.
    if (capabilitiesOf(trx).engine === 'postgres') {
      for (const table of ['holiday_clubs', 'holiday_pupils']) await execute(trx, `select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 1))`);
    }
    const counts = { clubs: synthetic.clubs.length, pupils, bookings, removed };
    await recordAudit(trx, { actor: options.actor, at: options.now, action: 'holiday.synthetic', entityType: 'holiday_attendance', entityId: 'synthetic', summary: { ...counts, seed: options.seed } });
    return counts;
  });
}

/** Every district the service holds, with its local authority and the open schools of the register in it. */
export async function syntheticHolidayDistricts(db: Kysely<Database>): Promise<SyntheticDistrict[]> {
  const districts = await db.selectFrom('areas').select(['code', 'name', 'parent_code']).where('kind', '=', 'district').orderBy('code').execute();
  const schools = await db
    .selectFrom('schools')
    .select(['urn', 'district_code'])
    .where('district_code', 'is not', null)
    .where('phase', 'in', ['primary', 'middle', 'secondary', 'all-through'])
    .where((eb) => eb(eb.fn('lower', ['status']), 'like', 'open%'))
    .orderBy('urn')
    .execute();
  const byDistrict = new Map<string, number[]>();
  for (const s of schools) {
    const list = byDistrict.get(s.district_code ?? '');
    if (list === undefined) byDistrict.set(s.district_code ?? '', [s.urn]);
    else list.push(s.urn);
  }
  return districts.map((d) => ({ code: d.code, name: d.name, la: isSingleTierAuthority(d.code as GssCode) ? d.code : (d.parent_code ?? d.code), schools: byDistrict.get(d.code) ?? [] }));
}
