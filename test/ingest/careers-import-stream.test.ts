import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importEncounters, type ImportEncountersOptions } from '../../src/ingest/careers/import-encounters.ts';
import { createPseudonymiser } from '../../src/ingest/careers/pseudonym-key.ts';
import { readEncounterFile } from '../../src/ingest/careers/read-encounter-file.ts';
import { undecodableReason } from '../../src/ingest/csv/read-text-file.ts';
import { splitCsvRecords } from '../../src/ingest/csv/split-csv-records.ts';
import { CsvStreamError, streamCsvRecords } from '../../src/ingest/csv/stream-csv-records.ts';
import { ProblemList } from '../../src/ingest/report.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { FILE_ROWS_BATCH, FileRowsWriter } from '../../src/storage/repositories/careers/file-rows.ts';
import { loadDemoData } from '../../src/storage/seed/load-demo-data.ts';
import { CAREERS_SCHOOLS, fakeUpn, seedCareersSchools } from '../support/careers-fixture.ts';
import { fixedClock } from '../support/clock.ts';
import { writeEncounterCsv } from '../support/encounter-csv.ts';
import { testEngines } from '../support/engines.ts';
import { createServices } from '../../src/storage/services/create-services.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-careers-stream-'));
const urns = CAREERS_SCHOOLS.map((s) => s.urn);
const key = Buffer.alloc(32, 3);
const options: ImportEncountersOptions = {
  pseudonymise: createPseudonymiser(key),
  asAt: 2025,
  replace: false,
  actor: { userId: null, label: 'test' },
  now: fixedClock('2026-01-15T09:30:00.000Z'),
  principal: null,
  transferPupils: false,
  retentionYears: 6,
};
const big = join(dir, 'big.csv');
const spoiled = join(dir, 'spoiled.csv');
let bigPupils = 0;

beforeAll(async () => {
  bigPupils = (await writeEncounterCsv(big, { rows: 100_000, urns, asAt: 2025 })).pupils;
  // Bad rows at the start, the middle and the end: a wrong check letter, no such day, an unknown type.
  await writeEncounterCsv(spoiled, {
    rows: 30_000,
    urns,
    asAt: 2025,
    seed: 2,
    edit: (row, cells) => {
      const upn = cells[0] ?? '';
      if (row === 0) cells[0] = `${upn.startsWith('A') ? 'B' : 'A'}${upn.slice(1)}`;
      if (row === 15_000) cells[4] = '2025-02-30';
      if (row === 29_999) cells[5] = 'assembly';
    },
  });
});

/** What the in-memory reader (the importer before it streamed) finds in a file: the reference. */
function referenceProblems(path: string) {
  const problems = new ProblemList('x');
  readEncounterFile(readFileSync(path, 'utf8'), problems, options);
  return { problems: problems.items.map(({ row, column, value, reason }) => ({ row, column, value, reason })), more: problems.truncatedBy };
}

