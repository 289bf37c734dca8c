import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attackCoverage, type CoverageLeaf, type PublishedRow, type ShownRow } from '../support/coverage-attack.ts';
import { seededRandom } from '../support/coverage-population.ts';
import { seedCareersSchools } from '../support/careers-fixture.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

interface CellJson {
  value: number | null;
  symbol?: string;
}
interface RowJson {
  key: string;
  pupils: CellJson;
  reached: CellJson;
  share: CellJson;
  fsmPupils: CellJson;
  fsmShare: CellJson;
  notFsmPupils: CellJson;
  notFsmShare: CellJson;
  gap: CellJson;
}
interface CoverageReply {
  disclosureControlled: boolean;
  rows: RowJson[];
  total: RowJson;
}

/** Rules asked for: targets 1 to 6, then target 4 with one encounter every year. */
const RULES = [1, 2, 3, 4, 5, 6].map((target) => ({ target, eachYear: false })).concat([{ target: 4, eachYear: true }]);
const BLACKPOOL = [141257, 140001, 140003];

/**
 * Three Blackpool schools, years 9 and 10, 6 to 20 pupils a year, each pupil with 0 to 6 encounters and one
 * in every year or not: their per-school tallies for targets 1 to 10, and the truth the attack is checked on.
 */
function population(): { leaves: CoverageLeaf[]; tallies: { target: number; urn: number; year_group: number; fsm: number; pupils: number; reached: number; reached_each_year: number }[] } {
  const random = seededRandom(23);
  const leaves: CoverageLeaf[] = [];
  const tallies: { target: number; urn: number; year_group: number; fsm: number; pupils: number; reached: number; reached_each_year: number }[] = [];
  for (const urn of BLACKPOOL) {
    for (const yearGroup of [9, 10]) {
      const pupils = Array.from({ length: 6 + Math.floor(random() * 15) }, () => ({ fsm: random() < 0.3, encounters: Math.floor(random() * 7), everyYear: random() < 0.5 }));
      const reachedOf = (fsm: boolean) => RULES.map((rule) => pupils.filter((p) => p.fsm === fsm && p.encounters >= rule.target && (!rule.eachYear || p.everyYear)).length);
      const count = (fsm: boolean) => pupils.filter((p) => p.fsm === fsm).length;
      leaves.push({ school: String(urn), district: 'E06000009', yearGroup, fsm: { pupils: count(true), reached: reachedOf(true) }, other: { pupils: count(false), reached: reachedOf(false) } });
      for (let target = 1; target <= 10; target++) {
        for (const fsm of [true, false]) {
          const mine = pupils.filter((p) => p.fsm === fsm);
          if (mine.length === 0) continue;
          const reached = mine.filter((p) => p.encounters >= target).length;
          tallies.push({ target, urn, year_group: yearGroup, fsm: fsm ? 1 : 0, pupils: mine.length, reached, reached_each_year: mine.filter((p) => p.encounters >= target && p.everyYear).length });
        }
      }
    }
  }
  return { leaves, tallies };
}

const read = (cell: CellJson): number | null => cell.value;
const shown = (row: RowJson): ShownRow => ({ pupils: read(row.pupils), reached: read(row.reached), fsmPupils: read(row.fsmPupils), fsmShare: read(row.fsmShare), notFsmPupils: read(row.notFsmPupils), notFsmShare: read(row.notFsmShare) });
const query = (rule: { target: number; eachYear: boolean }) => `target=${String(rule.target)}&eachYear=${String(rule.eachYear)}`;

