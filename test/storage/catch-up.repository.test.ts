import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tutoringReport } from '../../src/app/catch-up/tutoring-report.ts';
import { NTP_COURSE_RULE } from '../../src/domain/catch-up/index.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { listAudit } from '../../src/storage/repositories/audit.repository.ts';
import { saveTutoringCensus, saveTutoringSessions, type CensusRow, type SessionRow } from '../../src/storage/repositories/catch-up/tutoring-ledger.ts';
import { applyTutoringRetention, previewTutoringRetention } from '../../src/storage/repositories/catch-up/tutoring-retention.ts';
import { platformFigure } from '../../src/storage/repositories/platform-figures.repository.ts';
import { replaceSyntheticTutoring } from '../../src/storage/repositories/catch-up/synthetic-tutoring.ts';
import { generateSyntheticTutoring } from '../../src/domain/catch-up/index.ts';
import { countKeyedPupils } from '../../src/storage/repositories/installation-keys.repository.ts';
import { loadDemoData } from '../../src/storage/seed/load-demo-data.ts';
import { seedCareersSchools } from '../support/careers-fixture.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';
import { createServices } from '../../src/storage/services/create-services.ts';

const now = fixedClock('2023-07-15T09:30:00.000Z');
const save = { actor: { userId: null, label: 'cli:test' }, now: '2023-07-15T09:30:00.000Z', source: 'test.csv' };

const session = (over: Partial<SessionRow> = {}): SessionRow => ({
  pseudonym: 'p1', urn: 141257, academicYear: 2022, yearGroup: 9, fsm: false, pupilPremium: true,
  day: 20221003, route: 'tuition-partner', subject: 'Mathematics', provider: 'Tutor Co', groupSize: 3, halfHours: 20, ...over,
});
const pupil = (over: Partial<CensusRow> = {}): CensusRow => ({ pseudonym: 'p1', urn: 140001, academicYear: 2022, yearGroup: 9, fsm: false, pupilPremium: false, tutored: false, halfHours: 0, ...over });

