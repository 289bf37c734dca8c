import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { fakeUpn, seedCareersSchools } from '../support/careers-fixture.ts';
import { runOa, type CliRun } from '../support/cli.ts';
import { addUser } from '../support/users.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-careers-'));
const database = join(dir, 'oa.sqlite');
const env = { DATABASE_URL: `sqlite:${database}` };
const now = '2026-01-15T09:30:00.000Z';
const upns = [1, 2, 3, 4, 5, 6].map(fakeUpn);
const runs: CliRun[] = [];
const oa = async (args: readonly string[]) => {
  const run = await runOa(args, env, { now });
  runs.push(run);
  return run;
};

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const header = 'UPN,URN,Year_Group,FSM,Encounter_Date,Encounter_Type,Employer_Name\r\n';
// Pupils 1–5 at St Mary's (year 9 in 2025/26, year 7 from September 2023); pupil 1 has four encounters.
const ledger = file(
  'ledger.csv',
  header +
    [
      `${upns[0] ?? ''},141257,9,N,2023-10-02,talk,Acme Ltd`,
      `${upns[0] ?? ''},141257,9,N,15/03/2024,Workplace visit,Acme Ltd`,
      `${upns[0] ?? ''},141257,9,N,2024-11-20,mentoring,Bolt plc`,
      `${upns[0] ?? ''},141257,9,N,2025-10-01,work experience,Bolt plc`,
      ...[1, 2, 3, 4].map((i) => `${(upns[i] ?? '').toLowerCase()},141257,Y9,${i % 2 === 0 ? 'Y' : 'N'},2025-10-01,talk,Acme Ltd`),
      `${upns[5] ?? ''},140002,7,Y,2025-12-01,enterprise activity,`,
    ].join('\r\n') +
    '\r\n',
);

beforeAll(async () => {
  expect((await oa(['db', 'migrate'])).code).toBe(0);
  expect((await oa(['demo', 'load'])).code).toBe(0);
  const handle = await openDatabase({ engine: 'sqlite', path: database });
  await seedCareersSchools(handle.db);
  await handle.close();
});

