import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metresBetween } from '../../../src/ingest/importers/schools/british-national-grid.ts';
import type { ImportOutcome } from '../../../src/ingest/report.ts';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { testEngines } from '../../support/engines.ts';
import { dumpDatabase } from '../support/dump-database.ts';
import { haveSchoolsData, insertAreas, runKind, SCHOOLS_DATA } from './fixtures.ts';

if (!haveSchoolsData) console.warn('Published school file tests skipped: the shared data folder is not beside the repository.');

/** Every file, in the order `oa import all` loads them. */
const FILES = [
  ['postcodes', 'school_postcode_centroids_2017.csv'],
  ['schools', 'dfe_school_information_spine.csv'],
  ['school-locations', 'schools_open_state_funded_joined.csv'],
  ['school-census', 'dfe_school_census_jan2019_england.csv'],
  ['ks2-results', 'ks2_2018_summary_england.csv'],
  ['ks4-results', 'dfe_ks4_provisional_2019_england.csv'],
  ['ks4-destinations', 'dfe_ks4_destinations_england.csv'],
] as const;

type Kind = (typeof FILES)[number][0];

const countsOf = (outcome: ImportOutcome | undefined) => {
  if (outcome?.ok !== true) throw new Error(`import failed: ${JSON.stringify(outcome)}`);
  return outcome.counts;
};

/** The education authority and district codes of the joined table, standing in for the geography import. */
function areaCodesOfJoinedTable(): string[] {
  const rows = parse<Record<string, string>>(readFileSync(join(SCHOOLS_DATA, 'schools_open_state_funded_joined.csv'), 'utf8'), { columns: true });
  return rows.flatMap((r) => [r['la_code'] ?? '', r['lad13_code'] ?? '']).filter((code) => code !== '');
}

