import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeSchoolsInDatabase } from '../../../src/ingest/derive/place-schools.ts';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { transactionWithClient } from '../../../src/storage/postgres-client-transaction.ts';
import type { Database } from '../../../src/storage/schema.ts';
import { testEngines } from '../../support/engines.ts';
import { migrateBefore } from '../../support/migrate-before.ts';
import { loadSmallGeography } from '../geography/support.ts';
import { dumpDatabase } from '../support/dump-database.ts';
import { csv, runKind, SPINE_HEADER, SPINE_ROWS, writeTemp } from '../schools/fixtures.ts';

/** A Fenland school as the spine gives it: Cambridgeshire (873) is a county, so its LA number alone cannot place it. */
const fenland = (urn: string, postcode: string) => ({
  ...SPINE_ROWS[2], URN: urn, LA: '873', ESTAB: urn.slice(-4), SCHNAME: `Fenland school ${urn}`, POSTCODE: postcode, TOWN: 'Wisbech', OPENDATE: '', ISNEW: '0',
});

const LOCATIONS_HEADER = ['urn', 'la_code', 'lad13_code', 'easting', 'northing', 'lat', 'lon'];

/** A square around Wisbech standing in for Fenland's boundary. */
const FENLAND_BOUNDARY = JSON.stringify({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { code: 'E07000010' }, geometry: { type: 'Polygon', coordinates: [[[-0.3, 52.5], [0.3, 52.5], [0.3, 52.8], [-0.3, 52.8], [-0.3, 52.5]]] } }],
});

const placements = (db: Kysely<Database>) =>
  db.selectFrom('schools').select(['urn', 'education_la_code', 'district_code', 'district_rule', 'district_confidence', 'district_basis', 'district_note']).orderBy('urn').execute();

