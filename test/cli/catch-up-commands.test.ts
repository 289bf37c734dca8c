import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { fakeUpn, seedCareersSchools } from '../support/careers-fixture.ts';
import { runOa } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-catch-up-'));
const database = join(dir, 'oa.sqlite');
const env = { DATABASE_URL: `sqlite:${database}`, OA_CATCH_UP_LOCAL_ROUTES: 'council-tutors' };
const now = '2023-07-15T09:30:00.000Z';
const oa = (args: readonly string[], at = now) => runOa(args, env, { now: at });
const upn = (n: number) => fakeUpn(100 + n);

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const header = 'UPN,URN,Year_Group,FSM,Pupil_Premium,Route,Subject,Session_Date,Hours,Group_Size,Provider\r\n';
// St Mary's (141257): pupil 1 (FSM and PP) 10 + 6 = 16 h, one course; pupil 2 16.5 h, two; pupil 3 (PP) 2 h.
// Derby (140002): pupil 4 3 h; pupil 1 again, 4 h: tutored at two schools in 2022/23.
const sessions = file(
  'sessions.csv',
  header +
    [
      `${upn(1)},141257,9,Y,Y,Tuition Partner,Mathematics,2022-10-03,10,3,Tutor Co`,
      `${upn(1)},141257,9,Y,Y,tuition-partner,Mathematics,10/10/2022,6,3,Tutor Co`,
      `${upn(2).toLowerCase()},141257,Y9,N,N,school-led,English,2022-11-01,16.5,1,`,
      `${upn(3)},141257,10,N,Y,AM,Mathematics,2022-11-02,2,1,`,
      `${upn(4)},140002,7,N,N,council tutors,Science,2023-01-10,3,2,County Tutors`,
      `${upn(1)},140002,9,Y,Y,tuition-partner,English,2023-03-01,4,2,Tutor Co`,
    ].join('\r\n') +
    '\r\n',
);
// Census returns: Derby's whole roll (it also has sessions, which give its hours), and Blackpool Test
// Academy (140001), which has only the census: pupil 7 tutored 20 h (two courses), pupil 8 not.
const census = file(
  'census.csv',
  'upn,urn,year_group,fsm,pupil_premium,tutored,hours\n' +
    [`${upn(4)},140002,7,N,N,Y,3`, `${upn(1)},140002,9,Y,Y,Y,4`, `${upn(5)},140002,7,Y,Y,N,0`, `${upn(6)},140002,8,N,N,N,`, `${upn(7)},140001,R,N,N,Y,20`, `${upn(8)},140001,1,N,N,N,0`].join('\n') +
    '\n',
);

const count = async (table: 'catch_up_sessions' | 'catch_up_census' | 'catch_up_pupils') => {
  const handle = await openDatabase({ engine: 'sqlite', path: database });
  try {
    return Number((await handle.db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst())?.n ?? 0);
  } finally {
    await handle.close();
  }
};

beforeAll(async () => {
  expect((await oa(['db', 'migrate'])).code).toBe(0);
  expect((await oa(['demo', 'load'])).code).toBe(0);
  const handle = await openDatabase({ engine: 'sqlite', path: database });
  await seedCareersSchools(handle.db);
  await handle.close();
});

