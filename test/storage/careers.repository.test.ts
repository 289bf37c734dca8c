import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { academicYearOf, bruteForceCoverage, summariseCoverage, type CoveragePupil, type CoverageRule, type LedgerEntry } from '../../src/domain/careers/index.ts';
import { seededRandom } from '../../src/domain/social-mobility-index/seeded-random.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { listAudit } from '../../src/storage/repositories/audit.repository.ts';
import { coverageTallies } from '../../src/storage/repositories/careers-coverage.repository.ts';
import { deleteEncounters, employerKey, saveLedger, type LedgerRow } from '../../src/storage/repositories/careers-ledger.repository.ts';
import { adviserCoverage, employerLoad } from '../../src/storage/repositories/careers-advisers.repository.ts';
import { saveAdvisers, saveEmployers } from '../../src/storage/repositories/careers-directory.repository.ts';
import { applyRetention } from '../../src/storage/repositories/careers-retention.repository.ts';
import { replaceSyntheticCareers } from '../../src/storage/repositories/careers-synthetic.repository.ts';
import { transferHeldPupil } from '../../src/storage/repositories/careers-transfers.repository.ts';
import { PupilsHeldElsewhereError } from '../../src/storage/repositories/careers/pupils-elsewhere.ts';
import { ENCOUNTER_TYPES, generateSyntheticCareers, isoDateOf } from '../../src/domain/careers/index.ts';
import { loadDemoData } from '../../src/storage/seed/load-demo-data.ts';
import { CAREERS_SCHOOLS, seedCareersSchools } from '../support/careers-fixture.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';
import { recomputePupilTallies } from '../../src/storage/repositories/careers/recompute-pupil-tallies.ts';
import { rebuildCoverageTallies } from '../../src/storage/repositories/careers/rebuild-coverage-tallies.ts';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../src/storage/schema.ts';

const recomputeForTest = (trx: Transaction<Database>) => recomputePupilTallies(trx, 'select id from careers_pupils');

const now = fixedClock('2026-01-15T09:30:00.000Z');
const actor = { userId: null, label: 'cli:test' };
const options = (replace = false) => ({ replace, actor, now: '2026-01-15T09:30:00.000Z', source: 'test.csv', pupilsElsewhere: 'move' as const });

const row = (over: Partial<LedgerRow> = {}): LedgerRow => ({
  pseudonym: 'p1', urn: 141257, yearGroup: 9, fsm: false, asAt: 2025, leavingDate: null,
  date: '2025-10-15', academicYear: 2025, type: 'talk', employerName: 'Acme Ltd', ...over,
});

/** The ledger as the test believes it is: pupils by pseudonym, encounters by their key. */
interface Model {
  pupils: Map<string, LedgerRow>;
  encounters: Map<string, LedgerRow>;
}

const encounterKey = (r: LedgerRow) => `${r.pseudonym}|${r.date}|${r.type}|${r.employerName === null ? '' : employerKey(r.employerName)}`;

function applyToModel(model: Model, rows: readonly LedgerRow[], replace: boolean): void {
  for (const r of rows) model.pupils.set(r.pseudonym, r);
  if (replace) {
    const urns = new Set(rows.map((r) => r.urn));
    const kept = new Set(rows.map(encounterKey));
    for (const [key, e] of model.encounters) if (urns.has(e.urn) && !kept.has(key)) model.encounters.delete(key);
  }
  for (const r of rows) if (!model.encounters.has(encounterKey(r))) model.encounters.set(encounterKey(r), r);
}

function expected(model: Model, rule: CoverageRule) {
  const pupils: CoveragePupil[] = [...model.pupils.values()]
    .filter((p) => p.leavingDate === null)
    .map((p) => ({ id: p.pseudonym, urn: p.urn, yearGroup: p.yearGroup, fsm: p.fsm, asAt: p.asAt }));
  const ledger: LedgerEntry[] = [...model.encounters.values()].map((e) => ({ pupilId: e.pseudonym, date: e.date }));
  return summariseCoverage(bruteForceCoverage(pupils, ledger, rule, (p) => String(p.urn)));
}

