import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { finishFirstLoad, saveLedger, writeFileRows, type LedgerRow } from '../../src/storage/repositories/careers-ledger.repository.ts';
import { encounterDay, typeCode } from '../../src/storage/repositories/careers/encounter-columns.ts';
import { FileRowBatches } from '../../src/storage/repositories/careers/file-row-batches.ts';
import { countLeftBefore, createFileRows, dropFileRows, FileRowsWriter, removeLeftBefore } from '../../src/storage/repositories/careers/file-rows.ts';
import { FirstLoad } from '../../src/storage/repositories/careers/first-load.ts';
import { transactionWithClient } from '../../src/storage/postgres-client-transaction.ts';
import type { Database } from '../../src/storage/schema.ts';
import { loadDemoData } from '../../src/storage/seed/load-demo-data.ts';
import { LEDGER_TEST_TIME, LEDGER_WRITE_OPTIONS, ledgerRow, seedCareersSchools } from '../support/careers-fixture.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';

const now = fixedClock(LEDGER_TEST_TIME);
const options = LEDGER_WRITE_OPTIONS;
const CUT_OFF = '2020-01-15';

const row = ledgerRow;

/**
 * Pupils `from` to `to − 1`, each with their rows together: up to 40 rows each (so a run is open across
 * batches), employers spelt several ways and some rows naming none, one pupil in seven left before the
 * cut-off, some rows dated before the pupil's year 7 (in the ledger, not in their tallies).
 */
function pupilRows(from: number, to: number): LedgerRow[] {
  const rows: LedgerRow[] = [];
  for (let n = from; n < to; n += 1) {
    const yearGroup = 7 + (n % 5);
    const base = { pseudonym: `p${String(n)}`, urn: [141257, 140001, 140002][n % 3] ?? 141257, yearGroup, fsm: n % 4 === 0, leavingDate: n % 7 === 3 ? '2019-07-20' : null };
    const first = 2025 - (yearGroup - 7);
    for (let k = 0; k < 1 + ((n * 13) % 40); k += 1) {
      const year = first - 1 + (k % (yearGroup - 5));
      const day = `${String(year)}-${String(9 + (k % 3)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`;
      rows.push(row({ ...base, date: day, academicYear: year, type: ['talk', 'mentoring', 'careers_fair'][Math.floor(k / 28) % 3] ?? 'talk', employerName: k % 5 === 1 ? null : ['Acme Ltd', 'ACME  ltd', 'Bolt plc', `Firm ${String(n % 9)}`][k % 4] ?? null }));
    }
  }
  return rows;
}

const leftBefore = (rows: readonly LedgerRow[]) => new Set(rows.filter((r) => r.leavingDate !== null && r.leavingDate < CUT_OFF).map((r) => r.pseudonym)).size;

/** The rows as the reading thread hands them over: batches of `FileRowBatches`, with file lines from 2. */
function batchesOf(rows: readonly LedgerRow[], skippedLine?: number): { batches: ReturnType<FileRowBatches['take']>[]; oneRunEach: boolean } {
  const reading = new FileRowBatches();
  const batches: ReturnType<FileRowBatches['take']>[] = [];
  rows.forEach((r, i) => {
    const staged = { ...r, day: encounterDay(r.date), typeCode: typeCode(r.type) };
    // A line left out (a refused row or a blank line) moves the lines of the rows after it.
    const line = skippedLine !== undefined && i + 2 >= skippedLine ? i + 3 : i + 2;
    if (reading.add(staged, line)) batches.push(reading.take());
  });
  batches.push(reading.finish());
  return { batches, oneRunEach: reading.oneRunEach };
}

/** Loads `rows` through `FirstLoad` as the import does: what it wrote, or why it gave way (nothing written). */
async function firstLoad(db: Kysely<Database>, rows: readonly LedgerRow[], skippedLine?: number) {
  const { batches, oneRunEach } = batchesOf(rows, skippedLine);
  return transactionWithClient(db, async (trx, client) => {
    await createFileRows(trx);
    const load = await FirstLoad.begin(trx, client, CUT_OFF);
    if (load === null) throw new Error('not empty');
    for (const batch of batches) await load.append(batch);
    const done = await finishFirstLoad(trx, load, oneRunEach, options);
    if (done === null) throw new Error(`gave way: ${String(load.abandoned)}`);
    await dropFileRows(trx);
    return done;
  }).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
}

/** The same batches the general way, as the import stages a file: into the write's tables, then written from them. */
async function stagedLoad(db: Kysely<Database>, rows: readonly LedgerRow[]) {
  const { batches, oneRunEach } = batchesOf(rows);
  return transactionWithClient(db, async (trx, client) => {
    await createFileRows(trx);
    const writer = new FileRowsWriter(trx, client);
    for (const batch of batches) await writer.append(batch);
    const pastRetention = await countLeftBefore(trx, CUT_OFF);
    await removeLeftBefore(trx, CUT_OFF);
    return { counts: await writeFileRows(trx, { ...options, oneRunEach }), pastRetention };
  });
}

