import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tutoringReport } from '../../src/app/catch-up/tutoring-report.ts';
import { generateSyntheticTutoring, NTP_COURSE_RULE, type CourseRule, type TutoringGrouping } from '../../src/domain/catch-up/index.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { replaceSyntheticTutoring } from '../../src/storage/repositories/catch-up/synthetic-tutoring.ts';
import { saveTutoringCensus, saveTutoringSessions, type CensusRow, type SessionRow } from '../../src/storage/repositories/catch-up/tutoring-ledger.ts';
import { readTutoringRecords } from '../../src/storage/repositories/catch-up/tutoring-records.ts';
import { applyTutoringRetention } from '../../src/storage/repositories/catch-up/tutoring-retention.ts';
import type { Database } from '../../src/storage/schema.ts';
import { loadDemoData } from '../../src/storage/seed/load-demo-data.ts';
import { seedCareersSchools } from '../support/careers-fixture.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';
import { migrateBefore } from '../support/migrate-before.ts';
import { recordsFromLedger, sortedRecords, straightTutoringReport } from '../support/tutoring-straight-from-ledger.ts';
import type { Kysely } from 'kysely';
import { createServices } from '../../src/storage/services/create-services.ts';

const save = { actor: { userId: null, label: 'cli:test' }, now: '2023-07-15T09:30:00.000Z', source: 'test.csv' };
const BYS: readonly TutoringGrouping[] = ['school', 'district', 'area', 'la', 'year_group', 'route', 'subject'];
/** The NTP rule, which the school tallies count by, and another, which the report reads from the pupil tallies. */
const RULES: readonly CourseRule[] = [NTP_COURSE_RULE, { hoursPerCourse: 10, maxCourses: 3 }];
const SCHOOLS = [141257, 140001, 140002] as const;
const ROUTES = ['tuition-partner', 'academic-mentor', 'school-led'] as const;

/**
 * Every report the tallies give (each grouping, with and without suppression, both rules, every school and
 * one school) equals the report worked out straight from the sessions and census returns.
 */
async function expectTalliesMatchLedger(db: Kysely<Database>, step: string): Promise<void> {
  const latest = await sql<{ y: number | string | null }>`select max(y) as y from (select max(academic_year) as y from catch_up_sessions union all select max(academic_year) as y from catch_up_census) t`.execute(db);
  const latestYear = latest.rows[0]?.y ?? null;
  expect((await tutoringReport(createServices(db), { by: 'school', academicYear: null, urns: null, rule: NTP_COURSE_RULE }, false)).academicYear, `${step}: latest year`).toBe(latestYear === null ? null : Number(latestYear));
  for (const academicYear of [2021, 2022]) {
    const straight = await recordsFromLedger(db, academicYear, null);
    const kept = await readTutoringRecords(db, { academicYear, urns: null });
    expect(sortedRecords(kept.records), `${step}: records of ${String(academicYear)}`).toEqual(sortedRecords(straight.records));
    for (const rule of RULES) {
      // Another rule changes which tallies are read only where the school tallies serve the NTP rule.
      for (const by of rule === NTP_COURSE_RULE ? BYS : (['school', 'district'] as const)) {
        for (const suppress of [false, true]) {
          const query = { by, academicYear, urns: null, rule };
          expect(await tutoringReport(createServices(db), query, suppress), `${step}: ${String(academicYear)} by ${by}${suppress ? ' suppressed' : ''}, ${String(rule.hoursPerCourse)} hours a course`).toEqual(
            await straightTutoringReport(db, query, suppress, straight),
          );
        }
      }
    }
    for (const suppress of [false, true]) {
      const one = { by: 'school' as const, academicYear, urns: [140001], rule: NTP_COURSE_RULE };
      expect(await tutoringReport(createServices(db), one, suppress), `${step}: one school`).toEqual(await straightTutoringReport(db, one, suppress));
    }
  }
}

const pupilAt = (i: number) => SCHOOLS[i % 3] ?? 141257;

/**
 * 60 pupils over three schools in 2022 (those not at the Derby school also in 2021): routes, subjects, FSM
 * and pupil premium varied, hours either side of 16, some pupils with a second route, and every tenth
 * tutored at a second school (with other facts there). `bump` changes some hours, as a corrected file would.
 */
