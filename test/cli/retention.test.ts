import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrlOrThrow } from '../../src/storage/database-url.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { fakeUpn, seedCareersSchools } from '../support/careers-fixture.ts';
import { cliDatabaseEngines } from '../support/cli-databases.ts';
import { runOa } from '../support/cli.ts';

const header = 'upn,urn,year_group,fsm,encounter_date,encounter_type,employer_name,leaving_date\n';

/**
 * Two lows of issue 23: re-importing brought back pupils that retention had removed, and
 * `oa retention apply --years 0` deleted every leaver unasked.
 */
describe.each(await cliDatabaseEngines('The retention tests'))('retention of leavers’ records on $name', (engine) => {
  const dir = mkdtempSync(join(tmpdir(), 'oa-retention-'));
  // Pupil 1 left in July 2019; pupil 2 is still on roll (year 11 in 2018/19 with no leaving date).
  const file = join(dir, 'ledger-2019.csv');
  let url: string;
  let drop: () => Promise<void>;
  const oa = (args: readonly string[], now: string) => runOa(args, { DATABASE_URL: url, OA_PSEUDONYM_KEY_FILE: join(dir, 'key'), USER: 'ann' }, { now });
  const pupils = async () => {
    const handle = await openDatabase(parseDatabaseUrlOrThrow(url));
    try {
      return (await handle.db.selectFrom('careers_pupils').select('leaving_date').orderBy('id').execute()).map((p) => p.leaving_date);
    } finally {
      await handle.close();
    }
  };

  beforeAll(async () => {
    ({ url, drop } = await engine.create());
    writeFileSync(file, header + `${fakeUpn(1)},141257,11,N,2018-10-01,talk,Acme,2019-07-20\n${fakeUpn(2)},141257,11,Y,2018-10-02,talk,Acme,\n`);
    expect((await oa(['db', 'migrate'], '2019-01-10T09:00:00.000Z')).code).toBe(0);
    expect((await oa(['demo', 'load'], '2019-01-10T09:00:00.000Z')).code).toBe(0);
    const handle = await openDatabase(parseDatabaseUrlOrThrow(url));
    await seedCareersSchools(handle.db);
    await handle.close();
    const first = await oa(['careers', 'import', file, '--academic-year', '2018/19'], '2020-01-10T09:00:00.000Z');
    expect(first.stderr).toBe('');
    expect(await pupils()).toEqual(['2019-07-20', null]);
  }, 120_000);
  afterAll(async () => {
    await drop();
  });

  it('low: oa retention apply --years 0 removes nothing without --confirm, and says how much it would', async () => {
    const run = await oa(['retention', 'apply', '--years', '0'], '2026-01-15T09:30:00.000Z');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('oa: --years 0 would remove every pupil who has left: 1 pupils and their 1 encounters. Nothing was removed. To go ahead, run the command again with --confirm\n');
    const shorter = await oa(['retention', 'apply', '--years', '2'], '2026-01-15T09:30:00.000Z');
    expect(shorter.code).toBe(2);
    expect(shorter.stderr).toContain('oa: --years 2 is shorter than the retention period of 6 years and would remove pupils who left before 2024-01-15: 1 pupils and their 1 encounters.');
    expect(await pupils()).toEqual(['2019-07-20', null]);
  });

  it('removes leavers past the period set without asking', async () => {
    const run = await oa(['retention', 'apply'], '2026-01-15T09:30:00.000Z');
    expect(run.stdout).toBe('Removed 1 pupils who left before 2020-01-15 (6 years ago) and their 1 encounters.\n');
    expect(await pupils()).toEqual([null]);
  });

  it('low: importing the same file again does not bring back the pupil retention removed, and says what it skipped', async () => {
    const run = await oa(['careers', 'import', file, '--academic-year', '2018/19'], '2026-01-15T09:30:00.000Z');
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      'ledger-2019.csv: 1 encounters: 0 new, 1 already held, 0 deleted; 0 pupils added or changed, 0 new employers.\n' +
        'Skipped 1 encounters of 1 pupils who left before 2020-01-15: records are kept 6 years after a pupil leaves (OA_RETENTION_YEARS), so they are not imported.\n',
    );
    expect(await pupils()).toEqual([null]);
  });

  it('takes --years 0 with --confirm', async () => {
    const leaver = join(dir, 'leaver.csv');
    writeFileSync(leaver, header + `${fakeUpn(3)},141257,11,N,2025-10-01,talk,Acme,2025-12-19\n`);
    expect((await oa(['careers', 'import', leaver, '--academic-year', '2025/26'], '2026-01-15T09:30:00.000Z')).code).toBe(0);
    const run = await oa(['retention', 'apply', '--years', '0', '--confirm'], '2026-01-15T09:30:00.000Z');
    expect(run.stdout).toBe('Removed 1 pupils who left before 2026-01-15 (0 years ago) and their 1 encounters.\n');
    expect(await pupils()).toEqual([null]);
  });
});
