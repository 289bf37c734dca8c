import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { fakeUpn } from '../support/careers-fixture.ts';
import { runOa } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-careers-folder-'));
const database = join(dir, 'oa.sqlite');
const env = { DATABASE_URL: `sqlite:${database}` };
const now = '2026-01-15T09:30:00.000Z';
const folder = join(dir, 'exports');
const SCHOOLS = 50;
const urnOf = (school: number) => 150_001 + school;
const header = 'UPN,URN,Year_Group,FSM,Encounter_Date,Encounter_Type,Employer_Name\r\n';

/** School `school`'s export: four pupils with two encounters each; school 17's names a pupil twice with different FSM, school 33's has a bad date. */
function exportOf(school: number): string {
  const rows: string[] = [];
  for (let p = 0; p < 4; p += 1) {
    const upn = fakeUpn(school * 10 + p);
    const fsm = school === 17 && p === 3 ? 'Y' : 'N';
    rows.push(`${upn},${String(urnOf(school))},9,N,2024-10-0${String(p + 1)},talk,Employer ${String(school % 7)}`);
    rows.push(`${upn},${String(urnOf(school))},9,${fsm},2025-03-0${String(p + 1)},mentoring,`);
  }
  if (school === 33) rows[5] = rows[5]?.replace('2025-03-03', '2025-02-30') ?? '';
  return header + rows.join('\r\n') + '\r\n';
}

beforeAll(async () => {
  expect((await runOa(['db', 'migrate'], env, { now })).code).toBe(0);
  expect((await runOa(['demo', 'load'], env, { now })).code).toBe(0);
  const handle = await openDatabase({ engine: 'sqlite', path: database });
  await handle.db.insertInto('data_sources').values({ id: 902, name: 'folder fixture register', origin: 'fixture.csv', loaded_at: now, row_count: SCHOOLS, checksum: 'x' }).execute();
  await handle.db
    .insertInto('schools')
    .values(
      Array.from({ length: SCHOOLS }, (_, school) => ({
        urn: urnOf(school), la_code_old: '890', estab: String(4000 + school), name: `Folder school ${String(school)}`, street: null, locality: null, town: 'Town',
        postcode: null, status: 'open', open_date: null, close_date: null, minor_group: 'Academy', school_type: 'Academy converter', phase: 'secondary',
        age_low: 11, age_high: 16, gender: 'Mixed', religious_character: null, admissions_policy: null, easting: null, northing: null, lat: null, lon: null,
        district_code: 'E06000009', education_la_code: 'E06000009', data_source_id: 902,
      })),
    )
    .execute();
  await handle.close();
  mkdirSync(folder);
  for (let school = 0; school < SCHOOLS; school += 1) writeFileSync(join(folder, `school-${String(school).padStart(2, '0')}.csv`), exportOf(school));
  writeFileSync(join(folder, 'README.txt'), 'not an export');
});

describe('oa careers import DIR', () => {
  it('imports each school’s file all or nothing, refuses the two with bad rows, sums up, and exits with 1', async () => {
    const run = await runOa(['careers', 'import', folder], env, { now });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('school-17.csv, row 9: This pupil’s URN, year group, FSM or leaving date differs from row 8: one pupil must have one of each\n');
    expect(run.stderr).toContain('school-17.csv: 1 problem; nothing was imported from it.\n');
    expect(run.stderr).toContain('school-33.csv, row 7, encounter_date: There is no such day');
    expect(run.stderr).toContain('oa: 2 of 50 files were refused; the other files were imported.\n');
    expect(run.stdout).toContain('school-00.csv: 8 encounters: 8 new, 0 already held, 0 deleted; 4 pupils added or changed, 1 new employers.\n');
    expect(run.stdout).toContain('\nImported 48 of 50 files: 384 encounters: 384 new, 0 already held, 0 deleted; 192 pupils added or changed, 7 new employers.\n');
    expect(run.stdout).toContain('Refused 2 files, nothing imported from them:\n  school-17.csv: 1 problem (first: school-17.csv, row 9: This pupil’s');
    expect(run.stdout).toContain('\n  school-33.csv: 1 problem (first: school-33.csv, row 7, encounter_date: There is no such day');
    const handle = await openDatabase({ engine: 'sqlite', path: database });
    const schools = await handle.db.selectFrom('careers_pupils').select('urn').distinct().orderBy('urn').execute();
    await handle.close();
    expect(schools.map((s) => s.urn)).toEqual(Array.from({ length: SCHOOLS }, (_, s) => urnOf(s)).filter((urn) => urn !== urnOf(17) && urn !== urnOf(33)));

    // Put right, the two refused files go in; the others change nothing.
    writeFileSync(join(folder, 'school-17.csv'), exportOf(17).replace(/,9,Y,/g, ',9,N,'));
    writeFileSync(join(folder, 'school-33.csv'), exportOf(33).replace('2025-02-30', '2025-03-03'));
    const again = await runOa(['careers', 'import', folder], env, { now });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('\nImported 50 of 50 files: 400 encounters: 16 new, 384 already held, 0 deleted; 8 pupils added or changed, 0 new employers.\n');
  });

  it('refuses a folder with no CSV files in it', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const run = await runOa(['careers', 'import', empty], env, { now });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`oa: There are no .csv files in ${empty}\n`);
  });
});