/** A random export: pupils with a fixed school and FSM status, year groups as at `asAt`, dates in their secondary years. */
function randomRows(random: () => number, asAt: number, pupils: number): LedgerRow[] {
  const pick = (n: number) => Math.floor(random() * n);
  const rows = new Map<string, LedgerRow>();
  const count = 5 + pick(25);
  for (let i = 0; i < count; i += 1) {
    const n = pick(pupils);
    // A new academic year moves some pupils to another school, so both schools' figures must follow.
    const urn = CAREERS_SCHOOLS[(n + (n % 2) * (asAt - 2023)) % 3]?.urn ?? 141257;
    // Each pupil started year 7 in 2019 + (n mod 5): their year group follows from asAt.
    const yearGroup = Math.min(13, Math.max(7, asAt - (2019 + (n % 5)) + 7));
    const first = asAt - (yearGroup - 7);
    const year = first + pick(yearGroup - 6);
    const r = row({
      pseudonym: `p${String(n)}`, urn, yearGroup, fsm: n % 4 === 0, asAt, leavingDate: n % 9 === 8 && random() < 0.5 ? '2020-07-20' : null,
      date: `${String(random() < 0.5 ? year : year + 1)}-${random() < 0.5 ? '10' : '03'}-${String(1 + pick(2)).padStart(2, '0')}`,
      type: ['talk', 'mentoring', 'workplace_visit'][pick(3)] ?? 'talk', employerName: random() < 0.2 ? null : ['Acme Ltd', 'ACME  ltd', 'Bolt plc'][pick(3)] ?? null,
    });
    const fixed = { ...r, academicYear: academicYearOf(r.date) };
    const prior = [...rows.values()].find((x) => x.pseudonym === fixed.pseudonym);
    rows.set(encounterKey(fixed), prior === undefined ? fixed : { ...fixed, leavingDate: prior.leavingDate });
  }
  return [...rows.values()];
}

