import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isNormalisedUpn, parseUpn } from '../../../src/domain/careers/index.ts';
import { EncounterRowReader } from '../../../src/ingest/careers/encounter-row-reader.ts';
import { importEncounters, type ImportEncountersOptions } from '../../../src/ingest/careers/import-encounters.ts';
import { createPseudonymiser } from '../../../src/ingest/careers/pseudonym-key.ts';
import { checkEncounterRecord, readEncounterFile, readEncounterHeader } from '../../../src/ingest/careers/read-encounter-file.ts';
import { ProblemList } from '../../../src/ingest/report.ts';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { encounterDay, typeCode } from '../../../src/storage/repositories/careers/encounter-columns.ts';
import { loadDemoData } from '../../../src/storage/seed/load-demo-data.ts';
import { CAREERS_SCHOOLS, fakeUpn, seedCareersSchools } from '../../support/careers-fixture.ts';
import { fixedClock } from '../../support/clock.ts';
import { writeEncounterCsv } from '../../support/encounter-csv.ts';
import { testEngines } from '../../support/engines.ts';
import { createServices } from '../../../src/storage/services/create-services.ts';

const pseudonymise = createPseudonymiser(Buffer.alloc(32, 5));
const options = { pseudonymise, asAt: 2025 };

describe('normalised UPNs', () => {
  it('are exactly the UPNs parseUpn gives back unchanged', () => {
    const candidates = [fakeUpn(1), fakeUpn(77), 'B801200005001', 'A801200005001', 'b801200005001', ' B801200005001', 'B80120000500A', 'B80120000500', 'B8012000050011', '1801200005001', ''];
    for (const text of candidates) {
      const parsed = parseUpn(text);
      expect(isNormalisedUpn(text), text).toBe(parsed.ok && parsed.value === text);
    }
  });
});