describe.each(await testEngines())('streaming careers import on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadDemoData(handle.db, fixedClock('2026-01-01T00:00:00.000Z'));
    await seedCareersSchools(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  const count = async (table: 'careers_pupils' | 'careers_encounters' | 'careers_employers') =>
    Number((await handle.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('imports a 100,000-row file end to end', async () => {
    const first = await importEncounters(createServices(handle.db), big, options);
    expect(first).toMatchObject({ ok: true, counts: { rows: 100_000, inserted: 100_000, unchanged: 0, deleted: 0, pupilsChanged: bigPupils, transferred: 0, held: 0 } });
    expect(await count('careers_encounters')).toBe(100_000);
    expect(await count('careers_pupils')).toBe(bigPupils);
    // The pupils' kept tallies add up to the ledger.
    const tallied = await handle.db.selectFrom('careers_pupils').select((eb) => eb.fn.sum<number | string>('encounters').as('n')).executeTakeFirstOrThrow();
    expect(Number(tallied.n)).toBe(100_000);
  });

  it('refuses a big file with bad rows at its start, middle and end, naming each as the in-memory reader does, and writes nothing', async () => {
    const outcome = await importEncounters(createServices(handle.db), spoiled, options);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const reference = referenceProblems(spoiled);
    expect(outcome.problems.map(({ row, column, value, reason }) => ({ row, column, value, reason }))).toEqual(reference.problems);
    expect(outcome.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'upn'],
      [15_002, 'encounter_date'],
      [30_001, 'encounter_type'],
    ]);
    expect(await count('careers_encounters')).toBe(0);
    expect(await count('careers_pupils')).toBe(0);
    expect(await count('careers_employers')).toBe(0);
  });

  it('finds what only the whole file shows as the in-memory reader does, also for pupils whose rows are apart', async () => {
    const [a, b, c, d] = [fakeUpn(701), fakeUpn(702), fakeUpn(703), fakeUpn(704)];
    const lines = [
      'upn,urn,year_group,fsm,encounter_date,encounter_type,employer_name',
      `${a},141257,9,N,2024-10-01,talk,Acme`,
      `${a},141257,9,N,2024-10-02,talk,Acme`,
      `${a},141257,9,N,2024-10-01,talk,ACME `, // repeats row 2, within its run
      `${b},140001,8,Y,2025-10-01,talk,`,
      `${a},141257,9,N,2024-10-02,talk,acme`, // repeats row 3, a run apart
      `${a},141257,10,N,2024-10-03,talk,Acme`, // differs from row 2
      `${c},140002,7,N,2025-10-01,mentoring,Bolt`,
      `${b},140001,8,N,2025-10-02,talk,`, // differs from row 5
      `${b},140001,8,Y,2025-10-01,talk,`, // repeats row 5
      `${a},141257,10,N,2024-10-03,talk,Acme`, // differs from row 2 (not a repeat of row 7, itself refused)
      `${c},140002,7,N,2025-10-01,mentoring,Bolt`, // repeats row 8, two runs apart
      `${d},140001,8,N,2025-11-01,talk,Bolt`,
      `${d},140001,8,N,2025-11-01,talk,Bolt`, // repeats row 13: a pupil whose rows are together
    ];
    const path = join(dir, 'cross.csv');
    writeFileSync(path, lines.join('\n') + '\n');
    const outcome = await importEncounters(createServices(handle.db), path, options);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const problems = outcome.problems.map(({ row, column, value, reason }) => ({ row, column, value, reason }));
    expect(problems).toEqual(referenceProblems(path).problems);
    expect(problems.map((p) => p.row)).toEqual([4, 6, 7, 9, 10, 11, 12, 14]);
    expect(await count('careers_encounters')).toBe(0);
  });
});

