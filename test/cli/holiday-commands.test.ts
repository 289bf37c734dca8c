import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { fakeUpn, seedCareersSchools } from '../support/careers-fixture.ts';
import { runOa, type CliRun } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-holiday-'));
const database = join(dir, 'oa.sqlite');
const env = { DATABASE_URL: `sqlite:${database}` };
const now = '2026-09-15T09:30:00.000Z';
const upns = [1, 2, 3, 4, 5].map(fakeUpn);
const upn = (i: number) => upns[i] ?? '';
const runs: CliRun[] = [];
const oa = async (args: readonly string[], at = now) => {
  const run = await runOa(args, env, { now: at });
  runs.push(run);
  return run;
};

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// C1 meets at St Mary's (Blackpool) Monday to Thursday for two weeks, 3 places a day; C2 by postcode in Derby.
const clubs = file(
  'clubs.csv',
  'Club_ID,Club_Name,Provider,URN,Postcode,District_Code,Start_Date,End_Date,Days_Offered,Places_Per_Day\n' +
    'C1,Sports and cooking,Blackpool Hub,141257,,,2026-07-27,2026-08-06,Mon-Thu,3\n' +
    'C2,Arts club,Derby Play,,de1 1aa,E06000015,27/07/2026,31/07/2026,Mon Tue Wed,2\n',
);
const header = 'upn,urn,fsm,club_id,date,attended\n';
const attendance = file(
  'attendance.csv',
  header +
    [
      `${upn(0)},141257,N,C1,2026-07-27,Y`,
      `${upn(0)},141257,N,C1,2026-07-28,Y`,
      `${upn(1).toLowerCase()},141257,Y,C1,2026-07-27,Y`,
      `${upn(1)},141257,Y,C1,28/07/2026,N`,
      `${upn(2)},140002,Y,C2,2026-07-27,Y`,
      `${upn(3)},140001,yes,C1,2026-07-27,Y`,
    ].join('\n') +
    '\n',
);

async function held() {
  const handle = await openDatabase({ engine: 'sqlite', path: database });
  try {
    const pupils = await handle.db.selectFrom('holiday_pupils').select(['urn', 'fsm']).orderBy('urn').orderBy('fsm').execute();
    const days = await handle.db.selectFrom('holiday_attendance').select(['day', 'attended']).orderBy('day').orderBy('attended').execute();
    return { pupils: pupils.map((p) => `${String(p.urn)}:${String(p.fsm)}`), days: days.map((d) => `${d.day}:${String(d.attended)}`) };
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  expect((await oa(['db', 'migrate'])).code).toBe(0);
  expect((await oa(['demo', 'load'])).code).toBe(0);
  const handle = await openDatabase({ engine: 'sqlite', path: database });
  await seedCareersSchools(handle.db);
  await handle.close();
}, 60_000);

