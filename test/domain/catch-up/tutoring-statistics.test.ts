import { describe, expect, it } from 'vitest';
import {
  coursesFor,
  parseHalfHours,
  parseLocalRoutes,
  parseRoute,
  parseTutoringYearGroup,
  publishTutoring,
  summariseTutoring,
  tutoringRetentionCutOffYear,
  type RollRecord,
  type TutoringRecord,
} from '../../../src/domain/catch-up/index.ts';

const record = (pupil: number, urn: number, hours: number, extra: Partial<TutoringRecord> = {}): TutoringRecord => ({
  pupil, urn, yearGroup: 9, fsm: false, pupilPremium: false, route: 'tuition-partner', subject: 'Mathematics', halfHours: hours * 2, ...extra,
});
const onRoll = (pupil: number, urn: number, extra: Partial<RollRecord> = {}): RollRecord => ({ pupil, urn, yearGroup: 9, fsm: false, pupilPremium: false, ...extra });

describe('the NTP course rule', () => {
  it('counts up to and including 16 hours as one course and more as two, at most two', () => {
    expect([0, 0.5, 15.5, 16, 16.5, 32, 40].map((h) => coursesFor(h * 2))).toEqual([0, 1, 1, 1, 2, 2, 2]);
  });

  it('can be set: 15 hours a course, at most three', () => {
    expect([15, 15.5, 30, 30.5, 100].map((h) => coursesFor(h * 2, { hoursPerCourse: 15, maxCourses: 3 }))).toEqual([1, 2, 2, 3, 3]);
  });
});

describe('cells of an export', () => {
  it('reads hours to the half hour only, never negative', () => {
    expect(parseHalfHours('1.5', 1)).toEqual({ ok: true, value: 3 });
    expect(parseHalfHours('1.25', 1).ok).toBe(false);
    expect(parseHalfHours('-1', 1).ok).toBe(false);
    expect(parseHalfHours('0', 1).ok).toBe(false);
    expect(parseHalfHours('0', 0)).toEqual({ ok: true, value: 0 });
  });

  it('knows the three NTP routes, their common spellings and configured local routes, and nothing else', () => {
    expect(parseRoute('Tuition Partner', [])).toEqual({ ok: true, value: 'tuition-partner' });
    expect(parseRoute('SLT', [])).toEqual({ ok: true, value: 'school-led' });
    expect(parseRoute('council tutors', []).ok).toBe(false);
    const local = parseLocalRoutes('council-tutors');
    expect(local).toEqual({ ok: true, value: ['council-tutors'] });
    expect(parseRoute('Council Tutors', local.ok ? local.value : [])).toEqual({ ok: true, value: 'council-tutors' });
    expect(parseLocalRoutes('school-led').ok).toBe(false);
  });

  it('reads Reception to year 13', () => {
    expect(['R', 'Y1', 'Year 13', '14'].map((y) => parseTutoringYearGroup(y))).toEqual([{ ok: true, value: 0 }, { ok: true, value: 1 }, { ok: true, value: 13 }, expect.objectContaining({ ok: false })]);
  });
});

describe('summariseTutoring (hand-worked)', () => {
  // School 100001: pupil 1 (FSM) 16 h in two sessions; pupil 2 (PP) 16.5 h; pupil 3 neither, 4 h.
  // Census roll at 100001: pupils 1–3 and 4, 5, 6 (4 FSM), none of 4–6 tutored.
  const records = [
    record(1, 100001, 10, { fsm: true }), record(1, 100001, 6, { fsm: true, route: 'school-led' }),
    record(2, 100001, 16.5, { pupilPremium: true }),
    record(3, 100001, 4),
  ];
  const roll = [onRoll(1, 100001, { fsm: true }), onRoll(2, 100001, { pupilPremium: true }), onRoll(3, 100001), onRoll(4, 100001, { fsm: true }), onRoll(5, 100001), onRoll(6, 100001)];

  it('gives pupils, tutees, hours, courses, shares and the gap for a school', () => {
    const [school] = summariseTutoring(records, roll, { by: 'school' });
    expect(school).toMatchObject({
      key: '100001', pupils: 6, pupilsTutored: 3, hours: 36.5,
      // Pupil 1: 16 h in all → 1 course (the boundary); pupil 2: 16.5 h → 2; pupil 3: 4 h → 1.
      courses: 4,
      tuteesDisadvantagedShare: 2 / 3, tuteesFsmShare: 1 / 3, tuteesPupilPremiumShare: 1 / 3,
      tutoredShare: 3 / 6,
      // Disadvantaged on roll: 1, 2, 4 → 2 of 3 tutored; others 3, 5, 6 → 1 of 3.
      disadvantagedTutoredShare: 2 / 3, otherTutoredShare: 1 / 3,
      hoursPerDisadvantagedTutee: 32.5 / 2, hoursPerOtherTutee: 4,
      schoolsRecorded: 1, schoolsTutoring: 1,
    });
    expect(school?.tutoredShareGap).toBeCloseTo(1 / 3, 12);
    expect(school?.hoursPerCourse).toBeCloseTo(36.5 / 4, 12);
  });

  it('by route, counts courses on each route’s hours, so pupil 1’s 10 + 6 hours are a course in each', () => {
    const byRoute = summariseTutoring(records, roll, { by: 'route' });
    expect(byRoute.map((g) => [g.key, g.pupilsTutored, g.hours, g.courses, g.pupils])).toEqual([
      ['school-led', 1, 6, 1, null],
      ['tuition-partner', 3, 30.5, 4, null],
    ]);
  });

  it('counts a pupil tutored at two schools in a year at each school, and once in an area holding both', () => {
    const places = new Map([[100001, { district: 'E1', la: 'E1', area: 'oa' }], [100002, { district: 'E2', la: 'E2', area: 'oa' }]]);
    // Pupil 7: 10 h at 100001 and 10 h at 100002: a course at each (the School Census basis), not 1 for 20 h... nor 2 for 20 h at one.
    const moved = [record(7, 100001, 10), record(7, 100002, 10)];
    const bySchool = summariseTutoring(moved, [], { by: 'school', places });
    expect(bySchool.map((g) => [g.key, g.pupilsTutored, g.hours, g.courses])).toEqual([['100001', 1, 10, 1], ['100002', 1, 10, 1]]);
    const byArea = summariseTutoring(moved, [], { by: 'area', places });
    expect(byArea.map((g) => [g.key, g.pupilsTutored, g.hours, g.courses, g.schoolsTutoring])).toEqual([['oa', 1, 20, 2, 2]]);
    // 4 h + 4 h at two schools: two courses, where 8 h at one school would be one.
    expect(summariseTutoring([record(8, 100001, 4), record(8, 100002, 4)], [], { by: 'area', places })[0]?.courses).toBe(2);
  });

  it('gives no share of pupils where no school returned a census', () => {
    const [school] = summariseTutoring(records, [], { by: 'school' });
    expect([school?.pupils, school?.tutoredShare, school?.tutoredShareGap]).toEqual([null, null, null]);
  });
});

