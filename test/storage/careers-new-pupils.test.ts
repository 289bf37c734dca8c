import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { saveLedger, type LedgerRow } from '../../src/storage/repositories/careers-ledger.repository.ts';
import { FileRowBatches, RUN_COLUMNS } from '../../src/storage/repositories/careers/file-row-batches.ts';
import { rebuildCoverageTallies } from '../../src/storage/repositories/careers/rebuild-coverage-tallies.ts';
import { recomputePupilTallies } from '../../src/storage/repositories/careers/recompute-pupil-tallies.ts';
import { loadDemoData } from '../../src/storage/seed/load-demo-data.ts';
import { LEDGER_TEST_TIME, LEDGER_WRITE_OPTIONS, ledgerRow, seedCareersSchools } from '../support/careers-fixture.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';

const now = fixedClock(LEDGER_TEST_TIME);
const options = LEDGER_WRITE_OPTIONS;

const row = ledgerRow;

/** Pupils `from` to `to − 1`, each with a few rows together (one dated before their secondary years), as a school's export lists them. */
function pupilRows(from: number, to: number): LedgerRow[] {
  const rows: LedgerRow[] = [];
  for (let n = from; n < to; n += 1) {
    const base = { pseudonym: `p${String(n)}`, urn: [141257, 140001, 140002][n % 3] ?? 141257, yearGroup: 7 + (n % 5), fsm: n % 4 === 0 };
    const first = 2025 - (base.yearGroup - 7);
    for (let k = 0; k <= n % 4; k += 1) {
      const year = first + (k % (base.yearGroup - 6));
      rows.push(row({ ...base, date: `${String(year)}-11-0${String(k + 1)}`, academicYear: year, employerName: k === 1 ? null : ['Acme Ltd', 'ACME  ltd', 'Bolt plc'][n % 3] ?? null }));
    }
    // Dated a year before the pupil's year 7: in the ledger, but not in their tallies.
    if (n % 5 === 0) rows.push(row({ ...base, date: `${String(first - 1)}-10-01`, academicYear: first - 1, type: 'mentoring' }));
  }
  return rows;
}

describe('a write’s runs carry their own tallies', () => {
  it('counts each run’s rows dated in the pupil’s secondary years so far, and their distinct academic years', () => {
    const batches = new FileRowBatches();
    const staged = (academicYear: number, day: number, pseudonym = 'a') => ({
      pseudonym, urn: 141257, yearGroup: 9, fsm: false, asAt: 2025, leavingDate: null, day, academicYear, typeCode: 0, employerName: null,
    });
    // Year 9 in 2025/26: years 7 to 9 are 2023 to 2025; 2022 is before year 7.
    [staged(2022, 20221001), staged(2023, 20231001), staged(2025, 20251001), staged(2025, 20251101), staged(2024, 20241001, 'b')].forEach((r, i) => batches.add(r, i + 2));
    const { runs } = batches.finish();
    const width = RUN_COLUMNS.length;
    const tallies = [0, 1].map((run) => [runs[run * width + RUN_COLUMNS.indexOf('encounters')], runs[run * width + RUN_COLUMNS.indexOf('encounter_years')]]);
    expect(tallies).toEqual([
      [3, 2],
      [1, 1],
    ]);
  });
});

describe('a write’s reading knows when each pupil’s rows are one run', () => {
  const staged = (pseudonym: string, day = 20251001) => ({
    pseudonym, urn: 141257, yearGroup: 9, fsm: false, asAt: 2025, leavingDate: null, day, academicYear: 2025, typeCode: 0, employerName: null,
  });
  const oneRunEach = (rows: readonly ReturnType<typeof staged>[]) => {
    const batches = new FileRowBatches();
    rows.forEach((r, i) => {
      if (batches.add(r, i + 2)) batches.take();
    });
    return batches.oneRunEach;
  };

  it('says so for pupils each in one run, and not for a pupil whose rows are apart or a row repeating another', () => {
    expect(oneRunEach([staged('a'), staged('a', 20251002), staged('b')])).toBe(true);
    expect(oneRunEach([staged('a'), staged('b'), staged('a', 20251002)])).toBe(false);
    expect(oneRunEach([staged('a'), staged('a')])).toBe(false);
    // The same pupil with other facts starts a run of its own: two runs.
    expect(oneRunEach([staged('a'), { ...staged('a', 20251002), fsm: true }])).toBe(false);
  });

  it('still finds a pupil whose rows are apart once it keeps pseudonyms in its filter rather than exactly', () => {
    const many = Array.from({ length: 120_000 }, (_, i) => staged(`pupil-${String(i)}`));
    expect(oneRunEach(many)).toBe(true);
    expect(oneRunEach([...many, staged('pupil-7', 20251002)])).toBe(false);
    expect(oneRunEach([...many, staged('pupil-119999', 20251002)])).toBe(true);
  });
});