describe.each(await testEngines())('careers storage on $name', (engine) => {
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

  /** Employer load equals a recount of the ledger, and every school holding encounters of a pupil now elsewhere is noted. */
  async function expectKeptFiguresMatchLedger(label = ''): Promise<void> {
    const recount = await sql<{ employer_id: number; urn: number; encounters: number | string }>`
      select employer_id, urn, count(*) as encounters from careers_encounters where employer_id <> 0 group by employer_id, urn order by employer_id, urn`.execute(handle.db);
    const kept = await handle.db.selectFrom('careers_employer_schools').selectAll().orderBy('employer_id').orderBy('urn').execute();
    expect(kept.map((k) => [k.employer_id, k.urn, k.encounters]), `employer load ${label}`).toEqual(recount.rows.map((r) => [r.employer_id, r.urn, Number(r.encounters)]));
    const pairs = await sql<{ n: number | string }>`
      select count(*) as n from (select distinct e.urn, e.pupil_id from careers_encounters e join careers_pupils p on p.id = e.pupil_id where e.urn <> p.urn) e
      where not exists (select 1 from careers_pupil_schools k where k.urn = e.urn and k.pupil_id = e.pupil_id)`.execute(handle.db);
    expect(Number(pairs.rows[0]?.n), `pupils' schools ${label}`).toBe(0);
  }

  it('adds encounters once: the same rows again change nothing, and employers match whatever their spacing and case', async () => {
    const rows = [row(), row({ date: '2025-11-01', employerName: '  acme   LTD ' }), row({ pseudonym: 'p2', fsm: true, employerName: null })];
    expect(await saveLedger(handle.db, rows, options())).toEqual({ rows: 3, pupilsChanged: 2, employersAdded: 1, inserted: 3, unchanged: 0, deleted: 0, transferred: 0, held: 0 });
    expect(await saveLedger(handle.db, rows, options())).toEqual({ rows: 3, pupilsChanged: 0, employersAdded: 0, inserted: 0, unchanged: 3, deleted: 0, transferred: 0, held: 0 });
    const pupil = await handle.db.selectFrom('careers_pupils').selectAll().where('pseudonym', '=', 'p1').executeTakeFirstOrThrow();
    expect(pupil).toMatchObject({ urn: 141257, year_group: 9, encounters: 2, encounter_years: 1 });
    const audit = await listAudit(handle.db, { entityType: 'careers_ledger' });
    expect(audit.map((a) => a.action)).toEqual(['careers.import']);
    expect(JSON.stringify(audit)).not.toContain('p1');
  });

  it('writes nothing when a row breaks a rule in the database, and works again afterwards', async () => {
    await expect(saveLedger(handle.db, [row(), row({ pseudonym: 'bad', yearGroup: 14 })], options())).rejects.toThrow();
    expect(await handle.db.selectFrom('careers_encounters').select('pupil_id').execute()).toEqual([]);
    expect(await saveLedger(handle.db, [row()], options())).toMatchObject({ inserted: 1 });
  });

  it('reports coverage by school, area, FSM and year group, counting only pupils on roll', async () => {
    const four = ['2023-10-01', '2024-10-01', '2025-10-01', '2025-11-01'];
    await saveLedger(handle.db, [
      ...four.map((date) => row({ pseudonym: 'a', date, academicYear: academicYearOf(date) })),
      row({ pseudonym: 'b', fsm: true }),
      row({ pseudonym: 'c', urn: 140002, yearGroup: 7 }),
      row({ pseudonym: 'd', leavingDate: '2025-12-01' }),
    ], options());
    const bySchool = await coverageTallies(handle.db, { by: 'school', rule: { target: 4, eachYear: false } });
    expect(summariseCoverage(bySchool.rows).map((g) => [g.key, g.pupils, g.reached, g.fsm.pupils])).toEqual([['140002', 1, 0, 0], ['141257', 2, 1, 1]]);
    expect(bySchool.labels.get('141257')).toBe("St Mary's Catholic Academy");
    const byArea = summariseCoverage((await coverageTallies(handle.db, { by: 'area', rule: { target: 1, eachYear: false } })).rows);
    expect(byArea.map((g) => [g.key, g.pupils, g.reached])).toEqual([['E06000009', 2, 2], ['E06000015', 1, 1]]);
    // Pupil a (year 9) has encounters in each of 2023/24, 2024/25 and 2025/26: every year so far.
    const eachYear = summariseCoverage((await coverageTallies(handle.db, { by: 'year_group', rule: { target: 1, eachYear: true } })).rows);
    expect(eachYear.map((g) => [g.key, g.pupils, g.reached])).toEqual([['7', 1, 1], ['9', 2, 1]]);
    const scoped = await coverageTallies(handle.db, { by: 'fsm', rule: { target: 1, eachYear: false }, districtCodes: ['E06000015'] });
    expect(scoped.rows).toEqual([{ key: 'all', fsm: false, pupils: 1, reached: 1 }]);
  });

  it('moves a pupil’s figures with them when a later file names another school', async () => {
    await saveLedger(handle.db, [row(), row({ pseudonym: 'stays', urn: 140001 })], options());
    await saveLedger(handle.db, [row({ urn: 140002, date: '2025-11-01' })], options());
    const bySchool = summariseCoverage((await coverageTallies(handle.db, { by: 'school', rule: { target: 2, eachYear: false } })).rows);
    expect(bySchool.map((g) => [g.key, g.pupils, g.reached])).toEqual([['140001', 1, 0], ['140002', 1, 1]]);
  });

  it('finds a pupil who has moved on when their old school replaces its ledger', async () => {
    await saveLedger(handle.db, [row(), row({ pseudonym: 'stays' })], options());
    // The pupil's next school sends its file: they are now at 140001, their 141257 encounter stays theirs.
    await saveLedger(handle.db, [row({ urn: 140001, date: '2025-11-01' })], options());
    await expectKeptFiguresMatchLedger();
    // The old school's corrected ledger no longer lists them: that encounter goes, the new school's stays.
    expect(await saveLedger(handle.db, [row({ pseudonym: 'stays' })], options(true))).toMatchObject({ deleted: 1 });
    const left = await handle.db.selectFrom('careers_encounters').select(['urn', 'encounter_day']).where('pupil_id', '=', (eb) => eb.selectFrom('careers_pupils').select('id').where('pseudonym', '=', 'p1')).execute();
    expect(left).toEqual([{ urn: 140001, encounter_day: 20251101 }]);
    expect(await handle.db.selectFrom('careers_pupils').select('encounters').where('pseudonym', '=', 'p1').executeTakeFirstOrThrow()).toEqual({ encounters: 1 });
    await expectKeptFiguresMatchLedger();
  });

  it('keeps a pupil on another school’s roll apart for that school’s own writes, refuses them to the national team’s unless moved, and a transfer merges the two (finding 2)', async () => {
    const pupil = (pseudonym: string) => handle.db.selectFrom('careers_pupils').select(['id', 'urn', 'year_group', 'fsm', 'encounters', 'held_for']).where('pseudonym', '=', pseudonym).executeTakeFirstOrThrow();
    const heldFor = (id: number) => handle.db.selectFrom('careers_pupils').select(['id', 'urn', 'fsm', 'encounters']).where('held_for', '=', id).execute();
    const bySchool = async () => summariseCoverage((await coverageTallies(handle.db, { by: 'school', rule: { target: 1, eachYear: false } })).rows).map((g) => [g.key, g.pupils]);
    await saveLedger(handle.db, [row(), row({ date: '2025-11-01', employerName: 'Bolt plc' })], options());
    const main = await pupil('p1');

    const theirs = [row({ urn: 140001, fsm: true, date: '2025-11-01', employerName: 'Bolt plc' }), row({ urn: 140001, fsm: true, date: '2025-12-01' })];
    expect(await saveLedger(handle.db, theirs, { ...options(), pupilsElsewhere: 'hold' })).toMatchObject({ inserted: 2, pupilsChanged: 1, held: 1, transferred: 0 });
    expect(await pupil('p1')).toEqual(main);
    const [copy] = await heldFor(main.id);
    expect(copy).toMatchObject({ urn: 140001, fsm: 1, encounters: 2 });
    expect(await saveLedger(handle.db, theirs, { ...options(), pupilsElsewhere: 'hold' })).toMatchObject({ inserted: 0, pupilsChanged: 0, held: 1 });
    // A school's corrected file reaches its own records only: the pupil's record at 141257 keeps both encounters.
    expect(await saveLedger(handle.db, [row({ urn: 140001, fsm: true, date: '2025-12-01' })], { ...options(true), pupilsElsewhere: 'hold' })).toMatchObject({ deleted: 1 });
    expect(await pupil('p1')).toEqual(main);
    expect(await bySchool()).toEqual([['140001', 1], ['141257', 1]]);
    await expectKeptFiguresMatchLedger('held');

    const refused = await saveLedger(handle.db, [row({ urn: 140002, date: '2026-01-05' })], { ...options(), pupilsElsewhere: 'refuse' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PupilsHeldElsewhereError);
    expect((refused as PupilsHeldElsewhereError).pupils).toEqual([{ pseudonym: 'p1', urn: 140002, heldAt: 141257 }]);
    expect(await handle.db.selectFrom('careers_encounters').select('pupil_id').where('encounter_day', '=', 20260105).execute()).toEqual([]);

    // The held record's 2025-11-01 talk with Bolt is one the pupil already has: only 2025-12-01 is new to them.
    await saveLedger(handle.db, theirs, { ...options(), pupilsElsewhere: 'hold' });
    expect(await transferHeldPupil(handle.db, { urn: 140001, heldId: copy?.id ?? -1, expectedFrom: 141257, reason: 'Moved school' }, actor, now)).toEqual({ ok: true, from: 141257, mergedEncounters: 1 });
    expect(await pupil('p1')).toEqual({ ...main, urn: 140001, fsm: 1, encounters: 3 });
    expect(await heldFor(main.id)).toEqual([]);
    expect(await bySchool()).toEqual([['140001', 1]]);
    await expectKeptFiguresMatchLedger('transferred');
    expect(await transferHeldPupil(handle.db, { urn: 140001, heldId: copy?.id ?? -1, expectedFrom: 141257, reason: 'again' }, actor, now)).toEqual({ ok: false, reason: 'not_found' });

    // Moving (the national team's --transfer-pupils) takes over a record the new school held for the pupil.
    await saveLedger(handle.db, [row({ pseudonym: 'p2', urn: 141257 })], options());
    await saveLedger(handle.db, [row({ pseudonym: 'p2', urn: 140002, date: '2025-12-02' })], { ...options(), pupilsElsewhere: 'hold' });
    expect(await saveLedger(handle.db, [row({ pseudonym: 'p2', urn: 140002, date: '2025-12-03' })], options())).toMatchObject({ transferred: 1, inserted: 1 });
    expect(await pupil('p2')).toMatchObject({ urn: 140002, encounters: 3, held_for: null });
    expect(await handle.db.selectFrom('careers_pupils').select('id').where('held_for', 'is not', null).execute()).toEqual([]);
    expect(await bySchool()).toEqual([['140001', 1], ['140002', 1]]);
    await expectKeptFiguresMatchLedger('moved');
  });

  it('lets a held record carry on as the pupil’s only record once the record it stood in for is removed by retention', async () => {
    await saveLedger(handle.db, [row({ leavingDate: '2018-07-20', date: '2024-10-01', academicYear: 2024 })], options());
    await saveLedger(handle.db, [row({ urn: 140001 })], { ...options(), pupilsElsewhere: 'hold' });
    const held = await handle.db.selectFrom('careers_pupils').select(['id', 'held_for']).where('urn', '=', 140001).executeTakeFirstOrThrow();
    expect(held.held_for).not.toBeNull();
    expect(await applyRetention(handle.db, 6, actor, new Date('2026-01-15T09:30:00.000Z'))).toMatchObject({ pupils: 1 });
    expect(await transferHeldPupil(handle.db, { urn: 140001, heldId: held.id, expectedFrom: null, reason: 'Old record gone' }, actor, now)).toEqual({ ok: true, from: null, mergedEncounters: 0 });
    // Later rows for the pupil, the school's own or the national team's, reach that record: no new pupil, nothing refused.
    expect(await saveLedger(handle.db, [row({ urn: 140001, date: '2025-11-20' })], { ...options(), pupilsElsewhere: 'hold' })).toMatchObject({ inserted: 1, pupilsChanged: 0 });
    expect(await saveLedger(handle.db, [row({ urn: 140001, date: '2025-11-21' })], { ...options(), pupilsElsewhere: 'refuse' })).toMatchObject({ inserted: 1, pupilsChanged: 0 });
    expect(await handle.db.selectFrom('careers_pupils').select(['id', 'urn', 'encounters', 'held_for']).execute()).toEqual([{ id: held.id, urn: 140001, encounters: 3, held_for: null }]);
    await expectKeptFiguresMatchLedger('after retention');
  });

  it('deletes encounters a school corrects away, and removes leavers past retention with their encounters, audited', async () => {
    await saveLedger(handle.db, [row(), row({ date: '2025-11-01' }), row({ pseudonym: 'gone', leavingDate: '2018-07-20', date: '2024-10-01', academicYear: 2024 })], options());
    const corrected = await saveLedger(handle.db, [row()], options(true));
    expect(corrected).toMatchObject({ inserted: 0, unchanged: 1, deleted: 2 });
    expect(await handle.db.selectFrom('careers_pupils').select('encounters').where('pseudonym', '=', 'p1').executeTakeFirstOrThrow()).toEqual({ encounters: 1 });
    await saveLedger(handle.db, [row({ pseudonym: 'gone', leavingDate: '2018-07-20', date: '2024-10-01', academicYear: 2024 })], options());
    expect(await applyRetention(handle.db, 6, actor, now())).toEqual({ cutOff: '2020-01-15', pupils: 1, encounters: 1 });
    await expectKeptFiguresMatchLedger();
    expect(await handle.db.selectFrom('careers_pupil_schools').select('pupil_id').where('pupil_id', 'not in', (eb) => eb.selectFrom('careers_pupils').select('id')).execute()).toEqual([]);
    expect((await handle.db.selectFrom('careers_pupils').select('pseudonym').execute()).map((p) => p.pseudonym)).toEqual(['p1']);
    const [entry] = await listAudit(handle.db, { entityType: 'careers_ledger' });
    expect(entry).toMatchObject({ action: 'careers.retention.apply', summary: { years: 6, pupils: 1, encounters: 1 } });
  });

  it('keeps employers and advisers by name, and lists every secondary school with its advisers and each employer’s load', async () => {
    await saveLedger(handle.db, [row(), row({ pseudonym: 'p2', urn: 140001, employerName: 'acme ltd' })], options());
    expect(await saveEmployers(handle.db, [{ name: 'Acme Ltd', cornerstone: true, sector: 'Retail', location: null }, { name: 'Bolt', cornerstone: false, sector: null, location: 'Derby' }], actor, 'now')).toEqual({ added: 1, updated: 1 });
    expect(await saveAdvisers(handle.db, [{ name: 'Pat', urn: 141257, employerName: 'Bolt' }, { name: 'PAT', urn: 141257, employerName: null }], actor, 'now')).toEqual({ advisersAdded: 1, linksAdded: 1 });
    const coverage = await adviserCoverage(handle.db, ['E06000009']);
    expect(coverage.map((s) => [s.urn, s.advisers])).toEqual([[140001, []], [141257, ['Pat']]]);
    expect(await employerLoad(handle.db, ['E06000009'])).toMatchObject([{ name: 'Acme Ltd', cornerstone: true, sector: 'Retail', schools: 2, encounters: 2 }]);
  });

  it('loads synthetic data into an empty ledger with its indexes built after, all or nothing, with tallies equal to a recount', async () => {
    const urns = CAREERS_SCHOOLS.map((s) => s.urn);
    const settings = { pupils: 300, encounters: 1500, seed: 9, asAt: 2025, employers: 40, batchSize: 70 };
    const load = { employers: 40, asAt: 2025, actor, now: 'now' };
    const catalogue = handle.engine === 'sqlite'
      ? `select name || ': ' || coalesce(sql, '') as d from sqlite_master where type = 'index' and tbl_name like 'careers%'`
      : `select indexname || ': ' || indexdef as d from pg_indexes where schemaname = current_schema() and tablename like 'careers%'
         union all select conname || ': ' || pg_get_constraintdef(oid) from pg_constraint where conrelid in ('careers_pupils'::regclass, 'careers_encounters'::regclass)`;
    const structures = async () => (await sql<{ d: string }>`${sql.raw(catalogue)}`.execute(handle.db)).rows.map((r) => r.d).sort();
    const before = await structures();
    // A generator that fails part-way leaves nothing behind.
    const failing = function* (first: number) {
      yield* generateSyntheticCareers(urns, { ...settings, pupils: 140 }, first);
      throw new Error('generator failed');
    };
    await expect(replaceSyntheticCareers(handle.db, urns, failing, load)).rejects.toThrow('generator failed');
    expect(await handle.db.selectFrom('careers_pupils').select('id').execute()).toEqual([]);
    expect(await structures()).toEqual(before);
    const counts = await replaceSyntheticCareers(handle.db, urns, (first) => generateSyntheticCareers(urns, settings, first), load);
    expect(counts).toMatchObject({ pupils: 300, removed: 0 });
    expect(await structures()).toEqual(before);
    // The unique key is back: the same encounter cannot go in twice.
    const one = await handle.db.selectFrom('careers_encounters').selectAll().limit(1).executeTakeFirstOrThrow();
    await expect(handle.db.insertInto('careers_encounters').values({ ...one }).execute()).rejects.toThrow();
    await expectKeptFiguresMatchLedger();
    // The tallies counted as the pupils were written are the ones a rebuild from the pupils gives.
    const tallies = () => handle.db.selectFrom('careers_coverage_tallies').selectAll().orderBy('target').orderBy('urn').orderBy('year_group').orderBy('fsm').execute();
    const counted = await tallies();
    expect(counted.length).toBeGreaterThan(10);
    await handle.db.transaction().execute((trx) => rebuildCoverageTallies(trx, null));
    expect(await tallies()).toEqual(counted);
    const tallied = await coverageTallies(handle.db, { by: 'school', rule: { target: 3, eachYear: true } });
    const pupils = await handle.db.selectFrom('careers_pupils').select(['urn', 'fsm', 'year_group', 'encounters', 'encounter_years']).execute();
    for (const group of summariseCoverage(tallied.rows)) {
      const mine = pupils.filter((p) => String(p.urn) === group.key);
      expect([group.pupils, group.reached]).toEqual([mine.length, mine.filter((p) => p.encounters >= 3 && p.encounter_years >= p.year_group - 6).length]);
    }
  });

  it('refuses synthetic batches the foreign keys would refuse, writing nothing (SQLite loads them with its foreign keys off)', async () => {
    const urns = CAREERS_SCHOOLS.map((s) => s.urn);
    const settings = { pupils: 200, encounters: 1000, seed: 2, asAt: 2025, employers: 60, batchSize: 50 };
    const load = { employers: 40, asAt: 2025, actor, now: 'now' };
    await expect(replaceSyntheticCareers(handle.db, urns, (first) => generateSyntheticCareers(urns, settings, first), load)).rejects.toThrow('not one of the 40 synthetic employers');
    const elsewhere = function* (first: number) {
      for (const batch of generateSyntheticCareers(urns, { ...settings, employers: 40 }, first)) {
        batch.encounters.urn[0] = 999_999;
        yield batch;
      }
    };
    await expect(replaceSyntheticCareers(handle.db, urns, elsewhere, load)).rejects.toThrow('at school 999999, not their own');
    const strays = function* (first: number) {
      for (const batch of generateSyntheticCareers(urns, { ...settings, employers: 40 }, first)) {
        batch.encounters.pupilId[0] = 1_000_000;
        yield batch;
      }
    };
    await expect(replaceSyntheticCareers(handle.db, urns, strays, load)).rejects.toThrow('for pupil 1000000, not in its batch');
    expect(await handle.db.selectFrom('careers_pupils').select('id').execute()).toEqual([]);
    expect(await handle.db.selectFrom('careers_employers').select('id').execute()).toEqual([]);
  });

  it('writes synthetic pupils in batches (COPY on a PostgreSQL server) with figures that match their encounters, replacing only synthetic data', async () => {
    await saveLedger(handle.db, [row()], options());
    const urns = CAREERS_SCHOOLS.map((s) => s.urn);
    const settings = { pupils: 500, encounters: 2500, seed: 5, asAt: 2025, employers: 40, batchSize: 120 };
    const load = { employers: 40, asAt: 2025, actor, now: 'now' };
    await replaceSyntheticCareers(handle.db, urns, (first) => generateSyntheticCareers(urns, settings, first), load);
    const counts = await replaceSyntheticCareers(handle.db, urns, (first) => generateSyntheticCareers(urns, settings, first), load);
    expect(counts).toMatchObject({ pupils: 500, removed: 500 });
    const stored = await handle.db.selectFrom('careers_encounters').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(counts.encounters + 1);
    // The generator's per-pupil figures agree with a recount from the ledger.
    const pupils = await handle.db.selectFrom('careers_pupils').select(['id', 'encounters', 'encounter_years']).where('synthetic', '=', 1).orderBy('id').execute();
    await handle.db.transaction().execute((trx) => recomputeForTest(trx));
    const recounted = await handle.db.selectFrom('careers_pupils').select(['id', 'encounters', 'encounter_years']).where('synthetic', '=', 1).orderBy('id').execute();
    expect(recounted).toEqual(pupils);
    const all = summariseCoverage((await coverageTallies(handle.db, { by: 'fsm', rule: { target: 4, eachYear: false } })).rows);
    expect(all[0]?.pupils).toBe(501);
    await expectKeptFiguresMatchLedger();
  });

  it('keeps coverage equal to a brute-force recomputation through random imports, re-imports, corrections, deletions and a new year (property)', async () => {
    // Targets up to 10 come from the per-school tallies, 11 from the pupils: both are checked.
    const rules: CoverageRule[] = [{ target: 4, eachYear: false }, { target: 2, eachYear: true }, { target: 1, eachYear: false }, { target: 11, eachYear: false }, { target: 2, eachYear: false }];
    for (const seed of [1, 2, 3]) {
      await handle.db.deleteFrom('careers_encounters').execute();
      await handle.db.deleteFrom('careers_employer_schools').execute();
      await handle.db.deleteFrom('careers_pupil_schools').execute();
      await handle.db.deleteFrom('careers_pupils').execute();
      await handle.db.deleteFrom('careers_coverage_tallies').execute();
      const random = seededRandom(seed);
      const model: Model = { pupils: new Map(), encounters: new Map() };
      let asAt = 2023;
      let previous: LedgerRow[] = [];
      for (let step = 0; step < 8; step += 1) {
        const action = random();
        if (action < 0.15 && previous.length > 0) {
          // Re-import the last file: nothing changes.
          await saveLedger(handle.db, previous, options());
          applyToModel(model, previous, false);
        } else if (action < 0.3) {
          const ids = (await handle.db.selectFrom('careers_encounters').select(['pupil_id', 'encounter_day', 'type_code', 'employer_id']).orderBy('pupil_id').orderBy('encounter_day').orderBy('type_code').orderBy('employer_id').execute()).filter(() => random() < 0.3);
          const pupils = new Map((await handle.db.selectFrom('careers_pupils').select(['id', 'pseudonym']).execute()).map((p) => [p.id, p.pseudonym]));
          const employers = new Map((await handle.db.selectFrom('careers_employers').select(['id', 'name_key']).execute()).map((e) => [e.id, e.name_key]));
          const keys = ids.map((i) => ({ pupilId: i.pupil_id, date: isoDateOf(i.encounter_day), type: ENCOUNTER_TYPES[i.type_code] ?? '', employerId: i.employer_id === 0 ? null : i.employer_id }));
          expect(await deleteEncounters(handle.db, keys, actor, '2026-01-15T09:30:00.000Z')).toBe(keys.length);
          for (const k of keys) model.encounters.delete(`${pupils.get(k.pupilId) ?? ''}|${k.date}|${k.type}|${k.employerId === null ? '' : (employers.get(k.employerId) ?? '')}`);
        } else {
          if (action > 0.9) asAt += 1;
          const rows = randomRows(random, asAt, 12);
          const replace = action > 0.75;
          await saveLedger(handle.db, rows, options(replace));
          applyToModel(model, rows, replace);
          previous = rows;
        }
        await expectKeptFiguresMatchLedger(`seed ${String(seed)} step ${String(step)}`);
        for (const rule of rules) {
          const actual = summariseCoverage((await coverageTallies(handle.db, { by: 'school', rule })).rows);
          expect(actual, `seed ${String(seed)} step ${String(step)} rule ${JSON.stringify(rule)}`).toEqual(expected(model, rule));
          const scanned = summariseCoverage((await coverageTallies(handle.db, { by: 'school', rule: { ...rule, target: rule.target + 10 } })).rows);
          expect(scanned.map((g) => g.pupils)).toEqual(actual.map((g) => g.pupils));
        }
      }
    }
  });
});