describe('publishTutoring (the careers disclosure control, reused)', () => {
  it('hides a school’s small counts and enough else that they cannot be worked out, and shows large ones', () => {
    const places = new Map([[100001, { district: 'E1', la: 'E1', area: null }], [100002, { district: 'E1', la: 'E1', area: null }], [100003, { district: 'E1', la: 'E1', area: null }]]);
    const records: TutoringRecord[] = [];
    let pupil = 0;
    for (const [urn, tutees] of [[100001, 3], [100002, 40], [100003, 30]] as const) {
      for (let i = 0; i < tutees; i += 1) records.push(record((pupil += 1), urn, i % 2 === 0 ? 10 : 20, { fsm: i % 3 === 0 }));
    }
    const published = publishTutoring(records, { by: 'school', places });
    expect(published.unprotected).toBe(0);
    const small = published.rows.find((r) => r.key === '100001');
    expect(small?.pupilsTutored).toMatchObject({ kind: 'suppressed', reason: 'primary' });
    expect(small?.hours.kind).toBe('suppressed');
    // Something else on the line of schools is hidden too, or 3 would be the total less the others.
    const hiddenTutees = published.rows.filter((r) => r.pupilsTutored.kind === 'suppressed').length + (published.total.pupilsTutored.kind === 'suppressed' ? 1 : 0);
    expect(hiddenTutees).toBeGreaterThanOrEqual(2);
    // Hours are shown exactly where the tutee count is.
    for (const row of published.rows) expect(row.hours.kind === 'value').toBe(row.pupilsTutored.kind === 'value');
    // The total is shown: 73 tutees, 36 of them with 20 h (a second course), 36 × 20 + 37 × 10 hours.
    expect(published.total.pupilsTutored).toEqual({ kind: 'value', value: 73 });
    expect(published.total.courses).toEqual({ kind: 'value', value: 73 + 36 });
    expect(published.total.hours).toEqual({ kind: 'value', value: 36 * 20 + 37 * 10 });
  });
});

describe('retention by academic year', () => {
  it('keeps a year until the retention period after its 31 August has passed', () => {
    expect(tutoringRetentionCutOffYear('2026-11-25', 6)).toBe(2020);
    expect(tutoringRetentionCutOffYear('2026-08-31', 6)).toBe(2019);
    expect(tutoringRetentionCutOffYear('2026-09-01', 6)).toBe(2020);
  });
});

describe('generateSyntheticTutoring', () => {
  it('gives the same pupils and sessions for the same seed, about as many sessions as asked, every FSM pupil pupil premium', async () => {
    const { generateSyntheticTutoring } = await import('../../../src/domain/catch-up/index.ts');
    const make = () => [...generateSyntheticTutoring([100001, 100002], { pupils: 2000, sessions: 9000, seed: 7, academicYear: 2022 }, 1000)].flat();
    const a = make();
    expect(make()).toEqual(a);
    expect(a).toHaveLength(2000);
    const sessions = a.reduce((n, t) => n + t.sessions.length, 0);
    expect(sessions).toBeGreaterThan(8000);
    expect(sessions).toBeLessThan(10000);
    expect(a.every((t) => !t.fsm || t.pupilPremium)).toBe(true);
    expect(a.every((t) => t.sessions.every((s) => s.day >= 20220901 && s.day <= 20230831 && s.halfHours >= 2 && s.halfHours <= 6))).toBe(true);
  });
});
