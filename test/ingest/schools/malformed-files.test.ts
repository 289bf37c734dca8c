import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/ingest/report.ts';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { testEngines } from '../../support/engines.ts';
import { dumpDatabase } from '../support/dump-database.ts';
import {
  CENSUS_HEADER,
  censusRow,
  csv,
  DESTINATIONS_HEADER,
  destinationsRow,
  insertAreas,
  KS2_HEADER,
  ks2Row,
  KS4_HEADER,
  ks4Row,
  LOCATIONS_HEADER,
  locationRow,
  POSTCODE_ROWS,
  POSTCODES_HEADER,
  problemsOf,
  runKind,
  SPINE_HEADER,
  spineCsv,
  spineWith,
  SPINE_ROWS,
  writeTemp,
} from './fixtures.ts';

const URN_REASON = 'A URN must be 6 digits, like 141257';
const UNKNOWN_URN = 'There is no school with this URN: import the school register (schools) first';
const UNKNOWN_AREA = 'There is no area with this GSS code: import the geography first, or correct the code';

describe.each(await testEngines())('malformed school files on $name', (engine) => {
  let handle: DatabaseHandle;
  let before: string;

  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await insertAreas(handle.db, ['E06000009', 'E10000003']);
    await runKind(handle.db, 'postcodes', writeTemp('postcodes.csv', csv(POSTCODES_HEADER, POSTCODE_ROWS)));
    await runKind(handle.db, 'schools', writeTemp('spine.csv', spineCsv()));
    before = await dumpDatabase(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  /** Imports the file as `kind`, expects exactly `expected` as its problems, and the database as it was. */
  async function expectRefused(kind: string, name: string, content: string | Buffer, expected: Omit<Problem, 'file'>[]): Promise<void> {
    const problems = problemsOf(await runKind(handle.db, kind, writeTemp(name, content)));
    expect(problems).toEqual(expected.map((p) => ({ file: name, ...p })));
    expect(await dumpDatabase(handle.db)).toBe(before);
  }

  describe('the school register (schools)', () => {
    it('refuses a file without a required column, naming it', async () => {
      const header = SPINE_HEADER.filter((h) => h !== 'SCHNAME');
      await expectRefused('schools', 'spine.csv', csv(header, SPINE_ROWS), [
        { row: 1, column: 'SCHNAME', value: null, reason: 'The column "SCHNAME" is missing from the header row' },
      ]);
    });

    it('refuses a URN of 5 digits', async () => {
      await expectRefused('schools', 'spine.csv', spineCsv(spineWith('100001', { URN: '10001' })), [{ row: 3, column: 'URN', value: '10001', reason: URN_REASON }]);
    });

    it('refuses a URN with letters', async () => {
      await expectRefused('schools', 'spine.csv', spineCsv(spineWith('140000', { URN: '14000A' })), [{ row: 4, column: 'URN', value: '14000A', reason: URN_REASON }]);
    });

    it('refuses the same URN twice, pointing at the first', async () => {
      await expectRefused('schools', 'spine.csv', spineCsv(spineWith('140000', { URN: '100000' })), [
        { row: 4, column: null, value: '100000', reason: 'This repeats the row at line 2: each schools row must be unique' },
      ]);
    });

    it('refuses a blank name', async () => {
      await expectRefused('schools', 'spine.csv', spineCsv(spineWith('100000', { SCHNAME: '  ' })), [
        { row: 2, column: 'SCHNAME', value: '  ', reason: 'This value is blank, but it is required' },
      ]);
    });

    it('refuses a date that does not exist', async () => {
      await expectRefused('schools', 'spine.csv', spineCsv(spineWith('100001', { ICLOSE: '2', CLOSEDATE: '31-02-2019' })), [
        { row: 3, column: 'CLOSEDATE', value: '31-02-2019', reason: 'This date does not exist' },
      ]);
    });

    it('refuses an ICLOSE code other than 1, 2 or 3, and a postcode that is not one', async () => {
      await expectRefused('schools', 'spine.csv', spineCsv(spineWith('100000', { ICLOSE: '4', POSTCODE: 'EC3A' })), [
        { row: 2, column: 'POSTCODE', value: 'EC3A', reason: 'Expected a postcode like EC3A 5DE' },
        { row: 2, column: 'ICLOSE', value: '4', reason: 'Expected one of: 1, 2, 3' },
      ]);
    });

    it('reports every bad row and cell, not just the first', async () => {
      const rows = SPINE_ROWS.map((row) => ({ ...row, URN: `${row['URN'] ?? ''}x`, AGEH: 'eleven', ISPRIMARY: 'yes' }));
      await expectRefused('schools', 'spine.csv', spineCsv(rows), [2, 3, 4].flatMap((row) => [
        { row, column: 'URN', value: `${SPINE_ROWS[row - 2]?.['URN'] ?? ''}x`, reason: URN_REASON },
        { row, column: 'AGEH', value: 'eleven', reason: 'An age is a whole number of years from 0 to 99' },
        { row, column: 'ISPRIMARY', value: 'yes', reason: 'Expected 1 (yes) or 0 (no)' },
      ]));
    });

    it('refuses a file cut short inside a quoted value', async () => {
      const text = spineCsv();
      await expectRefused('schools', 'spine.csv', `${text}140001,890,4002,8904002,"Unfinished Academy,1 Road`, [
        { row: 5, column: null, value: null, reason: 'A quoted value is never closed: the file may be cut short, or a value has a stray quote mark' },
      ]);
    });

    it('refuses a file separated by semicolons', async () => {
      await expectRefused('schools', 'spine.csv', spineCsv().replaceAll(',', ';'), [
        { row: 1, column: null, value: null, reason: 'The file is separated by semicolons; save it as comma-separated values (CSV)' },
      ]);
    });

    it('refuses a file saved as Latin-1', async () => {
      const text = spineCsv(spineWith('100000', { SCHNAME: 'École Primaire' }));
      await expectRefused('schools', 'spine.csv', Buffer.from(text, 'latin1'), [
        { row: null, column: null, value: null, reason: 'The file is not UTF-8 text (it may be Latin-1 or Windows-1252): in Excel, save it as "CSV UTF-8"' },
      ]);
    });

    it('refuses an empty file', async () => {
      await expectRefused('schools', 'spine.csv', '', [{ row: null, column: null, value: null, reason: 'The file is empty: expected a header row and data rows' }]);
    });

    it('refuses a file with a header and no rows', async () => {
      await expectRefused('schools', 'spine.csv', `${SPINE_HEADER.join(',')}\r\n`, [
        { row: null, column: null, value: null, reason: 'The file has a header row but no data rows' },
      ]);
    });

    it('refuses a row with more cells than the header', async () => {
      const text = spineCsv().replace('Non-selective,', 'Non-selective,,extra');
      await expectRefused('schools', 'spine.csv', text, [{ row: 4, column: null, value: null, reason: 'This row has 25 values but the header has 24 columns' }]);
    });
  });

  describe('postcodes and locations', () => {
    it('refuses a postcode whose lat/lon is not where its easting and northing are', async () => {
      const rows = [{ ...POSTCODE_ROWS[1], lat: '53.8265' }];
      await expectRefused('postcodes', 'postcodes.csv', csv(POSTCODES_HEADER, rows), [
        { row: 2, column: 'lat', value: '53.8265, -3.055154', reason: 'This is 1113 m from where the easting and northing put it (53.816487, -3.055154): correct one or the other' },
      ]);
    });

    it('refuses a school location with a district or authority code not in areas', async () => {
      await expectRefused('school-locations', 'joined.csv', csv(LOCATIONS_HEADER, [locationRow({ lad13_code: 'E06000099', la_code: 'E10000099' })]), [
        { row: 2, column: 'la_code', value: 'E10000099', reason: UNKNOWN_AREA },
        { row: 2, column: 'lad13_code', value: 'E06000099', reason: UNKNOWN_AREA },
      ]);
    });

    it('refuses a location for a school not in the register', async () => {
      await expectRefused('school-locations', 'joined.csv', csv(LOCATIONS_HEADER, [locationRow({ urn: '149999' })]), [
        { row: 2, column: 'urn', value: '149999', reason: UNKNOWN_URN },
      ]);
    });

    it('refuses a location with some coordinates and not others', async () => {
      await expectRefused('school-locations', 'joined.csv', csv(LOCATIONS_HEADER, [locationRow({ lat: '', lon: '' })]), [
        { row: 2, column: 'easting', value: null, reason: 'Give all of easting, northing, lat and lon, or leave all four blank' },
      ]);
    });
  });

  describe('the census (school-census)', () => {
    it('refuses a free school meals count that is not a number', async () => {
      await expectRefused('school-census', 'census_jan2019.csv', csv(CENSUS_HEADER, [censusRow({ NUMFSM: 'lots' })]), [
        { row: 2, column: 'NUMFSM', value: 'lots', reason: 'Expected a whole number, or a code for a withheld figure (NA, NE, NP, SUPP, LOWCOV, DNS, NEW, x, c, z, :, ..)' },
      ]);
    });

    it('refuses a negative number on roll', async () => {
      await expectRefused('school-census', 'census_jan2019.csv', csv(CENSUS_HEADER, [censusRow({ NOR: '-5' })]), [
        { row: 2, column: 'NOR', value: '-5', reason: 'A count cannot be negative' },
      ]);
    });

    it('refuses more pupils on free school meals than on roll', async () => {
      await expectRefused('school-census', 'census_jan2019.csv', csv(CENSUS_HEADER, [censusRow({ NOR: '30', NUMFSM: '31', NUMFSMEVER: '31' })]), [
        { row: 2, column: 'NUMFSM', value: '31', reason: 'Pupils eligible for free school meals (31) cannot be more than the number on roll (30)' },
        { row: 2, column: 'NUMFSMEVER', value: '31', reason: 'Pupils eligible for free school meals in the last 6 years (31) cannot be more than the number on roll (30)' },
      ]);
    });

    it('refuses a census file whose name does not say its year', async () => {
      await expectRefused('school-census', 'census.csv', csv(CENSUS_HEADER, [censusRow()]), [
        { row: null, column: null, value: 'census.csv', reason: 'The file name must say which year the figures are for, like census_jan2019.csv: rename the file' },
      ]);
    });
  });

  describe('results', () => {
    it('refuses KS2 results for a school not in the register', async () => {
      await expectRefused('ks2-results', 'ks2.csv', csv(KS2_HEADER, [ks2Row(), ks2Row({ URN: '149999' })]), [{ row: 3, column: 'URN', value: '149999', reason: UNKNOWN_URN }]);
    });

    it('refuses a KS2 percentage over 100', async () => {
      await expectRefused('ks2-results', 'ks2.csv', csv(KS2_HEADER, [ks2Row({ 'Overall Meet Std': '172%' })]), [
        { row: 2, column: 'Overall Meet Std', value: '172%', reason: 'A percentage must be from 0 to 100' },
      ]);
    });

    it('refuses a KS4 school row without a URN', async () => {
      await expectRefused('ks4-results', 'ks4_2019.csv', csv(KS4_HEADER, [ks4Row({ URN: '' })]), [
        { row: 2, column: 'URN', value: '', reason: 'A school row (RECTYPE 1 or 2) needs the school’s URN' },
      ]);
    });

    it('refuses a KS4 file whose name does not say its year, and a record type it does not know', async () => {
      await expectRefused('ks4-results', 'ks4.csv', csv(KS4_HEADER, [ks4Row(), ks4Row({ RECTYPE: '3', URN: '100000' })]), [
        { row: 3, column: 'RECTYPE', value: '3', reason: 'Expected one of: 1, 2, 4, 5, 7' },
        { row: null, column: null, value: 'ks4.csv', reason: 'The file name must say which year the figures are for, like ks4_2019.csv: rename the file' },
      ]);
    });

    it('refuses a destinations file of another year, which has no COHORT_18 column', async () => {
      const header = DESTINATIONS_HEADER.map((h) => h.replace('_18', '_19'));
      await expectRefused('ks4-destinations', 'destinations.csv', csv(header, [destinationsRow()]), [
        { row: 1, column: 'COHORT_18', value: null, reason: 'The column "COHORT_18" is missing from the header row' },
      ]);
    });

    it('refuses destinations for a school not in the register', async () => {
      await expectRefused('ks4-destinations', 'destinations.csv', csv(DESTINATIONS_HEADER, [destinationsRow({ URN: '149999' }), destinationsRow({ RECTYPE: 'LA', URN: '' })]), [
        { row: 2, column: 'URN', value: '149999', reason: UNKNOWN_URN },
      ]);
    });
  });

  describe('what is not a problem', () => {
    it('accepts a suppressed KS2 figure as null, keeping its code', async () => {
      const outcome = await runKind(handle.db, 'ks2-results', writeTemp('ks2.csv', csv(KS2_HEADER, [ks2Row({ 'Reading Progress': 'SUPP', 'Maths Progress': 'LOWCOV' })])));
      expect(outcome).toMatchObject({ ok: true, counts: { rows: 1, inserted: 1, updated: 0, unchanged: 0 } });
      const row = await handle.db.selectFrom('ks2_results').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ urn: 100000, period: '2017/18', pupils: 29, reading_progress: null, maths_progress: null, writing_progress: 1.2 });
      expect(JSON.parse(row.markers)).toEqual({ reading_progress: 'SUPP', maths_progress: 'LOWCOV' });
    });

    it('skips census rows of national totals and of schools not in the register, and counts them', async () => {
      const rows = [censusRow(), censusRow({ URN: 'NAT', LA: '', ESTAB: 'PRI' }), censusRow({ URN: '149999', SCHOOLTYPE: 'Pupil referral unit' })];
      const outcome = await runKind(handle.db, 'school-census', writeTemp('census_jan2019.csv', csv(CENSUS_HEADER, rows)));
      expect(outcome).toMatchObject({ ok: true, counts: { rows: 3, inserted: 1, updated: 0, unchanged: 0 } });
      expect(await handle.db.selectFrom('school_census').select(['urn', 'period']).execute()).toEqual([{ urn: 100000, period: '2018/19' }]);
    });

    it('counts what a dry run would change and writes nothing', async () => {
      const changed = spineCsv(spineWith('100000', { SCHNAME: 'Renamed' }).concat([{ ...SPINE_ROWS[2], URN: '140001' }]));
      const outcome = await runKind(handle.db, 'schools', writeTemp('spine.csv', changed), true);
      expect(outcome).toMatchObject({ ok: true, dryRun: true, counts: { rows: 4, inserted: 1, updated: 1, unchanged: 2 } });
      expect(await dumpDatabase(handle.db)).toBe(before);
    });
  });
});