function sessionsFile(bump = 0): SessionRow[] {
  const rows: SessionRow[] = [];
  for (let i = 0; i < 60; i += 1) {
    const facts = { pseudonym: `t${String(i)}`, urn: pupilAt(i), yearGroup: 7 + (i % 5), fsm: i % 4 === 0, pupilPremium: i % 4 === 0 || i % 7 === 0 };
    const kind = { route: ROUTES[Math.floor(i / 2) % 3] ?? 'school-led', subject: i % 2 === 0 ? 'Mathematics' : 'English', provider: i % 3 === 0 ? 'Tutor Co' : '', groupSize: 1 + (i % 3) };
    for (let k = 0; k < 1 + (i % 6); k += 1) {
      rows.push({ ...facts, ...kind, academicYear: 2022, day: 20221003 + k, halfHours: 1 + ((i * 7 + k + (k === 0 && i % 9 === 0 ? bump : 0)) % 12) });
    }
    if (i % 5 === 0) rows.push({ ...facts, ...kind, route: 'school-led', subject: 'Science', academicYear: 2022, day: 20221110, halfHours: 4 });
    if (i % 10 === 0) rows.push({ ...facts, ...kind, urn: pupilAt(i + 1), fsm: !facts.fsm, yearGroup: facts.yearGroup + 1, academicYear: 2022, day: 20221201, halfHours: 18 });
    if (i % 3 !== 2 && i < 40) rows.push({ ...facts, ...kind, academicYear: 2021, day: 20211004, halfHours: 2 + (i % 30) });
  }
  // The 16-hour boundary at one school: exactly 16 hours, and 16.5.
  rows.push({ pseudonym: 'b16', urn: 141257, yearGroup: 8, fsm: false, pupilPremium: false, route: 'school-led', subject: 'Mathematics', provider: '', groupSize: 2, academicYear: 2022, day: 20221003, halfHours: 32 });
  rows.push({ pseudonym: 'b16h', urn: 141257, yearGroup: 8, fsm: true, pupilPremium: true, route: 'school-led', subject: 'Mathematics', provider: '', groupSize: 2, academicYear: 2022, day: 20221003, halfHours: 33 });
  return rows;
}

/** A census return of `urn` for `academicYear`: pupils `from` to `to`, every third tutored (hours when so). */
function censusFile(urn: number, academicYear: number, from: number, to: number, flip = false): CensusRow[] {
  const rows: CensusRow[] = [];
  for (let i = from; i < to; i += 1) {
    const tutored = (i % 3 === 0) !== flip;
    rows.push({ pseudonym: `t${String(i)}`, urn, academicYear, yearGroup: 7 + (i % 5), fsm: i % 4 === 0 || (flip && i % 5 === 0), pupilPremium: i % 4 === 0 || i % 7 === 0, tutored, halfHours: tutored ? 10 + (i % 40) : 0 });
  }
  return rows;
}