describe.each(await testEngines())('catch-up tutoring storage on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadDemoData(handle.db, now);
    await seedCareersSchools(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  it('inserts sessions, leaves them the second time, and corrects hours and facts that changed', async () => {
    const rows = [session(), session({ day: 20221010, halfHours: 12 }), session({ pseudonym: 'p2', provider: '', route: 'school-led', fsm: true })];
    expect(await saveTutoringSessions(handle.db, rows, save)).toEqual({ rows: 3, inserted: 3, updated: 0, unchanged: 0, deleted: 0, pupilsAdded: 2, pupilYearsChanged: 2 });
    expect(await saveTutoringSessions(handle.db, rows, save)).toEqual({ rows: 3, inserted: 0, updated: 0, unchanged: 3, deleted: 0, pupilsAdded: 0, pupilYearsChanged: 0 });
    const corrected = [session({ halfHours: 21 }), session({ day: 20221010, halfHours: 12 }), session({ pseudonym: 'p2', provider: '', route: 'school-led', fsm: false })];
    expect(await saveTutoringSessions(handle.db, corrected, save)).toEqual({ rows: 3, inserted: 0, updated: 1, unchanged: 2, deleted: 0, pupilsAdded: 0, pupilYearsChanged: 1 });
    const audit = await listAudit(handle.db, {});
    expect(audit.filter((a) => a.action === 'catch-up.import')).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain('p2');
    // Synthetic pupils aside, every pupil here was made with the key, which must then be checked.
    expect(await countKeyedPupils(handle.db)).toBe(2);
  });

  it('takes a census return as the school’s whole roll for the year, deleting pupils it no longer lists', async () => {
    await saveTutoringCensus(handle.db, [pupil(), pupil({ pseudonym: 'p2', tutored: true, halfHours: 40, fsm: true }), pupil({ pseudonym: 'p3' })], save);
    const again = await saveTutoringCensus(handle.db, [pupil(), pupil({ pseudonym: 'p2', tutored: true, halfHours: 41, fsm: true })], save);
    expect(again).toMatchObject({ inserted: 0, updated: 1, unchanged: 1, deleted: 1 });
    const report = await tutoringReport(createServices(handle.db), { by: 'school', academicYear: null, urns: null, rule: NTP_COURSE_RULE }, false);
    expect(report.academicYear).toBe(2022);
    expect(report.rows).toMatchObject([{ key: 140001, pupils: 2, pupils_tutored: 1, hours: 20.5, courses: 2, tutees_disadvantaged_share: 1, tutored_share: 0.5 }]);
  });

  it('reads sessions over census hours for a school with both, and scopes the report to the schools given', async () => {
    await saveTutoringSessions(handle.db, [session({ urn: 140001 }), session({ pseudonym: 'p9', urn: 141257 })], save);
    await saveTutoringCensus(handle.db, [pupil({ pupilPremium: true, tutored: true, halfHours: 60 }), pupil({ pseudonym: 'p2' })], save);
    const scoped = await tutoringReport(createServices(handle.db), { by: 'school', academicYear: 2022, urns: [140001], rule: NTP_COURSE_RULE }, false);
    expect(scoped.rows).toMatchObject([{ key: 140001, pupils: 2, pupils_tutored: 1, hours: 10, courses: 1 }]);
  });

  it('removes years past retention, then pupils with no record left, and audits the counts', async () => {
    await saveTutoringSessions(handle.db, [session({ academicYear: 2016, day: 20161003 }), session({ pseudonym: 'p2' })], save);
    await saveTutoringCensus(handle.db, [pupil({ academicYear: 2016 })], save);
    const at = new Date('2023-09-01T00:00:00.000Z');
    expect(await previewTutoringRetention(handle.db, 6, at)).toEqual({ firstYearKept: 2017, sessions: 1, censusRows: 1, pupils: 1 });
    // p1 keeps no record but its 2016 ones: it goes; p2 stays.
    expect(await applyTutoringRetention(handle.db, 6, save.actor, at)).toEqual({ firstYearKept: 2017, sessions: 1, censusRows: 1, pupils: 1 });
    expect((await handle.db.selectFrom('catch_up_pupils').select('pseudonym').execute()).map((p) => p.pseudonym)).toEqual(['p2']);
    expect((await listAudit(handle.db, {})).some((a) => a.action === 'catch-up.retention.apply')).toBe(true);
  });

  it('gives delivery plans the district’s disadvantaged share of tutees and hours per course, from the protected table', async () => {
    const rows: SessionRow[] = [];
    for (const urn of [141257, 140001]) {
      for (let i = 0; i < 12; i += 1) rows.push(session({ pseudonym: `${String(urn)}-${String(i)}`, urn, fsm: i < 6, pupilPremium: false }));
    }
    await saveTutoringSessions(handle.db, rows, save);
    const at = new Date('2023-03-01T00:00:00.000Z');
    // 12 of 24 tutees disadvantaged; 240 hours over 24 courses.
    expect(await platformFigure(handle.db, 'platform_tutoring_disadvantaged_tutees_pct', 'E06000009', at)).toEqual({ period: '2022/23', value: 50, source: 'Catch-up tutoring ledger' });
    expect(await platformFigure(handle.db, 'platform_tutoring_hours_per_course', 'E06000009', at)).toEqual({ period: '2022/23', value: 10, source: 'Catch-up tutoring ledger' });
    // Three tutees in a district: too few to show.
    await saveTutoringSessions(handle.db, [1, 2, 3].map((i) => session({ pseudonym: `d${String(i)}`, urn: 140002 })), save);
    expect(await platformFigure(handle.db, 'platform_tutoring_disadvantaged_tutees_pct', 'E06000015', at)).toBeNull();
  });

  it('replaces synthetic tutoring only, and a real pupil saved after it gets a fresh id', async () => {
    await saveTutoringSessions(handle.db, [session()], save);
    const make = (pupils: number) => generateSyntheticTutoring([141257, 140001], { pupils, sessions: pupils * 3, seed: 2, academicYear: 2022 }, 100);
    const first = await replaceSyntheticTutoring(handle.db, make(300), { seed: 2, academicYear: 2022, actor: save.actor, now: save.now });
    expect(first).toMatchObject({ pupils: 300, removed: 0 });
    expect(await replaceSyntheticTutoring(handle.db, make(200), { seed: 2, academicYear: 2022, actor: save.actor, now: save.now })).toMatchObject({ pupils: 200, removed: 300 });
    await saveTutoringSessions(handle.db, [session({ pseudonym: 'after' })], save);
    const pupils = await handle.db.selectFrom('catch_up_pupils').select(['pseudonym', 'synthetic']).where('synthetic', '=', 0).orderBy('id').execute();
    expect(pupils.map((p) => p.pseudonym)).toEqual(['p1', 'after']);
    // Keyed pupils (for the key check) leave synthetic ones out.
    expect(await countKeyedPupils(handle.db)).toBe(2);
    const sessions = await handle.db.selectFrom('catch_up_sessions').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
    expect(Number(sessions?.n)).toBeGreaterThan(200);
  });
});