describe.each(await testEngines())('placing schools after imports on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadSmallGeography(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  it('places schools of single-tier authorities by their LA number when the register is imported, and audits it', async () => {
    const spine = [...SPINE_ROWS, fenland('150001', 'PE13 1AA')];
    expect(await runKind(handle.db, 'schools', writeTemp('spine.csv', csv(SPINE_HEADER, spine)))).toMatchObject({ ok: true });
    expect(await placements(handle.db)).toEqual([
      { urn: 100000, education_la_code: 'E09000001', district_code: 'E09000001', district_rule: 'single-tier-la', district_confidence: 1, district_basis: null, district_note: null },
      { urn: 100001, education_la_code: 'E09000001', district_code: 'E09000001', district_rule: 'single-tier-la', district_confidence: 1, district_basis: null, district_note: null },
      { urn: 140000, education_la_code: 'E06000009', district_code: 'E06000009', district_rule: 'single-tier-la', district_confidence: 1, district_basis: null, district_note: null },
      {
        urn: 150001, education_la_code: 'E10000003', district_code: null, district_rule: null, district_confidence: null, district_basis: null,
        district_note: 'No coordinates, and no placed school shares its postcode sector PE13 1 in Cambridgeshire',
      },
    ]);
    const audit = await handle.db.selectFrom('audit_log').select(['action', 'summary']).where('action', '=', 'schools.place').execute();
    expect(audit.map((a) => JSON.parse(a.summary) as unknown)).toEqual([{ schools: 4, changed: 4, by_rule: { 'single-tier-la': 3, unplaced: 1 } }]);
  });

  it('places a school by the district a locations file gives, then its neighbour in the same postcode sector by estimate', async () => {
    await runKind(handle.db, 'schools', writeTemp('spine.csv', csv(SPINE_HEADER, [fenland('150001', 'PE13 1AA'), fenland('150002', 'PE13 1AB')])));
    const locations = csv(LOCATIONS_HEADER, [{ urn: '150001', la_code: 'E10000003', lad13_code: 'E07000010' }]);
    expect(await runKind(handle.db, 'school-locations', writeTemp('joined.csv', locations))).toMatchObject({ ok: true });
    expect((await placements(handle.db)).map((p) => [p.urn, p.district_code, p.district_rule, p.district_confidence, p.district_basis, p.district_note])).toEqual([
      [150001, 'E07000010', 'coordinates', 1, null, null],
      [150002, 'E07000010', 'postcode-sector', 1, 1, 'PE13 1'],
    ]);
  });

  it('finds the district of a school located only by its postcode once boundaries are loaded', async () => {
    const postcodes = csv(['postcode', 'easting', 'northing', 'lat', 'lon', 'source'], [{ postcode: 'PE13 1AA', easting: '546500', northing: '309700', lat: '52.665224', lon: '0.164889', source: 'census2011_postcode_headcount' }]);
    expect(await runKind(handle.db, 'postcodes', writeTemp('postcodes.csv', postcodes))).toMatchObject({ ok: true });
    await runKind(handle.db, 'schools', writeTemp('spine.csv', csv(SPINE_HEADER, [fenland('150001', 'PE13 1AA')])));
    expect((await placements(handle.db))[0]).toMatchObject({ district_code: null, district_note: 'Its coordinates fall in no district, and no placed school shares its postcode sector PE13 1 in Cambridgeshire' });
    expect(await runKind(handle.db, 'boundaries', writeTemp('fenland.geojson', FENLAND_BOUNDARY))).toMatchObject({ ok: true });
    expect((await placements(handle.db))[0]).toMatchObject({ district_code: 'E07000010', district_rule: 'coordinates', district_confidence: 1 });
  });

  it('changes nothing when placed again, or when the same register is imported again', async () => {
    await runKind(handle.db, 'schools', writeTemp('spine.csv', csv(SPINE_HEADER, [...SPINE_ROWS, fenland('150001', 'PE13 1AA')])));
    const before = await dumpDatabase(handle.db);
    const run = await transactionWithClient(handle.db, (trx) => placeSchoolsInDatabase(trx, { now: '2026-12-07T00:00:00.000Z', actor: { userId: null, label: 'test' } }));
    expect(run.changed).toBe(0);
    expect(await runKind(handle.db, 'schools', writeTemp('spine.csv', csv(SPINE_HEADER, [...SPINE_ROWS, fenland('150001', 'PE13 1AA')])))).toMatchObject({ ok: true, counts: { inserted: 0, updated: 0 } });
    expect(await dumpDatabase(handle.db)).toBe(before);
  });

  it('places a school again when its authority changes in a newer register', async () => {
    await runKind(handle.db, 'schools', writeTemp('spine.csv', csv(SPINE_HEADER, [SPINE_ROWS[2] ?? {}])));
    expect((await placements(handle.db))[0]?.district_code).toBe('E06000009');
    await runKind(handle.db, 'schools', writeTemp('spine.csv', csv(SPINE_HEADER, [{ ...SPINE_ROWS[2], LA: '201' }])));
    expect((await placements(handle.db))[0]).toMatchObject({ education_la_code: 'E09000001', district_code: 'E09000001', district_rule: 'single-tier-la' });
  });
});

describe.each(await testEngines())('migration 0016, school placement, on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
  });
  afterEach(async () => {
    await handle.close();
  });

  it('keeps a district stored before it as located evidence, which the next placement uses', async () => {
    await migrateBefore(handle.db, handle.engine, '0016');
    await sql`insert into areas (code, name, kind, parent_code, source_note) values ('E07000010', 'Fenland', 'district', null, 'test')`.execute(handle.db);
    await sql`insert into data_sources (name, origin, loaded_at, row_count, checksum) values ('x', 'x', '2026-01-01', 1, 'x')`.execute(handle.db);
    await sql`insert into schools (urn, la_code_old, estab, name, status, phase, district_code, data_source_id) values (150001, '873', '0001', 'A school', 'open', 'primary', 'E07000010', 1)`.execute(handle.db);

    await migrateToLatestOrThrow(handle.db);

    expect(await handle.db.selectFrom('schools').select(['located_district_code', 'district_code', 'district_rule']).execute()).toEqual([
      { located_district_code: 'E07000010', district_code: 'E07000010', district_rule: null },
    ]);
    await transactionWithClient(handle.db, (trx) => placeSchoolsInDatabase(trx, { now: '2026-12-07T00:00:00.000Z', actor: { userId: null, label: 'test' } }));
    expect(await handle.db.selectFrom('schools').select(['district_code', 'district_rule']).execute()).toEqual([{ district_code: 'E07000010', district_rule: 'coordinates' }]);
  });
});
