import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/ingest/csv/read-text-file.ts';
import { readEmployerFile } from '../../src/ingest/careers/read-directory-files.ts';
import { ProblemList } from '../../src/ingest/report.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { runOa } from '../support/cli.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';
import { csv, insertAreas, POSTCODE_ROWS, POSTCODES_HEADER, problemsOf, runKind, spineCsv, spineWith, writeTemp } from './schools/fixtures.ts';
import { dumpDatabase } from './support/dump-database.ts';

const engines = await testEngines();

/**
 * Finding 9 of issue 23: a 400 MB school name imported, after which one school's API took 27 s to fail and
 * an anonymous list returned 419 MB. Every import now has field-length limits and a file size limit, each
 * refused like any other problem (row, column, reason), and write routes a body limit. With them, the lows on
 * files: one over the limit, or saved as UTF-16, was refused as "may be Latin-1".
 */
describe('finding 9: imported text has length limits, files a size limit, request bodies a limit', () => {
  describe.each(engines)('the school register on $name', (engine) => {
    let handle: DatabaseHandle;
    beforeEach(async () => {
      handle = await engine.open();
      await migrateToLatestOrThrow(handle.db);
      await insertAreas(handle.db, ['E06000009', 'E10000003']);
      await runKind(handle.db, 'postcodes', writeTemp('postcodes.csv', csv(POSTCODES_HEADER, POSTCODE_ROWS)));
    });
    afterEach(async () => {
      await handle.close();
    });

    it('refuses a school name over 500 characters with its row, column and length, quoting only its start, and imports nothing', async () => {
      const before = await dumpDatabase(handle.db);
      const name = 'A'.repeat(1_001);
      const problems = problemsOf(await runKind(handle.db, 'schools', writeTemp('spine.csv', spineCsv(spineWith('100001', { SCHNAME: name })))));
      expect(problems).toEqual([{ file: 'spine.csv', row: 3, column: 'SCHNAME', value: `${'A'.repeat(200)}…`, reason: 'This value is 1,001 characters long: it must be 500 characters or fewer' }]);
      expect(await dumpDatabase(handle.db)).toBe(before);
    });

    it('takes a name of exactly 500 characters', async () => {
      const outcome = await runKind(handle.db, 'schools', writeTemp('spine.csv', spineCsv(spineWith('100001', { SCHNAME: 'B'.repeat(500) }))));
      expect(outcome.ok).toBe(true);
      const school = await handle.db.selectFrom('schools').select('name').where('urn', '=', 100001).executeTakeFirstOrThrow();
      expect(school.name).toHaveLength(500);
    });

    it('refuses any cell over 5,000 characters before reading it, whatever the column (here a URN; in a name, 100,001 characters)', async () => {
      const problems = problemsOf(await runKind(handle.db, 'schools', writeTemp('spine.csv', spineCsv(spineWith('100001', { URN: '1'.repeat(5_001) })))));
      expect(problems.map((p) => [p.row, p.column, p.reason])).toEqual([[3, 'URN', 'This value is 5,001 characters long: it must be 5,000 characters or fewer']]);
      const named = problemsOf(await runKind(handle.db, 'schools', writeTemp('spine.csv', spineCsv(spineWith('100001', { SCHNAME: 'A'.repeat(100_001) })))));
      expect(named.map((p) => [p.row, p.column, p.reason])).toEqual([[3, 'SCHNAME', 'This value is 100,001 characters long: it must be 5,000 characters or fewer']]);
    });

    it('reads a register saved as UTF-16 with its byte-order mark (Excel "Unicode Text") as the same schools', async () => {
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(spineCsv(), 'utf16le')]);
      const outcome = await runKind(handle.db, 'schools', writeTemp('spine-utf16.csv', utf16));
      expect(outcome.ok && outcome.counts).toMatchObject({ rows: 3, inserted: 3 });
      const names = await handle.db.selectFrom('schools').select('name').orderBy('urn').execute();
      expect(names[0]?.name).toBe("Sir John Cass's Foundation Primary School");
    });
  });

  describe('file size and encoding', () => {
    let big: string;
    beforeAll(() => {
      // A sparse file: its size is what the limit reads, and it takes no room on disk.
      big = writeTemp('schools.csv', '');
      const fd = openSync(big, 'r+');
      ftruncateSync(fd, 1_200_000_000);
      closeSync(fd);
    });
    afterAll(() => {
      ftruncateSync(openSync(big, 'r+'), 0);
    });

    it('refuses a file over 1 GB as too large, saying what to do, not as "may be Latin-1"', async () => {
      const env = { DATABASE_URL: `sqlite:${writeTemp('oa.sqlite', '')}` };
      expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
      const run = await runOa(['import', 'schools', big], env);
      expect(run.stderr).toContain('schools.csv: The file is 1.2 GB, more than the 500 MB one import takes: split it into smaller files, or keep only the rows and columns you need');
      expect(run.code).toBe(1);
    });

    it('names the limit and the size when a file is over a smaller limit', async () => {
      const result = await readTextFile(writeTemp('small.csv', 'x'.repeat(1_500_001)), { maxBytes: 1_000_000 });
      expect(result).toEqual({ ok: false, reason: 'The file is 1.5 MB, more than the 1 MB one import takes: split it into smaller files, or keep only the rows and columns you need' });
    });

    it('reads big-endian UTF-16, and says a damaged UTF-16 file is damaged, not Latin-1', async () => {
      const be = Buffer.from('\uFEFFurn,name\n141257,Café\n', 'utf16le').swap16();
      expect(await readTextFile(writeTemp('be.csv', be))).toMatchObject({ ok: true, file: { text: 'urn,name\n141257,Café\n' } });
      const damaged = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('urn', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41])]);
      expect(await readTextFile(writeTemp('damaged.csv', damaged))).toEqual({ ok: false, reason: 'The file is UTF-16 text but damaged further on: in Excel, save it again as "CSV UTF-8"' });
      expect(await readTextFile(writeTemp('latin1.csv', Buffer.from('urn,name\n141257,Caf\xe9\n', 'latin1')))).toEqual({
        ok: false,
        reason: 'The file is not UTF-8 text (it may be Latin-1 or Windows-1252): in Excel, save it as "CSV UTF-8"',
      });
    });
  });

  it('refuses an employer sector or location over 200 characters', () => {
    const problems = new ProblemList('employers.csv');
    expect(readEmployerFile(`employer_name,sector,location\nAcme,${'s'.repeat(201)},Blackpool\n`, problems)).toEqual([]);
    expect(problems.items.map((p) => [p.row, p.column, p.reason])).toEqual([[2, 'sector', 'The sector must be 200 characters or fewer']]);
  });

  describe.each(engines)('request bodies on $name', (engine) => {
    let t: TestApp;
    let admin: SignedIn;
    beforeAll(async () => {
      t = await startTestApp(engine);
      await addUser(t.handle.db, 'admin@example.gov.uk', 'admin');
      admin = await signIn(t.app, 'admin@example.gov.uk');
    });
    afterAll(async () => {
      await t.close();
    });

    it('answers 413 with the limit to a form post over 64 KB, before reading it', async () => {
      const entry = { what: 'x'.repeat(70 * 1024), where: 'Blackpool', forWhom: 'Year 5', evidenceStrand: 'tutoring', result: 'Better', contact: 'a@example.gov.uk' };
      const response = await t.app.inject({ method: 'POST', url: '/api/opportunity-areas/blackpool/what-worked', headers: admin.headers, payload: entry });
      expect(response.statusCode).toBe(413);
      expect(response.json()).toEqual({ error: { code: 'payload_too_large', message: 'The request is too large: this address takes at most 64 KB. Send less at a time' } });
    });

    it('still takes an allocation of 2,000 recipients (about 90 KB)', async () => {
      const recipients = Array.from({ length: 2_000 }, (_, i) => ({ id: `recipient-number-${String(i).padStart(6, '0')}`, measure: String(1 + (i % 97)) }));
      const response = await t.app.inject({ method: 'POST', url: '/api/funds/opportunity-areas-2020-21/allocations/preview', headers: admin.headers, payload: { formula: 'proportional', recipients } });
      expect(response.statusCode).toBe(200);
      expect(response.json<{ rows: unknown[] }>().rows).toHaveLength(2_000);
    });
  });
});
