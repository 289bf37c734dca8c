import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { listAudit } from '../../src/storage/repositories/audit.repository.ts';
import { OverPlacesError, saveAttendance, type AttendanceRecord } from '../../src/storage/repositories/holiday/attendance.ts';
import { saveClubs, type ClubRecord } from '../../src/storage/repositories/holiday/clubs.ts';
import { applyHolidayRetention, previewHolidayRetention } from '../../src/storage/repositories/holiday/retention.ts';
import { testEngines } from '../support/engines.ts';
import { generateSyntheticHoliday, summariseHoliday } from '../../src/domain/holiday/index.ts';
import { countKeyedPupils } from '../../src/storage/repositories/installation-keys.repository.ts';
import { readHolidayReportInput } from '../../src/storage/repositories/holiday/report-input.ts';
import { replaceSyntheticHoliday, syntheticHolidayDistricts } from '../../src/storage/repositories/holiday/synthetic.ts';
import { loadDemoData } from '../../src/storage/seed/load-demo-data.ts';
import { seedCareersSchools } from '../support/careers-fixture.ts';
import { fixedClock } from '../support/clock.ts';

const actor = { userId: null, label: 'cli:test' };
const options = { actor, now: '2026-09-15T09:30:00.000Z', source: 'test.csv' };
const club: ClubRecord = {
  ref: 'C1', name: 'Club', provider: 'Hub', urn: 141257, postcode: null, districtCode: 'E06000009', laCode: 'E06000009',
  startDate: '2025-07-28', endDate: '2026-08-06', days: '1234', placesPerDay: 2,
};
const booking = (over: Partial<AttendanceRecord>): AttendanceRecord => ({
  pseudonym: 'p1', urn: 141257, fsm: true, clubId: 1, day: '2026-07-27', academicYear: 2025, attended: true, ...over,
});

describe.each(await testEngines())('holiday storage on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await saveClubs(handle.db, [club], options);
  });
  afterEach(async () => {
    await handle.close();
  });

  const counts = async () => {
    const pupils = await handle.db.selectFrom('holiday_pupils').select(['pseudonym', 'fsm']).orderBy('pseudonym').execute();
    const days = await handle.db.selectFrom('holiday_attendance').select(['day', 'attended']).orderBy('day').orderBy('attended').execute();
    return { pupils: pupils.map((p) => `${p.pseudonym}:${String(p.fsm)}`), days: days.map((d) => `${d.day}:${String(d.attended)}`) };
  };

  it('adds clubs, changes nothing on the same club again, and updates a changed one', async () => {
    expect(await saveClubs(handle.db, [club], options)).toEqual({ rows: 1, inserted: 0, updated: 0, unchanged: 1 });
    expect(await saveClubs(handle.db, [{ ...club, placesPerDay: 30 }, { ...club, ref: 'C2' }], options)).toEqual({ rows: 2, inserted: 1, updated: 1, unchanged: 0 });
  });

  it('adds bookings, updates a changed attended flag and pupil, and changes nothing on the same rows again', async () => {
    const rows = [booking({}), booking({ pseudonym: 'p2', fsm: false, attended: false }), booking({ day: '2026-07-28' })];
    expect(await saveAttendance(handle.db, rows, options)).toEqual({ rows: 3, inserted: 3, updated: 0, unchanged: 0, pupilsAdded: 2, pupilsChanged: 0 });
    expect(await saveAttendance(handle.db, rows, options)).toEqual({ rows: 3, inserted: 0, updated: 0, unchanged: 3, pupilsAdded: 0, pupilsChanged: 0 });
    const corrected = [booking({ pseudonym: 'p2', fsm: true, attended: true })];
    expect(await saveAttendance(handle.db, corrected, options)).toEqual({ rows: 1, inserted: 0, updated: 1, unchanged: 0, pupilsAdded: 0, pupilsChanged: 1 });
    expect(await counts()).toEqual({ pupils: ['p1:1', 'p2:1'], days: ['2026-07-27:1', '2026-07-27:1', '2026-07-28:1'] });
    const audit = await listAudit(handle.db, { limit: 10 });
    expect(audit.filter((a) => a.action === 'holiday.attendance.import')).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain('p1');
  });

  it('writes nothing when a club day would hold more bookings than places, counting what is held', async () => {
    await saveAttendance(handle.db, [booking({}), booking({ pseudonym: 'p2' })], options);
    const third = [booking({ pseudonym: 'p3', day: '2026-07-28' }), booking({ pseudonym: 'p3' })];
    const error = await saveAttendance(handle.db, third, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OverPlacesError);
    expect((error as OverPlacesError).days).toEqual([{ clubId: 1, day: '2026-07-27', booked: 3, places: 2 }]);
    expect(await counts()).toEqual({ pupils: ['p1:1', 'p2:1'], days: ['2026-07-27:1', '2026-07-27:1'] });
  });

  it('removes attendance of academic years past the period and pupils with none left, keeping the rest', async () => {
    await saveAttendance(handle.db, [booking({ day: '2025-07-28', academicYear: 2024 }), booking({ pseudonym: 'p2', day: '2025-07-28', academicYear: 2024 }), booking({ pseudonym: 'p2' })], options);
    // On 1 September 2026, with 1 year kept: 2024/25 ended 31 August 2025, a year ago, so it goes.
    const at = new Date('2026-09-01T08:00:00.000Z');
    expect(await previewHolidayRetention(handle.db, 1, at)).toEqual({ firstYearKept: 2025, attendance: 2, pupils: 1 });
    expect(await previewHolidayRetention(handle.db, 1, new Date('2026-08-31T08:00:00.000Z'))).toEqual({ firstYearKept: 2024, attendance: 0, pupils: 0 });
    expect(await applyHolidayRetention(handle.db, 1, actor, at)).toEqual({ firstYearKept: 2025, attendance: 2, pupils: 1 });
    expect(await counts()).toEqual({ pupils: ['p2:1'], days: ['2026-07-27:1'] });
  });
});

