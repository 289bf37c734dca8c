import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { saveLedger } from '../../src/storage/repositories/careers-ledger.repository.ts';
import { typeCode } from '../../src/storage/repositories/careers/encounter-columns.ts';
import { testEngines } from '../support/engines.ts';
import { migrateBefore } from '../support/migrate-before.ts';

describe.each(await testEngines())('migration 0015, the ledger kept by pupil, on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
  });
  afterEach(async () => {
    await handle.close();
  });

  it('carries an earlier ledger across: no employer becomes 0, and schools holding pupils now elsewhere and the employer load are counted from it', async () => {
    await migrateBefore(handle.db, handle.engine, '0015');
    await sql`insert into careers_employers (name, name_key) values ('Acme', 'acme'), ('Bolt', 'bolt')`.execute(handle.db);
    // Ids from the table itself (1 and 2), so PostgreSQL's identity moves past them as it would in use.
    await sql`insert into careers_pupils (pseudonym, urn, year_group, fsm, as_at, encounters, encounter_years)
      values ('p1', 141257, 9, 0, 2025, 3, 1), ('p2', 140001, 8, 1, 2025, 1, 1)`.execute(handle.db);
    await sql`insert into careers_encounters (pupil_id, urn, encounter_date, academic_year, encounter_type, employer_id) values
      (1, 141257, '2025-10-01', 2025, 'talk', 1), (1, 141257, '2025-10-02', 2025, 'other', null), (1, 140001, '2025-10-03', 2025, 'mentoring', 1),
      (2, 140001, '2025-10-01', 2025, 'talk', 2)`.execute(handle.db);

    await migrateToLatestOrThrow(handle.db);

    const ledger = await handle.db.selectFrom('careers_encounters').select(['pupil_id', 'encounter_day', 'type_code', 'employer_id', 'urn']).orderBy('pupil_id').orderBy('encounter_day').execute();
    // Days become yyyymmdd and types their place in today's list of types.
    expect(ledger.map((e) => [e.pupil_id, e.encounter_day, e.type_code, e.employer_id, e.urn])).toEqual([
      [1, 20251001, typeCode('talk'), 1, 141257], [1, 20251002, typeCode('other'), 0, 141257], [1, 20251003, typeCode('mentoring'), 1, 140001], [2, 20251001, typeCode('talk'), 2, 140001],
    ]);
    const pairs = await handle.db.selectFrom('careers_pupil_schools').selectAll().orderBy('urn').orderBy('pupil_id').execute();
    // Only pupil 1's encounter at 140001 is held by a school other than their own.
    expect(pairs.map((p) => [p.urn, p.pupil_id])).toEqual([[140001, 1]]);
    const load = await handle.db.selectFrom('careers_employer_schools').selectAll().orderBy('employer_id').orderBy('urn').execute();
    expect(load.map((l) => [l.employer_id, l.urn, l.encounters])).toEqual([[1, 140001, 1], [1, 141257, 1], [2, 140001, 1]]);

    // The pseudonym is still unique, deleting a pupil still takes their encounters, and the ledger's key
    // still refuses the same encounter twice.
    await expect(sql`insert into careers_pupils (pseudonym, urn, year_group, fsm, as_at) values ('p1', 141257, 9, 0, 2025)`.execute(handle.db)).rejects.toThrow();
    await expect(sql`insert into careers_encounters (pupil_id, urn, encounter_day, academic_year, type_code, employer_id) values (2, 140001, 20251001, 2025, 0, 2)`.execute(handle.db)).rejects.toThrow();
    await sql`delete from careers_pupils where id = 2`.execute(handle.db);
    expect(await handle.db.selectFrom('careers_encounters').select('pupil_id').where('pupil_id', '=', 2).execute()).toEqual([]);
    // New pupils still get ids after the ones carried across.
    const saved = await saveLedger(handle.db, [{ pseudonym: 'p3', urn: 141257, yearGroup: 7, fsm: false, asAt: 2025, leavingDate: null, date: '2025-11-01', academicYear: 2025, type: 'talk', employerName: null }], { replace: false, actor: { userId: null, label: 'test' }, now: '2026-01-01T00:00:00.000Z', source: 'test', pupilsElsewhere: 'refuse' });
    expect(saved).toMatchObject({ inserted: 1 });
    expect((await handle.db.selectFrom('careers_pupils').select('id').where('pseudonym', '=', 'p3').executeTakeFirstOrThrow()).id).toBeGreaterThan(2);
  });
});