describe.runIf(haveSchoolsData).each(await testEngines())('published school files on $name', (engine) => {
  let handle: DatabaseHandle;
  const outcomes = new Map<Kind, ImportOutcome>();

  beforeAll(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await insertAreas(handle.db, areaCodesOfJoinedTable());
    for (const [kind, file] of FILES) outcomes.set(kind, await runKind(handle.db, kind, join(SCHOOLS_DATA, file)));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('loads 19,262 postcodes, each within 10 m of the lat/lon the file gives', async () => {
    expect(countsOf(outcomes.get('postcodes'))).toEqual({ rows: 19_262, inserted: 19_262, updated: 0, unchanged: 0 });
    const al1 = await handle.db.selectFrom('postcodes').selectAll().where('postcode', '=', 'AL1 2QA').executeTakeFirstOrThrow();
    expect(al1).toMatchObject({ easting: 513950, northing: 205782 });
    expect(metresBetween(al1, { lat: 51.739169, lon: -0.351115 })).toBeLessThan(10);
    expect(al1.source).toBe('opencage_geocoder');
    const geocoded = await handle.db.selectFrom('postcodes').select((eb) => eb.fn.countAll<string | number>().as('n')).where('source', '=', 'opencage_geocoder').executeTakeFirstOrThrow();
    expect(Number(geocoded.n)).toBe(1_916);
  });

  it('loads exactly the 26,078 schools of the spine, open, closed and other as ICLOSE says', async () => {
    expect(countsOf(outcomes.get('schools'))).toEqual({ rows: 26_078, inserted: 26_078, updated: 0, unchanged: 0 });
    const byStatus = await handle.db.selectFrom('schools').select(['status']).select((eb) => eb.fn.countAll<string | number>().as('n')).groupBy('status').orderBy('status').execute();
    expect(byStatus.map((s) => [s.status, Number(s.n)])).toEqual([['closed', 2_146], ['open', 23_786], ['other', 146]]);
    const cass = await handle.db.selectFrom('schools').selectAll().where('urn', '=', 100000).executeTakeFirstOrThrow();
    expect(cass).toMatchObject({
      name: "Sir John Cass's Foundation Primary School", la_code_old: '201', estab: '3614', postcode: 'EC3A 5DE', status: 'open', phase: 'primary',
      age_low: 3, age_high: 11, school_type: 'Voluntary aided school', religious_character: 'Church of England', close_date: null,
    });
    // UCS Pre-Prep: ICLOSE 2, CLOSEDATE 43465 (a spreadsheet day number).
    const closed = await handle.db.selectFrom('schools').select(['status', 'close_date', 'phase']).where('urn', '=', 100088).executeTakeFirstOrThrow();
    expect(closed).toEqual({ status: 'closed', close_date: '2018-12-31', phase: 'primary' });
  });

  it("takes the joined table's district for 17,809 schools as evidence, and says why a school without coordinates is not placed", async () => {
    expect(countsOf(outcomes.get('school-locations'))).toMatchObject({ rows: 21_660, inserted: 0 });
    const located = await handle.db.selectFrom('schools').select((eb) => eb.fn.countAll<string | number>().as('n')).where('located_district_code', 'is not', null).executeTakeFirstOrThrow();
    expect(Number(located.n)).toBe(17_809);
    const byLocation = await handle.db.selectFrom('schools').select((eb) => eb.fn.countAll<string | number>().as('n')).where('district_rule', '=', 'coordinates').executeTakeFirstOrThrow();
    expect(Number(byLocation.n)).toBeGreaterThanOrEqual(17_809);
    // Argyle Primary (Camden) has no coordinates, and without the authority list loaded its LA number names no authority:
    // no other school of its postcode sector is placed either, so it stays unplaced, saying why.
    const argyle = await handle.db.selectFrom('schools').selectAll().where('urn', '=', 100008).executeTakeFirstOrThrow();
    expect(argyle).toMatchObject({
      education_la_code: 'E09000007', easting: null, district_code: null, district_rule: null, district_note: 'No coordinates, and no placed school shares its postcode sector WC1H 9',
    });
  });

  it('loads the January 2019 census for schools in the spine, skipping 3 national rows and 756 nurseries, PRUs and others not in it', async () => {
    expect(countsOf(outcomes.get('school-census'))).toEqual({ rows: 23_942, inserted: 23_183, updated: 0, unchanged: 0 });
    const cass = await handle.db.selectFrom('school_census').selectAll().where('urn', '=', 100000).executeTakeFirstOrThrow();
    expect(cass).toMatchObject({
      period: '2018/19', pupils: 285, fsm: 32, fsm_ever6: 38, pct_fsm_ever6: 16.2, eal: 141, pct_eal: 49.5, sen_support: 50, pct_sen_support: 17.5,
      ehcp: 5, pct_ehcp: 1.8, markers: '{}',
    });
    const girls = await handle.db.selectFrom('school_census').selectAll().where('urn', '=', 100001).executeTakeFirstOrThrow();
    expect(girls).toMatchObject({ pupils: 752, fsm: null, markers: '{"fsm":"NA","fsm_ever6":"NA","pct_fsm_ever6":"NA","eal":"NA","pct_eal":"NA"}' });
  });

  it('loads 16,364 KS2 results for 2017/18', async () => {
    expect(countsOf(outcomes.get('ks2-results'))).toEqual({ rows: 16_364, inserted: 16_364, updated: 0, unchanged: 0 });
    const row = await handle.db.selectFrom('ks2_results').selectAll().where('urn', '=', 138305).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      period: '2017/18', pupils: 26, pct_rwm_expected: 88, pct_rwm_higher: 8, reading_progress: 3.1, writing_progress: 1.3, maths_progress: 1.3,
      reading_score: 109, maths_score: 106, markers: '{}',
    });
  });

  it('loads 5,495 KS4 school results for 2018/19 (mainstream and special), skipping 157 LA and England totals', async () => {
    expect(countsOf(outcomes.get('ks4-results'))).toEqual({ rows: 5_652, inserted: 5_495, updated: 0, unchanged: 0 });
    const ucl = await handle.db.selectFrom('ks4_results').selectAll().where('urn', '=', 137181).executeTakeFirstOrThrow();
    expect(ucl).toMatchObject({
      period: '2018/19', pupils: 171, attainment8: 50, progress8: 0.09, progress8_lower: -0.1, progress8_upper: 0.29, pct_basics_94: 70.8,
      pct_basics_95: 46.8, ebacc_aps: 4.6,
    });
    const special = await handle.db.selectFrom('ks4_results').selectAll().where('urn', '=', 100096).executeTakeFirstOrThrow();
    expect(special).toMatchObject({ pupils: 12, attainment8: null, markers: expect.stringContaining('"attainment8":"NE"') as unknown });
  });

  it('loads KS4 destinations for 3,728 schools, three pupil groups each, skipping 149 LA and England totals', async () => {
    expect(countsOf(outcomes.get('ks4-destinations'))).toEqual({ rows: 3_877, inserted: 11_184, updated: 0, unchanged: 0 });
    const ucl = await handle.db.selectFrom('ks4_destinations').selectAll().where('urn', '=', 137181).orderBy('pupil_group').execute();
    expect(ucl.map((r) => [r.pupil_group, r.period, r.cohort, r.pct_sustained, r.pct_education, r.pct_apprenticeship, r.pct_employment, r.pct_not_sustained, r.pct_unknown])).toEqual([
      ['all', '2017/18', 161, 94, 93, 1, 1, 5, 1],
      ['disadvantaged', '2017/18', 86, 93, 92, 0, 1, 6, 1],
      ['other', '2017/18', 75, 96, 93, 1, 1, 4, 0],
    ]);
  });

  it('changes nothing when every file is imported again', async () => {
    const before = await dumpDatabase(handle.db);
    for (const [kind, file] of FILES) {
      const again = countsOf(await runKind(handle.db, kind, join(SCHOOLS_DATA, file)));
      const loaded = countsOf(outcomes.get(kind));
      expect({ kind, ...again }).toEqual({ kind, rows: loaded.rows, inserted: 0, updated: 0, unchanged: loaded.inserted + loaded.updated });
    }
    expect(await dumpDatabase(handle.db)).toBe(before);
    // Every published school file read again (18 s alone): a loaded machine may take twice the default.
  }, 120_000);
});