/** Every table of the ledger, and the structures on it, as rows to compare. */
async function ledgerOf(db: Kysely<Database>, engine: string) {
  const all = async (query: string) => (await sql.raw<Record<string, unknown>>(query).execute(db)).rows.map((r) => Object.values(r).map((v) => (typeof v === 'bigint' || typeof v === 'string' ? String(v) : v)));
  return {
    pupils: await all('select id, pseudonym, urn, year_group, fsm, as_at, leaving_date, synthetic, encounters, encounter_years, held_for from careers_pupils order by id'),
    encounters: await all('select * from careers_encounters order by pupil_id, encounter_day, type_code, employer_id'),
    employers: await all('select id, name, name_key, synthetic from careers_employers order by id'),
    load: await all('select * from careers_employer_schools order by employer_id, urn'),
    coverage: await all('select * from careers_coverage_tallies order by target, urn, year_group, fsm'),
    structures: await all(
      engine === 'sqlite'
        ? "select name, sql from sqlite_master where tbl_name like 'careers%' order by name"
        : `select conname as name, pg_get_constraintdef(oid) as sql from pg_constraint where connamespace = current_schema()::regnamespace and conrelid::regclass::text like 'careers%'
           union all select indexname, replace(indexdef, current_schema() || '.', '') from pg_indexes where schemaname = current_schema() and tablename like 'careers%' order by 1, 2`,
    ),
  };
}

describe.each(await testEngines())('a first load straight into an empty ledger on $name', (engine) => {
  let handle: DatabaseHandle;
  let reference: DatabaseHandle;
  beforeEach(async () => {
    [handle, reference] = [await engine.open(), await engine.open()];
    for (const h of [handle, reference]) {
      await migrateToLatestOrThrow(h.db);
      await loadDemoData(h.db, now);
      await seedCareersSchools(h.db);
    }
  });
  afterEach(async () => {
    await handle.close();
    await reference.close();
  });

  it('writes the ledger, its figures, keys and indexes as the staged write does, leaving out pupils past retention', async () => {
    const rows = pupilRows(0, 900);
    expect(rows.length).toBeGreaterThan(15_000);
    const kept = rows.filter((r) => r.leavingDate === null || r.leavingDate >= CUT_OFF);
    const done = await firstLoad(handle.db, rows);
    expect(done).toEqual(await stagedLoad(reference.db, rows));
    expect(done).toMatchObject({ pastRetention: { pupils: leftBefore(rows), encounters: rows.length - kept.length } });
    expect(await ledgerOf(handle.db, engine.name)).toEqual(await ledgerOf(reference.db, engine.name));
    const audit = async (db: Kysely<Database>) => (await db.selectFrom('audit_log').select(['action', 'summary']).where('action', '=', 'careers.import').execute());
    expect(await audit(handle.db)).toEqual(await audit(reference.db));
  });

  it('gives way, writing nothing, to a line left out, a repeated row, a school not in the register, a pupil whose rows are apart or a ledger holding pupils', async () => {
    const rows = pupilRows(0, 300);
    const before = await ledgerOf(handle.db, engine.name);
    const half = Math.floor(rows.length / 2);
    const repeated = [...rows.slice(0, half), rows[half - 1] ?? row(), ...rows.slice(half)];
    expect(await firstLoad(handle.db, repeated)).toBe('gave way: repeated row');
    expect(await firstLoad(handle.db, rows, half)).toBe('gave way: line skipped');
    expect(await firstLoad(handle.db, [...rows, row({ pseudonym: 'elsewhere', urn: 999_999 })])).toBe('gave way: school not in the register');
    // Past retention, an unknown school is not the file's: it is left out, not refused.
    expect(await firstLoad(handle.db, [...rows, row({ pseudonym: 'gone', urn: 999_999, leavingDate: '2018-07-01' })])).toMatchObject({ pastRetention: { pupils: leftBefore(rows) + 1 } });
    await sql`delete from careers_encounters`.execute(handle.db);
    await sql`delete from careers_employer_schools`.execute(handle.db);
    await sql`delete from careers_coverage_tallies`.execute(handle.db);
    await sql`delete from careers_pupils`.execute(handle.db);
    await sql`delete from audit_log where action = 'careers.import'`.execute(handle.db);
    expect(await firstLoad(handle.db, [...rows, row({ pseudonym: 'p5', urn: 140002, yearGroup: 12, date: '2025-12-24', academicYear: 2025 })])).toBe('gave way: pupil with rows apart');
    // The employers the load past retention added stay; nothing else of the loads that gave way.
    expect({ ...(await ledgerOf(handle.db, engine.name)), employers: null }).toEqual({ ...before, employers: null });
    await saveLedger(handle.db, [row()], options);
    expect(await firstLoad(handle.db, rows)).toBe('not empty');
  });
});