describe.each(await testEngines())('catch-up running tallies on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
  });
  afterEach(async () => {
    await handle.close();
  });

  const seed = async () => {
    await loadDemoData(handle.db, fixedClock('2023-07-15T09:30:00.000Z'));
    await seedCareersSchools(handle.db);
  };

  it('give every report the ledger gives, through imports, the same file twice, corrections, census returns, synthetic tutoring and retention', async () => {
    await migrateToLatestOrThrow(handle.db);
    await seed();
    const db = handle.db;
    await expectTalliesMatchLedger(db, 'empty');

    expect(await saveTutoringSessions(db, sessionsFile(), save)).toMatchObject({ unchanged: 0 });
    await expectTalliesMatchLedger(db, 'first file');
    expect(await saveTutoringSessions(db, sessionsFile(), save)).toMatchObject({ inserted: 0, updated: 0 });
    await expectTalliesMatchLedger(db, 'the same file twice');

    // A census-only school-year (Derby in 2021: no sessions there), and a census roll where there are sessions.
    await saveTutoringCensus(db, [...censusFile(140002, 2021, 0, 30), ...censusFile(141257, 2022, 0, 45)], save);
    await expectTalliesMatchLedger(db, 'census returns');

    // Hours corrected, and Derby's first sessions of 2021: its census hours give way to them.
    const corrected = [...sessionsFile(5), { ...censusFile(140002, 2021, 2, 3)[0], route: 'tuition-partner', subject: 'English', provider: 'Tutor Co', groupSize: 3, day: 20211011, halfHours: 6 } as SessionRow];
    expect(await saveTutoringSessions(db, corrected, save)).toMatchObject({ inserted: 1 });
    await expectTalliesMatchLedger(db, 'a corrected file');

    // A smaller return replaces the roll; another changes pupils' FSM and who was tutored.
    expect(await saveTutoringCensus(db, censusFile(141257, 2022, 0, 30), save)).toMatchObject({ deleted: 15 });
    await saveTutoringCensus(db, censusFile(140002, 2021, 0, 30, true), save);
    await expectTalliesMatchLedger(db, 'census returns replaced');

    const synthetic = (pupils: number) => generateSyntheticTutoring([...SCHOOLS], { pupils, sessions: pupils * 3, seed: 4, academicYear: 2022 }, 100);
    await replaceSyntheticTutoring(db, synthetic(300), { seed: 4, academicYear: 2022, actor: save.actor, now: save.now });
    await expectTalliesMatchLedger(db, 'synthetic tutoring');
    await replaceSyntheticTutoring(db, synthetic(120), { seed: 4, academicYear: 2022, actor: save.actor, now: save.now });
    await expectTalliesMatchLedger(db, 'synthetic tutoring replaced');

    // 2021/22 ended 31 August 2022; six years on, it goes.
    expect(await applyTutoringRetention(db, 6, save.actor, new Date('2028-09-01T00:00:00.000Z'))).toMatchObject({ firstYearKept: 2022 });
    await expectTalliesMatchLedger(db, 'retention');
    expect(await db.selectFrom('catch_up_school_tallies').select('academic_year').where('academic_year', '<', 2022).execute()).toEqual([]);
    // About 1,000 reports, half worked out straight from the ledger: on a shared machine more than the default 30 s.
  }, 180_000);

  it('are filled by migration 0037 from a ledger an earlier release wrote', async () => {
    await migrateBefore(handle.db, handle.engine, '0037');
    await seed();
    const db = handle.db;
    await sql`insert into catch_up_pupils (pseudonym, synthetic) values ('a', 0), ('b', 0), ('c', 0), ('d', 0)`.execute(db);
    const ids = new Map((await db.selectFrom('catch_up_pupils').select(['id', 'pseudonym']).execute()).map((p) => [p.pseudonym, p.id]));
    const id = (p: string) => ids.get(p) ?? 0;
    await db
      .insertInto('catch_up_pupil_years')
      .values([
        { pupil_id: id('a'), urn: 141257, academic_year: 2022, year_group: 9, fsm: 1, pupil_premium: 1 },
        { pupil_id: id('a'), urn: 140001, academic_year: 2022, year_group: 9, fsm: 0, pupil_premium: 0 },
        { pupil_id: id('b'), urn: 141257, academic_year: 2022, year_group: 10, fsm: 0, pupil_premium: 0 },
        { pupil_id: id('c'), urn: 140002, academic_year: 2022, year_group: 7, fsm: 0, pupil_premium: 1 },
        { pupil_id: id('d'), urn: 140002, academic_year: 2022, year_group: 7, fsm: 0, pupil_premium: 0 },
      ])
      .execute();
    const session = { route: 'school-led', subject: 'Mathematics', provider: '', academic_year: 2022, group_size: 2 };
    await db
      .insertInto('catch_up_sessions')
      .values([
        { ...session, pupil_id: id('a'), urn: 141257, session_day: 20221003, half_hours: 20 },
        { ...session, pupil_id: id('a'), urn: 141257, session_day: 20221010, half_hours: 14, route: 'tuition-partner' },
        { ...session, pupil_id: id('a'), urn: 140001, session_day: 20221003, half_hours: 8 },
        { ...session, pupil_id: id('b'), urn: 141257, session_day: 20221003, half_hours: 6 },
      ])
      .execute();
    await db
      .insertInto('catch_up_census')
      .values([
        { pupil_id: id('c'), urn: 140002, academic_year: 2022, tutored: 1, half_hours: 40 },
        { pupil_id: id('d'), urn: 140002, academic_year: 2022, tutored: 0, half_hours: 0 },
        { pupil_id: id('b'), urn: 141257, academic_year: 2022, tutored: 1, half_hours: 3 },
      ])
      .execute();

    await migrateToLatestOrThrow(db);

    await expectTalliesMatchLedger(db, 'migrated');
    const bySchool = await tutoringReport(createServices(db), { by: 'school', academicYear: 2022, urns: null, rule: NTP_COURSE_RULE }, false);
    // Pupil a: 17 hours at St Mary's (two courses) and 4 at Blackpool Test Academy; Derby's census gives c 20 hours.
    expect(bySchool.rows.map((r) => [r.key, r.pupils_tutored, r.hours, r.courses])).toEqual([[140001, 1, 4, 1], [140002, 1, 20, 2], [141257, 2, 20, 3]]);
  });
});
