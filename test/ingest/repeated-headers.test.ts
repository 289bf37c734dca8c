import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAdviserFile, readEmployerFile } from '../../src/ingest/careers/read-directory-files.ts';
import { readEncounterFile } from '../../src/ingest/careers/read-encounter-file.ts';
import { parseRecipientsCsv } from '../../src/ingest/funding/read-recipients.ts';
import { parseSpendCsv } from '../../src/ingest/funding/read-spend-lines.ts';
import { ProblemList } from '../../src/ingest/report.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { fakeUpn } from '../support/careers-fixture.ts';
import { runOa } from '../support/cli.ts';
import { testEngines } from '../support/engines.ts';
import { csv, insertAreas, POSTCODE_ROWS, POSTCODES_HEADER, problemsOf, runKind, SPINE_HEADER, SPINE_ROWS, writeTemp } from './schools/fixtures.ts';
import { dumpDatabase } from './support/dump-database.ts';

const engines = await testEngines();

/**
 * Finding 8 of issue 23: a file with two columns of the same name was read silently, the last one winning
 * for schools and careers and the first for spend. Every CSV reader now refuses it, naming the header and
 * both columns, and imports nothing.
 */
describe('finding 8: duplicate CSV headers are refused, naming the header and both columns', () => {
  describe.each(engines)('published files through the importers on $name', (engine) => {
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

    it('refuses a school register with SCHNAME twice (as "schname" after the first), and imports no school', async () => {
      const before = await dumpDatabase(handle.db);
      // The second name column differs only in case, which the column matching ignores: the last one used to win.
      const header = [...SPINE_HEADER, 'schname'];
      const text = [header.join(','), ...SPINE_ROWS.map((row) => [...SPINE_HEADER.map((h) => row[h] ?? ''), 'Not the school name'].map((c) => (/[,"]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(','))].join('\r\n');
      const problems = problemsOf(await runKind(handle.db, 'schools', writeTemp('spine.csv', text)));
      expect(problems).toEqual([{ file: 'spine.csv', row: 1, column: 'SCHNAME', value: null, reason: 'The column "SCHNAME" appears twice, in columns 5 (E) and 25 (Y): remove or rename one of them' }]);
      expect(await dumpDatabase(handle.db)).toBe(before);
    });

    it('still accepts a file whose spreadsheet left several blank header cells', async () => {
      const header = [...SPINE_HEADER, '', ''];
      const text = [header.join(','), ...SPINE_ROWS.map((row) => [...SPINE_HEADER.map((h) => row[h] ?? ''), '', ''].map((c) => (/[,"]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(','))].join('\r\n');
      const outcome = await runKind(handle.db, 'schools', writeTemp('spine.csv', text));
      expect(outcome.ok).toBe(true);
    });
  });

  it('refuses a careers encounter export with upn twice (as "UPN" and "upn"), so no pupil is read from the wrong column', () => {
    const problems = new ProblemList('encounters.csv');
    const text = `UPN,urn,year_group,fsm,encounter_date,encounter_type,employer_name,upn\n${fakeUpn(1)},141257,9,N,2025-10-01,talk,Acme,${fakeUpn(2)}\n`;
    const rows = readEncounterFile(text, problems, { pseudonymise: (u) => u, asAt: 2025 });
    expect(rows).toEqual([]);
    expect(problems.items).toEqual([{ file: 'encounters.csv', row: 1, column: 'UPN', value: null, reason: 'The column "UPN" appears twice, in columns 1 (A) and 8 (H): remove or rename one of them' }]);
  });

  it('refuses employer and adviser files with a repeated column, matching "Employer Name" with "employer_name"', () => {
    const employers = new ProblemList('employers.csv');
    expect(readEmployerFile('employer_name,sector,Employer Name\nAcme,Retail,Bolt\n', employers)).toEqual([]);
    expect(employers.items.map((p) => p.reason)).toEqual(['The column "employer_name" appears twice, in columns 1 (A) and 3 (C): remove or rename one of them']);
    const advisers = new ProblemList('advisers.csv');
    expect(readAdviserFile('adviser_name,urn,URN\nAnn,141257,140001\n', advisers)).toEqual([]);
    expect(advisers.items.map((p) => p.reason)).toEqual(['The column "urn" appears twice, in columns 2 (B) and 3 (C): remove or rename one of them']);
  });

  it('refuses spend lines with amount_gbp twice, where the first used to win', () => {
    const context = { recipients: new Set(['blackpool']), years: null };
    const result = parseSpendCsv('recipient,kind,date,purpose,amount_gbp,Amount GBP\nblackpool,payment,2019-10-02,Tutoring,500,50000\n', 'spend.csv', context);
    expect(result).toEqual({ ok: false, problems: [{ file: 'spend.csv', row: 1, column: 'amount_gbp', value: null, reason: 'The column "amount_gbp" appears twice, in columns 5 (E) and 6 (F): remove or rename one of them' }] });
  });

  it('refuses a recipients file with a measure column twice, naming every repeat', () => {
    const result = parseRecipientsCsv('recipient,pupils,Pupils,recipient\nblackpool,10,20,derby\n', 'recipients.csv', 'pupils');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.reason)).toEqual([
      'The column "pupils" appears twice, in columns 2 (B) and 3 (C): remove or rename one of them',
      'The column "recipient" appears twice, in columns 1 (A) and 4 (D): remove or rename one of them',
    ]);
  });

  it('refuses published ranks for oa index compare with overall_rank twice', async () => {
    const path = writeTemp('ranks.csv', 'lad13_code,overall_rank,overall_rank\nE06000009,300,1\n');
    const run = await runOa(['index', 'compare', '--recipe', 'smc-2016', '--published', path], { DATABASE_URL: 'sqlite::memory:' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`oa: ${path}: The column "overall_rank" appears twice, in columns 2 (B) and 3 (C): remove or rename one of them\n`);
  });
});