describe('oa catch-up import', () => {
  it('imports MIS sessions, pupils pseudonymised with the careers key', async () => {
    const run = await oa(['catch-up', 'import', sessions]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('sessions.csv: 6 sessions: 6 new, 0 corrected, 0 already held; 4 new pupils.\n');
    const key = Buffer.from(readFileSync(`${database}.pseudonym-key`, 'utf8').trim(), 'hex');
    const handle = await openDatabase({ engine: 'sqlite', path: database });
    const stored = (await handle.db.selectFrom('catch_up_pupils').select('pseudonym').orderBy('pseudonym').execute()).map((p) => p.pseudonym);
    await handle.close();
    expect(stored).toEqual([1, 2, 3, 4].map((n) => createHmac('sha256', key).update(upn(n)).digest('hex')).sort());
  });

  it('changes nothing when the same file is imported again', async () => {
    const run = await oa(['catch-up', 'import', sessions]);
    expect(run.stdout).toBe('sessions.csv: 6 sessions: 0 new, 0 corrected, 6 already held; 0 new pupils.\n');
    expect(await count('catch_up_sessions')).toBe(6);
  });

  it('refuses a file with any bad row, saying where and why, never quoting a UPN, and writes nothing', async () => {
    const wrongLetter = `${upn(9)[0] === 'A' ? 'B' : 'A'}${upn(9).slice(1)}`;
    const bad = file(
      'bad.csv',
      header +
        [
          `${wrongLetter},141257,9,N,N,school-led,English,2022-11-01,1,1,`,
          `${upn(10)},141257,9,N,N,school-led,English,2022-11-01,1.25,1,`,
          `${upn(11)},141257,9,N,N,school-led,English,2022-11-01,-2,1,`,
          `${upn(12)},141257,9,N,N,school-led,English,2022-11-01,21,1,`,
          `${upn(12)},141257,9,N,N,school-led,Mathematics,2022-11-01,20,1,`,
          `${upn(13)},141257,9,N,N,private tutor,English,2022-11-01,1,1,`,
          `${upn(14)},141257,9,Y,N,school-led,English,2022-11-01,1,1,`,
          `${upn(14)},141257,9,N,N,school-led,English,2022-11-02,1,1,`,
        ].join('\r\n') +
        '\r\n',
    );
    const run = await oa(['catch-up', 'import', bad]);
    expect(run.code).not.toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      'bad.csv, row 2, upn: The UPN’s check letter does not match its digits: check it was copied correctly',
      'bad.csv, row 3, hours: Hours are recorded to the half hour, like 1 or 1.5 (value "1.25")',
      'bad.csv, row 4, hours: Hours cannot be negative (value "-2")',
      'bad.csv, row 6, hours: This pupil’s sessions on 2022-11-01 come to 41 hours by this row: no pupil is tutored more than 40 hours a day (value "20")',
      'bad.csv, row 7, route: The route must be one of tuition-partner, academic-mentor, school-led, council-tutors (value "private tutor")',
      'bad.csv, row 9, fsm: This pupil has two FSM values: row 8 gives another. One pupil has one FSM value in a year',
      'oa: bad.csv: 6 problems; nothing was imported.',
    ]);
    for (const n of [9, 10, 11, 12, 13, 14]) expect(run.stderr + run.stdout).not.toContain(upn(n).slice(1));
    expect(await count('catch_up_sessions')).toBe(6);
    expect(await count('catch_up_pupils')).toBe(4);
  });

  it('imports a School Census return for a year, and again changes nothing', async () => {
    const run = await oa(['catch-up', 'import', census, '--census', '--academic-year', '2022/23']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('census.csv: 6 pupils: 6 new, 0 corrected, 0 already held, 0 no longer in the return deleted; 4 new pupils.\n');
    const again = await oa(['catch-up', 'import', census, '--census', '--academic-year', '2022/23']);
    expect(again.stdout).toBe('census.csv: 6 pupils: 0 new, 0 corrected, 6 already held, 0 no longer in the return deleted; 0 new pupils.\n');
  });

  it('stores no UPN anywhere in the database files', () => {
    const files = [database, `${database}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f).toString('latin1'));
    expect(files.length).toBeGreaterThan(0);
    for (let n = 1; n <= 14; n += 1) for (const text of files) expect(text).not.toContain(upn(n).slice(1));
  });
});

describe('oa catch-up report', () => {
  it('--by school --format json gives one row per school with the NTP figures', async () => {
    const run = await oa(['catch-up', 'report', '--by', 'school', '--format', 'json']);
    expect(run.stderr).toBe('');
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    const pick = (r: Record<string, unknown>) => ({ urn: r['urn'], name: r['name'], pupils: r['pupils'], pupils_tutored: r['pupils_tutored'], hours: r['hours'], courses: r['courses'], tutees_disadvantaged_share: r['tutees_disadvantaged_share'] });
    expect(rows.map(pick)).toEqual([
      // Census only: pupil 7, 20 h → two courses; pupil 8 not tutored.
      { urn: 140001, name: 'Blackpool Test Academy', pupils: 2, pupils_tutored: 1, hours: 20, courses: 2, tutees_disadvantaged_share: 0 },
      // Sessions give the hours (pupil 4: 3 h; pupil 1: 4 h), the census the roll of four.
      { urn: 140002, name: 'Derby Test School', pupils: 4, pupils_tutored: 2, hours: 7, courses: 2, tutees_disadvantaged_share: 0.5 },
      // No census: no pupils on roll. Pupil 1: 16 h → 1 course; pupil 2: 16.5 h → 2; pupil 3: 2 h → 1.
      { urn: 141257, name: "St Mary's Catholic Academy", pupils: null, pupils_tutored: 3, hours: 34.5, courses: 4, tutees_disadvantaged_share: 2 / 3 },
    ]);
    expect(rows[1]?.['tutored_share']).toBe(0.5);
  });

  it('--by route counts each route, and census tutoring as not recorded', async () => {
    const run = await oa(['catch-up', 'report', '--by', 'route', '--format', 'csv']);
    expect(run.stdout.split('\r\n').slice(0, 6).map((l) => l.split(',').slice(0, 7).join(','))).toEqual([
      'route,name,pupils,pupils_tutored,hours,courses,tutees_disadvantaged_share',
      'academic-mentor,academic-mentor,,1,2,1,1',
      'council-tutors,council-tutors,,1,3,1,0',
      'not-recorded,Not recorded (School Census return),,1,20,2,0',
      'school-led,school-led,,1,16.5,2,0',
      'tuition-partner,tuition-partner,,1,20,2,1',
    ]);
  });

  it('--suppress hides counts below 5 and what would reveal them', async () => {
    const run = await oa(['catch-up', 'report', '--by', 'school', '--format', 'json', '--suppress']);
    const rows = JSON.parse(run.stdout) as { urn: number; pupils_tutored: { value: number | null; symbol?: string }; hours: { value: number | null } }[];
    expect(rows.map((r) => r.urn)).toEqual([140001, 140002, 141257]);
    for (const row of rows) {
      expect(row.pupils_tutored).toEqual({ value: null, symbol: 'c' });
      expect(row.hours.value).toBeNull();
    }
  });
});

describe('oa catch-up targets', () => {
  it('sets an area’s and a school’s targets, audited, and lists each beside its figure', async () => {
    expect((await oa(['catch-up', 'targets', 'set', '--area', 'blackpool', '--measure', 'disadvantaged-tutees-pct', '--value', '65', '--academic-year', '2022/23'])).stdout).toBe(
      'Target set: area blackpool, disadvantaged-tutees-pct 65% in 2022/23.\n',
    );
    expect((await oa(['catch-up', 'targets', 'set', '--school', '141257', '--measure', 'hours-per-course', '--value', '8', '--academic-year', '2022/23'])).code).toBe(0);
    const refused = await oa(['catch-up', 'targets', 'set', '--area', 'blackpool', '--measure', 'disadvantaged-tutees-pct', '--value', '120']);
    expect(refused.stderr).toContain('--value: A percentage target is from 0 to 100');
    const list = await oa(['catch-up', 'targets', 'list', '--academic-year', '2022/23', '--format', 'json']);
    expect(JSON.parse(list.stdout)).toEqual([
      // Blackpool's schools (141257 and 140001): tutees 1 and 3 disadvantaged of 1, 2, 3 and 7: 50%.
      { scope_kind: 'area', scope_key: 'blackpool', name: 'Blackpool', measure: 'disadvantaged-tutees-pct', target: 65, actual: 50, status: 'not met' },
      // 34.5 hours ÷ 4 courses = 8.6.
      { scope_kind: 'school', scope_key: '141257', name: "St Mary's Catholic Academy", measure: 'hours-per-course', target: 8, actual: 8.6, status: 'met' },
    ]);
  });
});

describe('oa retention apply', () => {
  it('removes tutoring records of years past the retention period, and their pupils', async () => {
    const run = await oa(['retention', 'apply'], '2029-09-01T09:00:00.000Z');
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Removed tutoring records of academic years before 2023/24: 6 sessions, 6 census rows and 8 pupils with no record left.');
    expect(await count('catch_up_pupils')).toBe(0);
    const again = await oa(['catch-up', 'import', sessions], '2029-09-01T09:00:00.000Z');
    expect(again.stdout).toContain('Skipped 6 rows of academic years past the retention period');
    expect(await count('catch_up_sessions')).toBe(0);
  });
});

describe('oa demo catch-up', () => {
  it('generates clearly labelled synthetic tutoring, and replaces it when run again, leaving real pupils alone', async () => {
    const real = await oa(['catch-up', 'import', sessions]);
    expect(real.code).toBe(0);
    const first = await oa(['demo', 'catch-up', '--pupils', '50', '--sessions', '200', '--seed', '3', '--academic-year', '2022/23']);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^Synthetic tutoring data \(marked synthetic; pseudonyms "synthetic:3:<n>"\): 50 pupils in 3 schools, \d+ sessions in 2022\/23\.\n$/);
    const again = await oa(['demo', 'catch-up', '--pupils', '40', '--sessions', '100', '--seed', '3', '--academic-year', '2022/23']);
    expect(again.stdout).toContain('40 pupils in 3 schools');
    expect(again.stdout).toContain('replaced 50 earlier synthetic pupils');
    const handle = await openDatabase({ engine: 'sqlite', path: database });
    const pupils = await handle.db.selectFrom('catch_up_pupils').select(['synthetic', (eb) => eb.fn.countAll<number | string>().as('n')]).groupBy('synthetic').orderBy('synthetic').execute();
    await handle.close();
    expect(pupils.map((p) => [p.synthetic, Number(p.n)])).toEqual([[0, 4], [1, 40]]);
  });
});