describe('reading encounter rows quickly', () => {
  const headerCells = ['upn', 'urn', 'year_group', 'fsm', 'encounter_date', 'encounter_type', 'employer_name', 'leaving_date'];
  const upn = fakeUpn(12);
  // Cells written the usual way (read quickly) and otherwise (read by the full check), good and bad.
  const spellings: Record<string, readonly string[]> = {
    upn: [upn, upn.toLowerCase(), ` ${upn}`, `${upn.slice(0, 12)}X`, 'A801200005001', ''],
    urn: ['141257', ' 141257', '14125', '1412577', 'abcdef', '012345'],
    year_group: ['9', '09', 'Y9', 'Year 10', '6', '14', '', '7', '13'],
    fsm: ['Y', 'N', 'y', 'yes', 'FALSE', '1', 'maybe', ''],
    encounter_date: ['15/10/2024', '2024-10-15', '5/10/2024', '29/02/2024', '29/02/2025', '2025-02-30', '2024-13-01', ' 2024-10-15', '2024/10/15', '01/09/0099', '31/08/2026', '01/09/2019'],
    encounter_type: ['talk', 'Workplace visit', 'WORK-EXPERIENCE', 'Employer talk', 'assembly', ''],
    employer_name: ['Acme Ltd', '  ACME   ltd ', '', 'x'.repeat(201), `${'y'.repeat(199)}  z`],
    leaving_date: ['', '2025-07-20', '20/07/2025', 'soon', '   '],
  };
  const base = [upn, '141257', '9', 'N', '2024-10-15', 'talk', 'Acme Ltd', ''];

  it('gives every row the value and problems the full check gives, however its cells are written', () => {
    const header = readEncounterHeader(headerCells, new ProblemList('x'));
    if (header === null) throw new Error('header refused');
    const quick = new ProblemList('x', 10_000);
    const reader = new EncounterRowReader(header, quick, options);
    let row = 2;
    let compared = 0;
    for (const [column, values] of Object.entries(spellings)) {
      const at = headerCells.indexOf(column);
      for (const value of values) {
        // Each spelling on its own, then twice in a row (a pupil's next row), then beside another odd cell.
        for (const cells of [[...base], [...base], base.map((c, i) => (i === 3 ? 'yes' : c))]) {
          cells[at] = value;
          const full = new ProblemList('x', 10_000);
          const expected = checkEncounterRecord(header, { row, cells }, full, options);
          const before = quick.items.length;
          const read = reader.read({ row, cells });
          expect(quick.items.slice(before)).toEqual(full.items);
          expect(read === null ? null : { ...read }).toEqual(
            expected === null
              ? null
              : {
                  pseudonym: expected.pseudonym, urn: expected.urn, yearGroup: expected.yearGroup, fsm: expected.fsm, asAt: expected.asAt, leavingDate: expected.leavingDate,
                  day: encounterDay(expected.date), academicYear: expected.academicYear, typeCode: typeCode(expected.type), employerName: expected.employerName,
                },
          );
          row += 1;
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(150);
  });
});

describe.each(await testEngines())('a careers file read on its own thread on $name', (engine) => {
  const dir = mkdtempSync(join(tmpdir(), 'oa-careers-thread-'));
  const importOptions: ImportEncountersOptions = {
    pseudonymise,
    asAt: 2025,
    replace: false,
    actor: { userId: null, label: 'test' },
    now: fixedClock('2026-01-15T09:30:00.000Z'),
    principal: null,
    transferPupils: false,
    retentionYears: 6,
  };
  // A function the importer cannot make again on another thread: the file is read on the import's own.
  const onThisThread = { ...importOptions, pseudonymise: (text: string) => pseudonymise(text) };
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

  it('reports what the import’s own thread and the in-memory reader report, for bad rows and for quoting broken late in the file', async () => {
    const urns = CAREERS_SCHOOLS.map((s) => s.urn);
    const path = join(dir, 'bad.csv');
    // About 2 MB, so it is read on a thread: bad cells spread through it, then a quote never closed.
    await writeEncounterCsv(path, {
      rows: 30_000,
      urns,
      asAt: 2025,
      seed: 4,
      edit: (row, cells) => {
        if (row % 997 === 5) cells[2] = 'Y14';
        if (row % 1999 === 7) cells[3] = 'perhaps';
        if (row === 12_345) cells[0] = (cells[0] ?? '').toLowerCase();
      },
    });
    const reference = (file: string) => {
      const problems = new ProblemList('x');
      readEncounterFile(readFileSync(file, 'utf8'), problems, importOptions);
      return problems.items.map(({ row, column, value, reason }) => ({ row, column, value, reason }));
    };
    const strip = (outcome: Awaited<ReturnType<typeof importEncounters>>) => (outcome.ok ? [] : outcome.problems.map(({ row, column, value, reason }) => ({ row, column, value, reason })));
    const threaded = await importEncounters(createServices(handle.db), path, importOptions);
    const here = await importEncounters(createServices(handle.db), path, onThisThread);
    expect(threaded.ok).toBe(false);
    expect(strip(threaded)).toEqual(reference(path));
    expect(strip(here)).toEqual(strip(threaded));
    expect(strip(threaded).length).toBeGreaterThan(40);

    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, `${readFileSync(path, 'utf8')}${fakeUpn(9)},141257,9,N,2025-10-01,talk,"Acme\r\n`);
    const refused = await importEncounters(createServices(handle.db), broken, importOptions);
    expect(strip(refused)).toEqual(reference(broken));
    expect(strip(refused)).toHaveLength(1);
  });

  it('writes the same ledger as reading on the import’s own thread', async () => {
    const path = join(dir, 'good.csv');
    await writeEncounterCsv(path, { rows: 40_000, urns: CAREERS_SCHOOLS.map((s) => s.urn), asAt: 2025, seed: 6 });
    const ledger = async () =>
      (
        await handle.db
          .selectFrom('careers_encounters as e')
          .innerJoin('careers_pupils as p', 'p.id', 'e.pupil_id')
          .select(['p.pseudonym', 'e.encounter_day', 'e.type_code', 'e.employer_id', 'e.urn', 'p.encounters'])
          .orderBy('p.pseudonym')
          .orderBy('e.encounter_day')
          .orderBy('e.type_code')
          .orderBy('e.employer_id')
          .execute()
      ).map((r) => `${r.pseudonym}|${String(r.encounter_day)}|${String(r.type_code)}|${String(r.employer_id)}|${String(r.urn)}|${String(r.encounters)}`);
    const here = await importEncounters(createServices(handle.db), path, { ...onThisThread, replace: true });
    expect(here).toMatchObject({ ok: true, counts: { rows: 40_000, inserted: 40_000 } });
    const first = await ledger();
    await handle.db.deleteFrom('careers_encounters').execute();
    await handle.db.deleteFrom('careers_employer_schools').execute();
    await handle.db.deleteFrom('careers_pupils').execute();
    const threaded = await importEncounters(createServices(handle.db), path, { ...importOptions, replace: true });
    expect(threaded).toMatchObject({ ok: true, counts: { rows: 40_000, inserted: 40_000 } });
    expect(await ledger()).toEqual(first);
  });
});
