import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { testEngines } from '../../support/engines.ts';
import { dumpDatabase } from '../support/dump-database.ts';
import { csv, GIAS_HEADER, giasRow, insertAreas, problemsOf, runKind, SPINE_HEADER, SPINE_ROWS, writeTemp } from './fixtures.ts';

/** A GIAS extract with its trust columns (made-up trusts; the shared data has no GIAS file). */
const TRUST_HEADER = [...GIAS_HEADER, 'TrustSchoolFlag (name)', 'Trusts (code)', 'Trusts (name)'];
const MAT = { 'TrustSchoolFlag (name)': 'Supported by a multi-academy trust', 'Trusts (code)': '16784', 'Trusts (name)': 'Coastal Learning Trust' };
const NO_TRUST = { 'TrustSchoolFlag (name)': 'Not applicable', 'Trusts (code)': '', 'Trusts (name)': '' };

const giasFile = (header: readonly string[], rows: readonly Readonly<Record<string, string>>[]) => writeTemp('edubasealldata.csv', csv(header, rows));

describe.each(await testEngines())('trust membership from GIAS on $name', (engine) => {
  let handle: DatabaseHandle;

  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await insertAreas(handle.db, ['E07000168']);
  });
  afterEach(async () => {
    await handle.close();
  });

  const trusts = () => handle.db.selectFrom('schools').select(['urn', 'trust_code', 'trust_name', 'trust_flag']).orderBy('urn').execute();
  const history = () =>
    handle.db.selectFrom('school_history').select(['urn', 'changes']).orderBy('id').execute()
      .then((rows) => rows.map((r) => ({ urn: r.urn, changes: JSON.parse(r.changes) as unknown })));

  it('stores each school’s trust, and a school in none as none', async () => {
    const outcome = await runKind(handle.db, 'schools-gias', giasFile(TRUST_HEADER, [giasRow(MAT), giasRow({ 'URN': '121001', ...NO_TRUST })]));
    expect(outcome).toMatchObject({ ok: true, counts: { rows: 2, inserted: 2 } });
    expect(await trusts()).toEqual([
      { urn: 121000, trust_code: '16784', trust_name: 'Coastal Learning Trust', trust_flag: 'Supported by a multi-academy trust' },
      { urn: 121001, trust_code: null, trust_name: null, trust_flag: 'Not applicable' },
    ]);
  });

  it('keeps trust membership when a file without the trust columns is imported (an older GIAS extract, or the spine)', async () => {
    await runKind(handle.db, 'schools-gias', giasFile(TRUST_HEADER, [giasRow(MAT)]));
    const renamed = await runKind(handle.db, 'schools-gias', giasFile(GIAS_HEADER, [giasRow({ 'EstablishmentName': 'Scalby School' })]));
    expect(renamed).toMatchObject({ ok: true, counts: { updated: 1 } });
    const spineRow = { ...SPINE_ROWS[2], URN: '121000', LA: '815', ESTAB: '4105', SCHNAME: 'Scalby Academy', POSTCODE: 'YO13 0AB' };
    expect(await runKind(handle.db, 'schools', writeTemp('spine.csv', csv(SPINE_HEADER, [spineRow])))).toMatchObject({ ok: true, counts: { updated: 1 } });
    const [school] = await handle.db.selectFrom('schools').select(['name', 'trust_code', 'trust_name', 'trust_flag']).execute();
    expect(school).toEqual({ name: 'Scalby Academy', trust_code: '16784', trust_name: 'Coastal Learning Trust', trust_flag: 'Supported by a multi-academy trust' });
  });

  it('records joining, moving and leaving a trust in the school’s history, and a repeat import changes nothing', async () => {
    await runKind(handle.db, 'schools-gias', giasFile(TRUST_HEADER, [giasRow(NO_TRUST)]));
    await runKind(handle.db, 'schools-gias', giasFile(TRUST_HEADER, [giasRow(MAT)]));
    expect(await runKind(handle.db, 'schools-gias', giasFile(TRUST_HEADER, [giasRow(MAT)]))).toMatchObject({ ok: true, counts: { updated: 0, unchanged: 1 } });
    await runKind(handle.db, 'schools-gias', giasFile(TRUST_HEADER, [giasRow({ ...MAT, 'Trusts (code)': '2044', 'Trusts (name)': 'Moorland Academies' })]));
    await runKind(handle.db, 'schools-gias', giasFile(TRUST_HEADER, [giasRow(NO_TRUST)]));
    expect(await history()).toEqual([
      { urn: 121000, changes: { trust_code: { before: null, after: '16784' }, trust_name: { before: null, after: 'Coastal Learning Trust' }, trust_flag: { before: 'Not applicable', after: 'Supported by a multi-academy trust' } } },
      { urn: 121000, changes: { trust_code: { before: '16784', after: '2044' }, trust_name: { before: 'Coastal Learning Trust', after: 'Moorland Academies' } } },
      { urn: 121000, changes: { trust_code: { before: '2044', after: null }, trust_name: { before: 'Moorland Academies', after: null }, trust_flag: { before: 'Supported by a multi-academy trust', after: 'Not applicable' } } },
    ]);
    expect(await trusts()).toEqual([{ urn: 121000, trust_code: null, trust_name: null, trust_flag: 'Not applicable' }]);
  });

  it('refuses a code that is not a number, a name without a code, a code without a name and one code with two names, changing nothing', async () => {
    await runKind(handle.db, 'schools-gias', giasFile(TRUST_HEADER, [giasRow(MAT)]));
    const before = await dumpDatabase(handle.db);
    const outcome = await runKind(
      handle.db,
      'schools-gias',
      giasFile(TRUST_HEADER, [
        giasRow({ ...MAT, 'Trusts (code)': 'TR01234' }),
        giasRow({ 'URN': '121001', ...MAT, 'Trusts (code)': '' }),
        giasRow({ 'URN': '121002', ...MAT, 'Trusts (name)': '' }),
        giasRow({ 'URN': '121003', ...MAT }),
        giasRow({ 'URN': '121004', ...MAT, 'Trusts (name)': 'Coastal Learning Trust Ltd' }),
      ]),
    );
    expect(problemsOf(outcome)).toEqual([
      { file: 'edubasealldata.csv', row: 2, column: 'Trusts (code)', value: 'TR01234', reason: 'A trust code is a whole number, as GIAS gives it (for example 16784)' },
      { file: 'edubasealldata.csv', row: 3, column: 'Trusts (code)', value: '', reason: 'A trust needs its code as well as its name ("Coastal Learning Trust"): give both, or neither' },
      { file: 'edubasealldata.csv', row: 4, column: 'Trusts (name)', value: '', reason: 'A trust needs its name as well as its code (16784): give both, or neither' },
      { file: 'edubasealldata.csv', row: 6, column: 'Trusts (name)', value: 'Coastal Learning Trust Ltd', reason: 'Trust 16784 is named "Coastal Learning Trust" on row 5: one trust has one name' },
    ]);
    expect(await dumpDatabase(handle.db)).toBe(before);
  });

  it('refuses a file with the trust code column but not the name column', async () => {
    const outcome = await runKind(handle.db, 'schools-gias', giasFile([...GIAS_HEADER, 'Trusts (code)'], [giasRow(MAT)]));
    expect(problemsOf(outcome)).toEqual([
      { file: 'edubasealldata.csv', row: 1, column: 'Trusts (name)', value: null, reason: 'The column "Trusts (name)" is missing: give both "Trusts (code)" and "Trusts (name)", or neither' },
    ]);
  });
});