describe.each(await testEngines())('pupils new to the ledger on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadDemoData(handle.db, now);
    await seedCareersSchools(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  /** The kept figures equal a recount from the ledger: pupils' tallies, employer load and coverage tallies. */
  async function expectFiguresMatchRecount(label: string): Promise<void> {
    const pupils = async () => handle.db.selectFrom('careers_pupils').select(['id', 'encounters', 'encounter_years']).orderBy('id').execute();
    const coverage = async () => handle.db.selectFrom('careers_coverage_tallies').selectAll().orderBy('target').orderBy('urn').orderBy('year_group').orderBy('fsm').execute();
    const kept = { pupils: await pupils(), coverage: await coverage() };
    const load = await handle.db.selectFrom('careers_employer_schools').selectAll().orderBy('employer_id').orderBy('urn').execute();
    const recount = await sql<{ employer_id: number; urn: number; encounters: number | string }>`
      select employer_id, urn, count(*) as encounters from careers_encounters where employer_id <> 0 group by employer_id, urn order by employer_id, urn`.execute(handle.db);
    expect(load.map((l) => [l.employer_id, l.urn, l.encounters]), `employer load ${label}`).toEqual(recount.rows.map((r) => [r.employer_id, r.urn, Number(r.encounters)]));
    // Recomputed from the ledger inside a transaction that is rolled back, so the kept figures are compared, not replaced.
    await handle.db
      .transaction()
      .execute(async (trx) => {
        await recomputePupilTallies(trx, 'select id from careers_pupils');
        await rebuildCoverageTallies(trx, null);
        const recounted = {
          pupils: await trx.selectFrom('careers_pupils').select(['id', 'encounters', 'encounter_years']).orderBy('id').execute(),
          coverage: await trx.selectFrom('careers_coverage_tallies').selectAll().orderBy('target').orderBy('urn').orderBy('year_group').orderBy('fsm').execute(),
        };
        expect(kept, label).toEqual(recounted);
        throw new Error('roll back');
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error) || error.message !== 'roll back') throw error;
      });
  }

  it('writes a first load and then more new pupils with figures equal to a recount, ids after any ever given, and every key and reference in place', async () => {
    // Pupils written and removed again: their ids are not given out again.
    await saveLedger(handle.db, pupilRows(0, 3), options);
    await sql`delete from careers_encounters`.execute(handle.db);
    await sql`delete from careers_employer_schools`.execute(handle.db);
    await sql`delete from careers_coverage_tallies`.execute(handle.db);
    await sql`delete from careers_pupils`.execute(handle.db);
    const first = pupilRows(0, 40);
    const counts = await saveLedger(handle.db, first, options);
    expect(counts).toEqual({ rows: first.length, pupilsChanged: 40, employersAdded: 0, inserted: first.length, unchanged: 0, deleted: 0, transferred: 0, held: 0 });
    const ids = (await handle.db.selectFrom('careers_pupils').select(['id', 'pseudonym']).orderBy('id').execute());
    expect(ids.map((p) => p.pseudonym)).toEqual(Array.from({ length: 40 }, (_, n) => `p${String(n)}`));
    expect(ids[0]?.id).toBeGreaterThan(3);
    await expectFiguresMatchRecount('first load');
    // More new pupils into a ledger that holds others, then the same file again (nothing new) and an existing pupil's new row.
    const more = pupilRows(40, 70);
    expect(await saveLedger(handle.db, more, options)).toMatchObject({ pupilsChanged: 30, inserted: more.length, unchanged: 0 });
    await expectFiguresMatchRecount('more pupils');
    expect(await saveLedger(handle.db, more, options)).toMatchObject({ pupilsChanged: 0, inserted: 0, unchanged: more.length });
    expect(await saveLedger(handle.db, [row({ pseudonym: 'p41', urn: 140002, yearGroup: 8, fsm: false, date: '2025-12-01' }), row({ pseudonym: 'new', date: '2025-12-02' })], options)).toMatchObject({ inserted: 2 });
    await expectFiguresMatchRecount('after a mixed write');
    const last = await handle.db.selectFrom('careers_pupils').select(['id']).where('pseudonym', '=', 'new').executeTakeFirstOrThrow();
    expect(last.id).toBeGreaterThan(Math.max(...ids.map((p) => p.id)) + 30);
    // The keys put back after the first load hold: a pupil's pseudonym and an encounter are each once in the ledger.
    await expect(sql`insert into careers_pupils (pseudonym, urn, year_group, fsm, as_at) values ('p1', 141257, 9, 0, 2025)`.execute(handle.db)).rejects.toThrow();
    const encounter = await handle.db.selectFrom('careers_encounters').selectAll().limit(1).executeTakeFirstOrThrow();
    await expect(handle.db.insertInto('careers_encounters').values(encounter).execute()).rejects.toThrow();
  });

  it('refuses a first load whose rows break a rule in the database, writing nothing, with the ledger’s keys still in place', async () => {
    await expect(saveLedger(handle.db, [...pupilRows(0, 10), row({ pseudonym: 'bad', yearGroup: 14 })], options)).rejects.toThrow();
    expect(await handle.db.selectFrom('careers_pupils').select('id').execute()).toEqual([]);
    expect(await handle.db.selectFrom('careers_encounters').select('pupil_id').execute()).toEqual([]);
    await saveLedger(handle.db, pupilRows(0, 10), options);
    await expect(sql`insert into careers_pupils (pseudonym, urn, year_group, fsm, as_at) values ('p1', 141257, 9, 0, 2025)`.execute(handle.db)).rejects.toThrow();
    await expectFiguresMatchRecount('after a refused load');
  });
});