describe.each(await testEngines())('synthetic holiday data on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadDemoData(handle.db, fixedClock('2026-09-15T09:30:00.000Z'));
    await seedCareersSchools(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  it('puts clubs in every district through the bulk path, replaces only synthetic data, and a real club and pupil saved after get fresh ids', async () => {
    await saveClubs(handle.db, [club], options);
    await saveAttendance(handle.db, [booking({ pseudonym: 'real', day: '2026-07-27' })], options);
    const districts = await syntheticHolidayDistricts(handle.db);
    const make = (pupils: number) => generateSyntheticHoliday(districts, { pupils, seed: 2, academicYear: 2025 }, 100);
    const first = await replaceSyntheticHoliday(handle.db, make(300), { seed: 2, actor, now: options.now });
    expect(first).toMatchObject({ pupils: 300, removed: 0 });
    expect(first.clubs).toBeGreaterThanOrEqual(2 * districts.length);
    const oaDistricts = await handle.db.selectFrom('opportunity_area_districts').select('district_code').execute();
    const clubDistricts = new Set((await handle.db.selectFrom('holiday_clubs').select('district_code').where('synthetic', '=', 1).execute()).map((c) => c.district_code));
    for (const d of oaDistricts) expect(clubDistricts.has(d.district_code)).toBe(true);
    expect(await replaceSyntheticHoliday(handle.db, make(200), { seed: 2, actor, now: options.now })).toMatchObject({ pupils: 200, removed: 300 });
    await saveClubs(handle.db, [{ ...club, ref: 'C9' }], options);
    await saveAttendance(handle.db, [booking({ pseudonym: 'after', day: '2026-07-28' })], options);
    const real = await handle.db.selectFrom('holiday_pupils').select('pseudonym').where('synthetic', '=', 0).orderBy('id').execute();
    expect(real.map((p) => p.pseudonym)).toEqual(['real', 'after']);
    expect(await countKeyedPupils(handle.db)).toBe(2);
    const input = await readHolidayReportInput(handle.db, 'area');
    const blackpool = summariseHoliday(input.clubs, input.bookings, 'area').find((r) => r.key === 'blackpool');
    expect(blackpool?.pupils).toBeGreaterThan(0);
    expect((await listAudit(handle.db, { limit: 5 })).map((e) => e.action)).toContain('holiday.synthetic');
  });
});