describe('oa holiday import --clubs', () => {
  it('imports clubs at a school (district from the register) or by postcode, and changes nothing the second time', async () => {
    const run = await oa(['holiday', 'import', '--clubs', clubs]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('clubs.csv: 2 clubs: 2 new, 0 changed, 0 already held.\n');
    expect((await oa(['holiday', 'import', '--clubs', clubs])).stdout).toBe('clubs.csv: 2 clubs: 0 new, 0 changed, 2 already held.\n');
    const handle = await openDatabase({ engine: 'sqlite', path: database });
    const rows = await handle.db.selectFrom('holiday_clubs').select(['club_ref', 'urn', 'postcode', 'district_code', 'la_code', 'start_date', 'days_offered']).orderBy('club_ref').execute();
    await handle.close();
    expect(rows).toEqual([
      { club_ref: 'C1', urn: 141257, postcode: null, district_code: 'E06000009', la_code: 'E06000009', start_date: '2026-07-27', days_offered: '1234' },
      { club_ref: 'C2', urn: null, postcode: 'DE1 1AA', district_code: 'E06000015', la_code: 'E06000015', start_date: '2026-07-27', days_offered: '123' },
    ]);
  });

  it('refuses a clubs file with any bad row, saying row, column and why', async () => {
    const bad = file(
      'bad-clubs.csv',
      'club_id,club_name,provider,urn,postcode,district_code,start_date,end_date,days_offered,places_per_day\n' +
        'C3,A,P,999999,,,2026-07-27,2026-08-06,Mon-Thu,3\n' +
        'C4,A,P,,FY1 1AA,,2026-07-27,2026-08-06,Mon-Thu,3\n' +
        'C5,A,P,141257,,,2026-08-06,2026-07-27,Funday,0\n' +
        'C5,A,P,141257,,E06000015,2026-07-27,2026-08-06,Mon,3\n' +
        'C6,A,P,141257,,E06000015,2026-07-27,2026-08-06,Mon,3\n',
    );
    const run = await oa(['holiday', 'import', '--clubs', bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad-clubs.csv, row 3, district_code: A club given by postcode needs the district_code');
    expect(run.stderr).toContain('bad-clubs.csv, row 4, days_offered: Days offered are weekday names or a range');
    expect(run.stderr).toContain('bad-clubs.csv, row 4, places_per_day: Places a day is a whole number from 1');
    expect(run.stderr).toContain('bad-clubs.csv, row 5, club_id: The club id is also at row 4');
    expect(run.stderr).toContain('bad-clubs.csv, row 2, urn: This URN is not in the school register');
    expect(run.stderr).toContain('bad-clubs.csv, row 6, district_code: The school is in district E06000009 in the register: leave district_code empty or make it agree (value "E06000015")');
    expect(run.stderr).toMatch(/bad-clubs\.csv: 6 problems; nothing was imported\.\n$/);
  });
});

describe('oa holiday import', () => {
  it('imports attendance per pupil-day, keeping a keyed hash of each UPN, and changes nothing the second time', async () => {
    const run = await oa(['holiday', 'import', attendance]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('attendance.csv: 6 pupil-days: 6 new, 0 changed, 0 already held; 4 pupils added, 0 changed.\n');
    const again = await oa(['holiday', 'import', attendance]);
    expect(again.stdout).toBe('attendance.csv: 6 pupil-days: 0 new, 0 changed, 6 already held; 0 pupils added, 0 changed.\n');
    expect(await held()).toEqual({
      pupils: ['140001:1', '140002:1', '141257:0', '141257:1'],
      days: ['2026-07-27:1', '2026-07-27:1', '2026-07-27:1', '2026-07-27:1', '2026-07-28:0', '2026-07-28:1'],
    });
  });

  it('refuses a file with any bad row: check letter, dates, days offered, unknown club, two FSM values', async () => {
    const wrongLetter = `${upn(4).startsWith('A') ? 'B' : 'A'}${upn(4).slice(1)}`;
    const bad = file(
      'bad.csv',
      header +
        [
          `${wrongLetter},141257,Y,C1,2026-07-29,Y`,
          `${upn(4)},141257,Y,C1,2026-08-10,Y`,
          `${upn(4)},141257,Y,C1,2026-07-31,Y`,
          `${upn(4)},141257,Y,C9,2026-07-29,Y`,
          `${upn(4)},141257,N,C1,2026-07-30,Y`,
          `${upn(4)},141257,Y,C1,2026-07-29,maybe`,
        ].join('\n') +
        '\n',
    );
    const run = await oa(['holiday', 'import', bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad.csv, row 2, upn: The UPN’s check letter does not match its digits');
    expect(run.stderr).toContain('bad.csv, row 3, date: Club C1 runs from 2026-07-27 to 2026-08-06 (value "2026-08-10")');
    expect(run.stderr).toContain('bad.csv, row 4, date: Club C1 does not run on this day of the week: it offers Mon Tue Wed Thu (value "2026-07-31")');
    expect(run.stderr).toContain('bad.csv, row 5, club_id: There is no club with this id');
    expect(run.stderr).toContain('bad.csv, row 6, fsm: This pupil’s FSM eligibility differs from row 3');
    expect(run.stderr).toContain('bad.csv, row 7, attended: Use Y or N');
    expect(run.stderr).toMatch(/bad\.csv: 6 problems; nothing was imported\.\n$/);
    expect((await held()).pupils).toHaveLength(4);
  });

  it('refuses a file that would book more pupils on a club day than its places, counting those already held', async () => {
    const over = file('over.csv', header + `${upn(4)},141257,Y,C1,2026-07-27,Y\n${upn(4)},141257,Y,C1,2026-07-29,Y\n`);
    const run = await oa(['holiday', 'import', over]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'over.csv, row 2, date: Club C1 would have 4 pupils booked on 2026-07-27, with those already held, but offers 3 places a day (value "2026-07-27")\n' +
        'oa: over.csv: 1 problem; nothing was imported.\n',
    );
    expect((await held()).days).toHaveLength(6);
  });

  it('refuses new club dates that would leave attendance already held outside them', async () => {
    const shorter = file('shorter.csv', 'club_id,club_name,provider,urn,start_date,end_date,days_offered,places_per_day\nC1,Sports and cooking,Blackpool Hub,141257,2026-07-28,2026-08-06,Mon-Thu,3\n');
    const run = await oa(['holiday', 'import', '--clubs', shorter]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('shorter.csv, row 2: Club C1: Attendance is held for 2026-07-27, outside the new dates 2026-07-28 to 2026-08-06');
  });

  it('refuses to import without the key its pupils were made with, as careers does', async () => {
    const run = await runOa(['holiday', 'import', attendance], { ...env, OA_PSEUDONYM_KEY_FILE: join(dir, 'no-such-key') }, { now });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The pseudonymisation key is missing');
    expect(run.stderr).toContain('4 pupils made with a key');
  });

  it('leaves no UPN anywhere in the database files or in anything the commands printed', () => {
    const bytes = ['', '-wal', '-shm'].map((suffix) => database + suffix).filter(existsSync).map((path) => readFileSync(path).toString('latin1')).join('');
    const printed = runs.map((r) => r.stdout + r.stderr).join('');
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.includes('holiday_attendance')).toBe(true);
    for (const u of upns) {
      for (const form of [u, u.toLowerCase(), u.slice(1)]) {
        expect(bytes.includes(form), `${form} in the database`).toBe(false);
        expect(printed.includes(form), `${form} in the output`).toBe(false);
      }
    }
  });
});

describe('oa holiday report', () => {
  // C1: 3 places × 8 days = 24 offered; 5 pupil-days booked, 4 attended by 3 pupils, 2 of them FSM.
  // C2: 2 places × 3 days (Mon–Wed, 27–29 July) = 6 offered; 1 booked and attended, by an FSM pupil.
  it('by club as JSON: places offered against taken, pupils, FSM share of attendees, days per pupil', async () => {
    const run = await oa(['holiday', 'report', '--by', 'club', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([
      { club_id: 'C1', name: 'Sports and cooking', places_offered: 24, places_taken: 5, take_up: 0.208, days_attended: 4, pupils: 3, fsm_pupils: 2, fsm_share: 0.667, days_per_pupil: 1.3 },
      { club_id: 'C2', name: 'Arts club', places_offered: 6, places_taken: 1, take_up: 0.167, days_attended: 1, pupils: 1, fsm_pupils: 1, fsm_share: 1, days_per_pupil: 1 },
    ]);
  });

  it('for one academic year: summer 2026 is 2025/26, and 2024/25 holds nothing', async () => {
    const year = await oa(['holiday', 'report', '--format', 'json', '--academic-year', '2025/26']);
    expect((JSON.parse(year.stdout) as { club_id: string }[]).map((r) => r.club_id)).toEqual(['C1', 'C2']);
    expect(JSON.parse((await oa(['holiday', 'report', '--format', 'json', '--academic-year', '2024/25'])).stdout)).toEqual([]);
    expect((await oa(['holiday', 'report', '--academic-year', '2025/27'])).code).toBe(2);
  });

  it('by school as CSV: the pupils’ schools, with places not applicable (z)', async () => {
    const run = await oa(['holiday', 'report', '--by', 'school', '--format', 'csv']);
    expect(run.stdout.split('\r\n')).toEqual([
      'urn,name,places_offered,places_taken,take_up,days_attended,pupils,fsm_pupils,fsm_share,days_per_pupil',
      '140001,Blackpool Test Academy,z,1,z,1,1,1,1,1',
      '140002,Derby Test School,z,1,z,1,1,1,1,1',
      "141257,St Mary's Catholic Academy,z,4,z,3,2,1,0.5,1.5",
      '',
    ]);
  });

  it('by area and LA, named', async () => {
    const area = JSON.parse((await oa(['holiday', 'report', '--by', 'area', '--format', 'json'])).stdout) as { area_id: string; name: string; places_offered: number; pupils: number }[];
    expect(area.map((r) => [r.name, r.places_offered, r.pupils])).toEqual([
      ['Blackpool', 24, 3],
      ['Derby', 6, 1],
    ]);
    const la = await oa(['holiday', 'report', '--by', 'la']);
    expect(la.stdout).toContain('E06000009  Blackpool');
  });

  it('with --suppress, hides every pupil count below 5 and what it gives away, keeping the places offered', async () => {
    const run = await oa(['holiday', 'report', '--by', 'club', '--format', 'json', '--suppress']);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(rows.map((r) => [r['club_id'], r['places_offered'], r['pupils'], r['fsm_share'], r['places_taken']])).toEqual([
      ['C1', { value: 24 }, { value: null, symbol: 'c' }, { value: null, symbol: 'c' }, { value: null, symbol: 'c' }],
      ['C2', { value: 6 }, { value: null, symbol: 'c' }, { value: null, symbol: 'c' }, { value: null, symbol: 'c' }],
    ]);
    const table = await oa(['holiday', 'report', '--by', 'school', '--suppress']);
    expect(table.stdout).toContain('Disclosure control: counts below 5');
    expect(table.stdout).not.toMatch(/St Mary's Catholic Academy\s+z\s+4/);
  });
});

describe('oa retention apply', () => {
  it('removes holiday attendance of academic years past the period, and pupils left with none', async () => {
    const preview = await oa(['retention', 'apply', '--years', '0'], '2027-09-15T09:00:00.000Z');
    expect(preview.code).toBe(2);
    expect(preview.stderr).toContain(', and holiday attendance before 2027/28: 6 pupil-days and 4 pupils with none left. Nothing was removed.');
    const kept = await oa(['retention', 'apply'], '2027-09-15T09:00:00.000Z');
    expect(kept.stdout).toBe('Removed 0 pupils who left before 2021-09-15 (6 years ago) and their 0 encounters.\n');
    expect((await held()).days).toHaveLength(6);
    const run = await oa(['retention', 'apply', '--years', '0', '--confirm'], '2027-09-15T09:00:00.000Z');
    expect(run.stdout).toContain('Removed holiday attendance before 2027/28: 6 pupil-days and 4 pupils with none left.\n');
    expect(await held()).toEqual({ pupils: [], days: [] });
  });
});

describe('oa demo holiday', () => {
  it('generates clearly labelled synthetic clubs in every district and attendance, and the report reads them (run after retention: it adds data)', async () => {
    const run = await oa(['demo', 'holiday', '--pupils', '400', '--seed', '3', '--academic-year', '2025/26']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Synthetic holiday data \(marked synthetic; clubs "SYN-3-…", pseudonyms "synthetic:3:<n>"\): \d+ clubs in \d+ districts, 400 pupils, \d+ pupil-days booked in summer 2025\/26\.\n$/);
    const again = await oa(['demo', 'holiday', '--pupils', '300', '--seed', '3', '--academic-year', '2025/26']);
    expect(again.stdout).toContain('300 pupils');
    expect(again.stdout).toContain('replaced 400 earlier synthetic pupils');
    const report = await oa(['holiday', 'report', '--by', 'area', '--academic-year', '2025/26', '--format', 'json']);
    const rows = JSON.parse(report.stdout) as { area_id: string; places_offered: number; pupils: number }[];
    // Every Opportunity Area has clubs; those with schools in the register have pupils.
    expect(rows.map((r) => r.area_id).filter((id) => id !== '')).toHaveLength(12);
    expect(rows.find((r) => r.area_id === 'blackpool')?.pupils).toBeGreaterThan(0);
    expect((await oa(['demo', 'holiday', '--pupils', '0'])).stderr).toContain('--pupils must be a positive whole number');
  });
});
