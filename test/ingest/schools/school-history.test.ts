import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { testEngines } from '../../support/engines.ts';
import { dumpDatabase } from '../support/dump-database.ts';
import {
  csv,
  insertAreas,
  LOCATIONS_HEADER,
  locationRow,
  POSTCODE_ROWS,
  POSTCODES_HEADER,
  runKind,
  spineCsv,
  spineWith,
  SPINE_ROWS,
  writeTemp,
} from './fixtures.ts';

describe.each(await testEngines())('school register changes on $name', (engine) => {
  let handle: DatabaseHandle;

  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await insertAreas(handle.db, ['E06000009']);
    await runKind(handle.db, 'postcodes', writeTemp('postcodes.csv', csv(POSTCODES_HEADER, POSTCODE_ROWS)));
    const first = await runKind(handle.db, 'schools', writeTemp('spine.csv', spineCsv()));
    expect(first).toMatchObject({ ok: true, counts: { rows: 3, inserted: 3, updated: 0, unchanged: 0 } });
  });
  afterEach(async () => {
    await handle.close();
  });

  const history = () =>
    handle.db.selectFrom('school_history').select(['urn', 'changed_at', 'changes']).orderBy('id').execute()
      .then((rows) => rows.map((r) => ({ ...r, changes: JSON.parse(r.changes) as unknown })));

  it('derives status and phase, dates from spreadsheet day numbers, and coordinates from the postcode', async () => {
    const schools = await handle.db.selectFrom('schools').select(['urn', 'status', 'phase', 'open_date', 'easting', 'lat', 'district_code']).orderBy('urn').execute();
    expect(schools).toEqual([
      { urn: 100000, status: 'open', phase: 'primary', open_date: null, easting: null, lat: null, district_code: null },
      { urn: 100001, status: 'open', phase: 'all-through', open_date: null, easting: 532191, lat: 51.519632, district_code: null },
      { urn: 140000, status: 'open', phase: 'secondary', open_date: '2018-09-01', easting: 330628, lat: 53.816487, district_code: null },
    ]);
  });

  it('records a closure and a new name in school_history, then the school reopening', async () => {
    const changes: Record<string, Record<string, string>> = { '100000': { SCHNAME: 'Sir John Cass Red Coat Primary' }, '100001': { ICLOSE: '2', CLOSEDATE: '31-08-2019' } };
    const changed = SPINE_ROWS.map((row) => ({ ...row, ...changes[row['URN'] ?? ''] }));
    const second = await runKind(handle.db, 'schools', writeTemp('spine.csv', spineCsv(changed)));
    expect(second).toMatchObject({ ok: true, counts: { rows: 3, inserted: 0, updated: 2, unchanged: 1 } });
    expect(await history()).toEqual([
      { urn: 100000, changed_at: '2026-01-15T09:30:00.000Z', changes: { name: { before: "Sir John Cass's Foundation Primary School", after: 'Sir John Cass Red Coat Primary' } } },
      { urn: 100001, changed_at: '2026-01-15T09:30:00.000Z', changes: { status: { before: 'open', after: 'closed' }, close_date: { before: null, after: '2019-08-31' } } },
    ]);

    const reopened = await runKind(handle.db, 'schools', writeTemp('spine.csv', spineCsv(changed.map((r) => (r['URN'] === '100001' ? { ...r, ICLOSE: '1', CLOSEDATE: '' } : r)))));
    expect(reopened).toMatchObject({ ok: true, counts: { inserted: 0, updated: 1, unchanged: 2 } });
    expect((await history()).at(-1)).toEqual({
      urn: 100001, changed_at: '2026-01-15T09:30:00.000Z', changes: { status: { before: 'closed', after: 'open' }, close_date: { before: '2019-08-31', after: null } },
    });
    const sources = await handle.db.selectFrom('data_sources').select('id').orderBy('id').execute();
    const rows = await handle.db.selectFrom('school_history').select('data_source_id').orderBy('id').execute();
    expect(rows.map((r) => r.data_source_id)).toEqual([sources[2]?.id, sources[2]?.id, sources[3]?.id]);
  });

  it('changes nothing, not even the history or the load log, when the same register comes again', async () => {
    const before = await dumpDatabase(handle.db);
    const again = await runKind(handle.db, 'schools', writeTemp('spine.csv', spineCsv()));
    expect(again).toMatchObject({ ok: true, counts: { rows: 3, inserted: 0, updated: 0, unchanged: 3 } });
    expect(await dumpDatabase(handle.db)).toBe(before);
  });

  it('keeps a location set by school-locations when the register comes again, and places a school anew when its postcode changes', async () => {
    const located = await runKind(handle.db, 'school-locations', writeTemp('joined.csv', csv(LOCATIONS_HEADER, [locationRow()])));
    expect(located).toMatchObject({ ok: true, counts: { rows: 1, inserted: 0, updated: 1, unchanged: 0 } });
    const placed = { easting: 330700, northing: 436100, lat: 53.816541, lon: -3.054062, district_code: 'E06000009', education_la_code: 'E06000009' };
    const seaside = () => handle.db.selectFrom('schools').select(['postcode', 'easting', 'northing', 'lat', 'lon', 'district_code', 'education_la_code']).where('urn', '=', 140000).executeTakeFirstOrThrow();
    expect(await seaside()).toEqual({ postcode: 'FY1 1AA', ...placed });
    expect(await history()).toEqual([]);

    const same = await runKind(handle.db, 'schools', writeTemp('spine.csv', spineCsv()));
    expect(same).toMatchObject({ ok: true, counts: { inserted: 0, updated: 0, unchanged: 3 } });
    expect(await seaside()).toEqual({ postcode: 'FY1 1AA', ...placed });

    const moved = await runKind(handle.db, 'schools', writeTemp('spine.csv', spineCsv(spineWith('140000', { POSTCODE: 'ec2y8bb' }))));
    expect(moved).toMatchObject({ ok: true, counts: { inserted: 0, updated: 1, unchanged: 2 } });
    expect(await seaside()).toEqual({
      postcode: 'EC2Y 8BB', easting: 532191, northing: 181797, lat: 51.519632, lon: -0.096131, district_code: 'E06000009', education_la_code: 'E06000009',
    });
    expect((await history()).map((h) => h.changes)).toEqual([
      {
        postcode: { before: 'FY1 1AA', after: 'EC2Y 8BB' }, easting: { before: 330700, after: 532191 }, northing: { before: 436100, after: 181797 },
        lat: { before: 53.816541, after: 51.519632 }, lon: { before: -3.054062, after: -0.096131 },
      },
    ]);
  });

  it('leaves a school where it is when school-locations has blank coordinates for it', async () => {
    await runKind(handle.db, 'school-locations', writeTemp('joined.csv', csv(LOCATIONS_HEADER, [locationRow({ easting: '', northing: '', lat: '', lon: '', lad13_code: '' })])));
    const seaside = await handle.db.selectFrom('schools').select(['easting', 'lat', 'district_code', 'education_la_code']).where('urn', '=', 140000).executeTakeFirstOrThrow();
    expect(seaside).toEqual({ easting: 330628, lat: 53.816487, district_code: null, education_la_code: 'E06000009' });
  });
});