describe('oa careers import', () => {
  it('imports an export, keeping a keyed hash of each UPN made with a key created beside the database with mode 0600', async () => {
    const run = await oa(['careers', 'import', ledger]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('ledger.csv: 9 encounters: 9 new, 0 already held, 0 deleted; 6 pupils added or changed, 2 new employers.\n');
    const keyFile = `${database}.pseudonym-key`;
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const key = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex');
    const handle = await openDatabase({ engine: 'sqlite', path: database });
    const stored = (await handle.db.selectFrom('careers_pupils').select('pseudonym').orderBy('pseudonym').execute()).map((p) => p.pseudonym);
    await handle.close();
    expect(stored).toEqual(upns.map((u) => createHmac('sha256', key).update(u).digest('hex')).sort());
  });

  it('changes nothing when the same file is imported again', async () => {
    const run = await oa(['careers', 'import', ledger]);
    expect(run.stdout).toBe('ledger.csv: 9 encounters: 0 new, 9 already held, 0 deleted; 0 pupils added or changed, 0 new employers.\n');
  });

  it('refuses a file with any bad row, naming row, column and reason, and never repeating a UPN', async () => {
    const bad = file(
      'bad.csv',
      header +
        [
          `A${(upns[0] ?? '').slice(1)},141257,9,N,2025-10-01,talk,Acme`.replace(/^A/, (upns[0] ?? '').startsWith('A') ? 'B' : 'A'),
          `${upns[1] ?? ''},141257,14,maybe,2025-02-30,lunch,Acme`,
          `${upns[2] ?? ''},999999,9,N,2020-10-01,talk,Acme`,
          `${upns[3] ?? ''},141257,9,Y,2025-10-01,talk,Acme`,
        ].join('\n') +
        '\n',
    );
    const run = await oa(['careers', 'import', bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad.csv, row 2, upn: The UPN’s check letter does not match its digits: check it was copied correctly\n');
    expect(run.stderr).toContain('bad.csv, row 3, year_group: A year group is a secondary year from 7 to 13, like 9 or Y9 (value "14")');
    expect(run.stderr).toContain('bad.csv, row 3, fsm: Use Y or N');
    expect(run.stderr).toContain('bad.csv, row 3, encounter_date: There is no such day');
    expect(run.stderr).toContain('bad.csv, row 3, encounter_type: "lunch" is not an encounter type');
    expect(run.stderr).toContain('bad.csv, row 4, encounter_date: A pupil in year 9 in 2025/26 was in secondary school from 1 September 2023');
    expect(run.stderr).toMatch(/bad\.csv: 6 problems; nothing was imported\.\n$/);
    expect((await oa(['careers', 'report', '--by', 'fsm', '--format', 'json'])).stdout).toContain('"pupils": 6');
  });

  it('leaves no UPN anywhere in the database files or in anything the commands printed', () => {
    const bytes = ['', '-wal', '-shm'].map((suffix) => database + suffix).filter(existsSync).map((path) => readFileSync(path).toString('latin1')).join('');
    const printed = runs.map((r) => r.stdout + r.stderr).join('');
    expect(bytes.length).toBeGreaterThan(10_000);
    for (const upn of upns) {
      for (const form of [upn, upn.toLowerCase(), upn.slice(1)]) {
        expect(bytes.includes(form), `${form} in the database`).toBe(false);
        expect(printed.includes(form), `${form} in the output`).toBe(false);
      }
    }
  });
});

describe('oa careers report', () => {
  it('gives coverage by school as JSON rows with urn, pupils, reached_target and share', async () => {
    const run = await oa(['careers', 'report', '--by', 'school', '--format', 'json']);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { urn: number; pupils: number; reached_target: number; share: number; gap: number | null }[];
    expect(rows.map((r) => [r.urn, r.pupils, r.reached_target, r.share, r.gap])).toEqual([
      [140002, 1, 0, 0, null],
      [141257, 5, 1, 20, -33.3],
    ]);
    const lower = JSON.parse((await oa(['careers', 'report', '--by', 'school', '--target', '1', '--format', 'json'])).stdout) as { share: number }[];
    expect(lower.map((r) => r.share)).toEqual([100, 100]);
    const eachYear = JSON.parse((await oa(['careers', 'report', '--by', 'fsm', '--target', '1', '--each-year', '--format', 'json'])).stdout) as { group: string; reached_target: number }[];
    expect(eachYear.map((r) => [r.group, r.reached_target])).toEqual([['fsm', 1], ['not_fsm', 1], ['all', 2]]);
  });

  it('hides small counts with --suppress, and writes CSV with the symbol c', async () => {
    const run = await oa(['careers', 'report', '--by', 'area', '--suppress', '--format', 'csv']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('district_code,name,schools,pupils,reached_target,share,fsm_share,other_share,gap');
    // Derby's 1 pupil is hidden, so Blackpool's 5 is too: the grand total of 6 would give Derby away. A count of schools reveals no pupil.
    expect(lines[1]).toBe('E06000009,Blackpool,1,c,c,c,c,c,c');
  });

  it('rejects a target that is not a whole number with exit code 2', async () => {
    expect((await oa(['careers', 'report', '--target', '0'])).code).toBe(2);
  });
});

describe('oa demo careers and oa retention apply', () => {
  it('generates labelled synthetic pupils over the register’s secondary schools and reports on them', async () => {
    const run = await oa(['demo', 'careers', '--pupils', '300', '--encounters', '1500', '--seed', '3']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Synthetic careers data \(marked synthetic; pseudonyms "synthetic:3:<n>"\): 300 pupils in 3 secondary schools, \d+ encounters, 40 employers, 2 Enterprise Advisers\.\n$/);
    const again = await oa(['demo', 'careers', '--pupils', '300', '--encounters', '1500', '--seed', '3']);
    expect(again.stdout).toContain('replaced 300 earlier synthetic pupils');
    const rows = JSON.parse((await oa(['careers', 'report', '--by', 'fsm', '--format', 'json'])).stdout) as { group: string; pupils: number }[];
    expect(rows.find((r) => r.group === 'all')?.pupils).toBe(306);
  });

  it('removes leavers past the retention period and says how many', async () => {
    const leaver = file('leaver.csv', 'upn,urn,year_group,fsm,encounter_date,encounter_type,employer_name,leaving_date\n' + `${fakeUpn(40)},141257,11,N,2020-10-01,talk,Acme,2021-07-20\n`);
    expect((await oa(['careers', 'import', leaver, '--academic-year', '2020/21'])).code).toBe(0);
    const run = await oa(['retention', 'apply', '--years', '4', '--confirm']);
    expect(run.stdout).toBe('Removed 1 pupils who left before 2022-01-15 (4 years ago) and their 1 encounters.\n');
  });
});

describe('oa careers employers import and oa careers advisers import', () => {
  it('sets employers’ cornerstone flag, sector and location by name, changing nothing the second time', async () => {
    const employers = file('employers.csv', 'Employer_Name,Cornerstone,Sector,Location\r\nACME  ltd,Y,Manufacturing,Blackpool\r\nNew Co,,,\r\n');
    expect((await oa(['careers', 'employers', 'import', employers])).stdout).toBe('employers.csv: 2 employers: 1 added, 1 updated.\n');
    expect((await oa(['careers', 'employers', 'import', employers])).stdout).toBe('employers.csv: 2 employers: 0 added, 0 updated.\n');
    const handle = await openDatabase({ engine: 'sqlite', path: database });
    const acme = await handle.db.selectFrom('careers_employers').select(['name', 'cornerstone', 'sector']).where('name_key', '=', 'acme ltd').executeTakeFirstOrThrow();
    await handle.close();
    expect(acme).toEqual({ name: 'ACME ltd', cornerstone: 1, sector: 'Manufacturing' });
  });

  it('matches advisers to schools once each, and refuses a file naming a school not in the register', async () => {
    const advisers = file('advisers.csv', 'adviser_name,urn,employer_name\nPat Adviser,141257,Acme Ltd\nPat  adviser,140001,\n');
    expect((await oa(['careers', 'advisers', 'import', advisers])).stdout).toBe('advisers.csv: 1 advisers added, 2 school links added.\n');
    expect((await oa(['careers', 'advisers', 'import', advisers])).stdout).toBe('advisers.csv: 0 advisers added, 0 school links added.\n');
    const bad = await oa(['careers', 'advisers', 'import', file('bad-advisers.csv', 'adviser_name,urn\nSam,999999\n,12\n')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad-advisers.csv, row 3, adviser_name: An adviser’s name is required');
    expect(bad.stderr).toContain('bad-advisers.csv, row 3, urn: A URN must be 6 digits');
  });
});

describe('oa careers import and pupils on another school’s roll (finding 2)', () => {
  const moving = fakeUpn(50);
  const joining = fakeUpn(51);
  const pupilAt = async (upn: string) => {
    const key = Buffer.from(readFileSync(`${database}.pseudonym-key`, 'utf8').trim(), 'hex');
    const handle = await openDatabase({ engine: 'sqlite', path: database });
    try {
      return await handle.db.selectFrom('careers_pupils').select(['id', 'urn', 'year_group', 'fsm', 'held_for']).where('pseudonym', '=', createHmac('sha256', key).update(upn).digest('hex')).executeTakeFirst();
    } finally {
      await handle.close();
    }
  };

  it('stops the national team’s import at a pupil on another school’s roll, naming the encounter, and moves them only with --transfer-pupils', async () => {
    expect((await oa(['careers', 'import', file('derby.csv', `${header}${moving},140002,10,Y,2025-10-01,talk,Acme\r\n${joining},140002,9,N,2025-10-01,talk,Acme\r\n`)])).code).toBe(0);
    const arrival = file('arrival.csv', `${header}${moving},141257,10,N,2025-11-03,mentoring,Bolt plc\r\n`);
    const refused = await oa(['careers', 'import', arrival]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('arrival.csv, upn: The pupil at encounter 1 is on the roll of school 140002: if they have moved to 141257, import again with --transfer-pupils to move them\n');
    expect(refused.stderr + refused.stdout).not.toContain(moving.slice(1));
    expect(await pupilAt(moving)).toMatchObject({ urn: 140002, year_group: 10, fsm: 1 });
    const moved = await oa(['careers', 'import', arrival, '--transfer-pupils']);
    expect(moved.stdout).toBe('arrival.csv: 1 encounters: 1 new, 0 already held, 0 deleted; 1 pupils added or changed, 0 new employers. 1 pupils transferred from another school.\n');
    expect(await pupilAt(moving)).toMatchObject({ urn: 141257, fsm: 0, held_for: null });
    const audit = JSON.parse((await oa(['audit', 'list', '--format', 'json'])).stdout) as { action: string; entityId: string; summary: { transferred?: number; pupilsElsewhere?: string } }[];
    expect(audit.find((a) => a.action === 'careers.import' && a.entityId === 'arrival.csv')?.summary).toMatchObject({ transferred: 1, pupilsElsewhere: 'move' });
  });

  it('imports as a school user: only their own schools, and a pupil on another school’s roll is kept apart, never moved', async () => {
    const handle = await openDatabase({ engine: 'sqlite', path: database });
    await addUser(handle.db, 'academy@example.gov.uk', 'school', ['school:140001']);
    await handle.close();
    const before = await pupilAt(joining);
    const theirs = await oa(['careers', 'import', file('academy.csv', `${header}${joining},140001,9,Y,2025-11-05,talk,Acme\r\n`), '--as', 'academy@example.gov.uk']);
    // The same words as for a new pupil: nothing says the pupil is known at another school.
    expect(theirs.stdout).toBe('academy.csv: 1 encounters: 1 new, 0 already held, 0 deleted; 1 pupils added or changed, 0 new employers.\n');
    expect(await pupilAt(joining)).toEqual(before);
    const reopened = await openDatabase({ engine: 'sqlite', path: database });
    const held = await reopened.db.selectFrom('careers_pupils').select(['urn', 'fsm', 'held_for', 'encounters']).where('held_for', '=', before?.id ?? -1).execute();
    await reopened.close();
    expect(held).toEqual([{ urn: 140001, fsm: 1, held_for: before?.id, encounters: 1 }]);

    const outside = await oa(['careers', 'import', file('outside.csv', `${header}${fakeUpn(52)},141257,9,N,2025-11-05,talk,Acme\r\n`), '--as', 'academy@example.gov.uk']);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain('outside.csv, urn: URN 141257: academy@example.gov.uk cannot import this school’s pupils. You need pupil-level edit access to this school. It is outside the areas and schools you can access. (value "141257")');
    expect((await oa(['careers', 'import', file('both.csv', header), '--as', 'academy@example.gov.uk', '--transfer-pupils'])).code).toBe(2);
  });
});