describe.each(await testEngines())('careers tables through disclosure control on $name', (engine) => {
  let t: TestApp;
  let analyst: SignedIn;
  const { leaves, tallies } = population();
  beforeAll(async () => {
    t = await startTestApp(engine);
    await seedCareersSchools(t.handle.db);
    await t.handle.db
      .insertInto('schools')
      .values({
        urn: 140003, la_code_old: '890', estab: '4003', name: 'Blackpool Third Academy', street: null, locality: null, town: 'Blackpool', postcode: 'FY1 1AA', status: 'open',
        open_date: null, close_date: null, minor_group: 'Academy', school_type: 'Academy converter', phase: 'secondary', age_low: 11, age_high: 16, gender: 'Mixed',
        religious_character: null, admissions_policy: null, easting: null, northing: null, lat: null, lon: null, district_code: 'E06000009', education_la_code: 'E06000009', data_source_id: 901,
      })
      .execute();
    for (let i = 0; i < tallies.length; i += 100) await t.handle.db.insertInto('careers_coverage_tallies').values(tallies.slice(i, i + 100)).execute();
    await addUser(t.handle.db, 'analyst@example.gov.uk', 'analyst', []);
    analyst = await signIn(t.app, 'analyst@example.gov.uk');
  });
  afterAll(async () => {
    await t.close();
  });
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: analyst.headers });
  const leavesOf = (urn: string, year?: string) => leaves.flatMap((l, i) => (l.school === urn && (year === undefined || String(l.yearGroup) === year) ? [i] : []));

  /** Every school table and the area table, for every rule, as an analyst gets them in JSON. */
  async function everything(): Promise<PublishedRow[]> {
    const rows: PublishedRow[] = [];
    for (const [r, rule] of RULES.entries()) {
      for (const urn of BLACKPOOL.map(String)) {
        const body = (await get(`/api/careers/schools/${urn}?${query(rule)}`)).json<CoverageReply>();
        expect(body.disclosureControlled).toBe(true);
        for (const row of body.rows) rows.push({ rule: r, leaves: leavesOf(urn, row.key), row: shown(row) });
        rows.push({ rule: r, leaves: leavesOf(urn), row: shown(body.total) });
      }
      const area = (await get(`/api/careers/areas/blackpool?${query(rule)}`)).json<CoverageReply>();
      for (const row of area.rows) rows.push({ rule: r, leaves: leavesOf(row.key), row: shown(row) });
      rows.push({ rule: r, leaves: leaves.map((_, i) => i), row: shown(area.total) });
    }
    return rows;
  }

  it('gives an analyst nothing an exact recovery attack can work out or narrow, across every school table, the area table and every rule', async () => {
    const rows = await everything();
    const result = attackCoverage(leaves, RULES.length, rows);
    expect(result.answers.filter((a) => a.hidden).length).toBeGreaterThan(20);
    expect(result.recovered).toEqual([]);
    expect(result.narrowed).toEqual([]);
    // Adding that a higher target is never reached by more pupils (which protection does not assume)
    // still works nothing out exactly.
    const orderedRules: [number, number][] = [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [3, 6]];
    expect(attackCoverage(leaves, RULES.length, rows, { orderedRules }).recovered).toEqual([]);
  }, 600_000);

  it('never shows pupils and other pupils beside hidden FSM pupils (the issue’s 19 − 15 = 4)', async () => {
    for (const row of (await everything()).map((r) => r.row)) {
      if (row.fsmPupils === null) expect(row.pupils === null || row.notFsmPupils === null).toBe(true);
      if (row.notFsmPupils === null) expect(row.pupils === null || row.fsmPupils === null).toBe(true);
    }
  }, 600_000);

  it('shows the same cells in CSV and XLSX as in JSON, a c wherever JSON has no value', async () => {
    for (const urn of BLACKPOOL.map(String)) {
      const json = (await get(`/api/careers/schools/${urn}?target=4`)).json<CoverageReply>();
      const expected = [...json.rows, json.total].map((r) => [r.pupils, r.reached, r.share, r.fsmPupils, r.fsmShare, r.notFsmPupils, r.notFsmShare, r.gap].map((c) => (c.value === null ? (c.symbol ?? '') : String(c.value))));
      const csv = (await get(`/api/careers/schools/${urn}?target=4&format=csv`)).body.replace(/^\uFEFF/, '').trimEnd().split('\r\n').slice(1);
      expect(csv.map((line) => line.split(',').slice(-8))).toEqual(expected);
      const xlsx = await get(`/api/careers/schools/${urn}?target=4&format=xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const cells: string[][] = [];
      sheet?.eachRow((row, n) => {
        if (n > 1) cells.push((row.values as unknown[]).slice(-8).map((v) => String(v)));
      });
      expect(cells).toEqual(expected);
    }
  });

  it('publishes a c without saying whether it is the small count or a cell hidden to protect it', async () => {
    const body = (await get('/api/careers/areas/blackpool?target=6')).json<CoverageReply>();
    const hidden = [...body.rows, body.total].flatMap((r) => [r.pupils, r.reached, r.fsmPupils, r.fsmShare, r.notFsmPupils, r.notFsmShare]).filter((c) => c.value === null);
    expect(hidden.length).toBeGreaterThan(0);
    for (const cell of hidden) expect(cell).toEqual({ value: null, symbol: 'c' });
  });
});