describe('streaming careers import memory', () => {
  it('pseudonymises as HMAC-SHA256 with the key, from padded hashes made once, remembering a bounded number', () => {
    for (const k of [key, Buffer.alloc(32, 0xab), Buffer.from('short key')]) {
      const pseudonymise = createPseudonymiser(k);
      for (let n = 0; n < 60_000; n += 997) {
        const upn = fakeUpn(n);
        expect(pseudonymise(upn)).toBe(createHmac('sha256', k).update(upn, 'utf8').digest('hex'));
      }
      // Any other text too: shorter or longer than a UPN, or 13 characters that are not 13 bytes.
      for (const text of ['', 'b8012', `${fakeUpn(3)}0`, `${fakeUpn(4).slice(0, 12)}é`, 'ü'.repeat(40)]) {
        expect(pseudonymise(text)).toBe(createHmac('sha256', k).update(text, 'utf8').digest('hex'));
      }
    }
    const pseudonymise = createPseudonymiser(key);
    const first = pseudonymise(fakeUpn(1));
    for (let n = 2; n < 50_010; n += 1) pseudonymise(fakeUpn(n));
    expect(pseudonymise(fakeUpn(1))).toBe(first);
  });

  it('reads a file in pieces of about a megabyte, each ending at a record, with every record’s file row', async () => {
    let records = 0;
    let largest = 0;
    let lastRow = 0;
    const wrong: number[] = [];
    for await (const piece of streamCsvRecords(big)) {
      largest = Math.max(largest, piece.records.length);
      for (const record of piece.records) {
        if (record.row !== lastRow + 1 || record.cells.length !== 7) wrong.push(record.row);
        lastRow = record.row;
        records += 1;
      }
    }
    expect(wrong).toEqual([]);
    expect(records).toBe(100_001);
    // About 70 bytes a row: a megabyte is some 15,000 rows, a small part of the file.
    expect(largest).toBeLessThan(20_000);
  });

  it('reads quoted values across its pieces, UTF-16 as UTF-8, and refuses broken quoting and Latin-1 as the whole-file reader does', async () => {
    // 40,000 records, every fifth with a quoted value holding a comma, a doubled quote and a line break,
    // so pieces of a megabyte end near quotes; rows count the line breaks inside quotes.
    const lines = ['a,b'];
    for (let i = 0; i < 40_000; i += 1) lines.push(i % 5 === 0 ? `${String(i)},"x, ""y""\nz ${'w'.repeat(i % 97)}"` : `${String(i)},${'v'.repeat(i % 89)}`);
    const text = lines.join('\r\n') + '\r\n';
    const read = async (path: string) => {
      const records: { row: number; cells: string[] }[] = [];
      for await (const piece of streamCsvRecords(path)) records.push(...piece.records);
      return records;
    };
    const utf8 = join(dir, 'quoted.csv');
    writeFileSync(utf8, text);
    const whole = splitCsvRecords(text);
    expect(whole.ok).toBe(true);
    expect(await read(utf8)).toEqual(whole.ok ? whole.records : []);
    const utf16 = join(dir, 'quoted-utf16.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(await read(utf16)).toEqual(whole.ok ? whole.records : []);

    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, `${text}7,"never closed\r\n${'8,ok\r\n'.repeat(1000)}`);
    const refused = await read(broken).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CsvStreamError);
    const wholeBroken = splitCsvRecords(readFileSync(broken, 'utf8'));
    expect(wholeBroken.ok).toBe(false);
    expect((refused as CsvStreamError).line).toBe(wholeBroken.ok ? -1 : wholeBroken.line);

    const latin1 = join(dir, 'latin1.csv');
    writeFileSync(latin1, Buffer.concat([Buffer.from(text.slice(0, 2_000_000)), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])]));
    const undecodable = await read(latin1).catch((error: unknown) => error);
    expect(undecodable).toBeInstanceOf(CsvStreamError);
    expect((undecodable as CsvStreamError).reason).toBe(undecodableReason(false));
  });

  it('holds no more than a batch of rows before writing it', () => {
    const writer = new FileRowsWriter({} as never, undefined);
    const row = { pseudonym: 'p', urn: 141257, yearGroup: 9, fsm: false, asAt: 2025, leavingDate: null, date: '2025-10-01', academicYear: 2025, type: 'talk', employerName: null };
    const ready: number[] = [];
    for (let i = 1; i <= FILE_ROWS_BATCH; i += 1) if (writer.add({ ...row, pseudonym: `p${String(i)}` }, i + 1)) ready.push(i);
    expect(ready).toEqual([FILE_ROWS_BATCH]);
  });

  it('keeps the heap flat through a 100,000-row import: it grows by far less than the file would take held whole', async () => {
    const [sqlite] = await testEngines();
    if (sqlite === undefined) return;
    const handle = await sqlite.open();
    try {
      await migrateToLatestOrThrow(handle.db);
      await loadDemoData(handle.db, fixedClock('2026-01-01T00:00:00.000Z'));
      await seedCareersSchools(handle.db);
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      const outcome = await importEncounters(createServices(handle.db), big, { ...options, onProgress: () => (peak = Math.max(peak, process.memoryUsage().heapUsed)) });
      expect(outcome.ok).toBe(true);
      // A bound on what the importer holds (a piece of the file, a batch of rows), whatever the file's size.
      expect((peak - before) / 2 ** 20).toBeLessThan(64);
    } finally {
      await handle.close();
    }
  });
});
