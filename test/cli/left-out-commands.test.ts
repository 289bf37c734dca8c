import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { saveLedger, type LedgerRow } from '../../src/storage/repositories/careers-ledger.repository.ts';
import { runOa } from '../support/cli.ts';
import { loadNetworkSchoolsFixture } from '../support/network-fixtures.ts';
import { seedUnplacedSchools } from '../support/unplaced-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-left-out-'));
const database = join(dir, 'oa.sqlite');
const env = { DATABASE_URL: `sqlite:${database}` };
const oa = async (args: readonly string[]) => {
  const run = await runOa(args, env);
  expect(run.code, run.stderr).toBe(0);
  return run;
};

const CODES = ['ks2_pct_rwm_expected', 'ks4_attainment8', 'ks4_disadvantaged_pct_sustained', 'imd2015_mean_lsoa_score', 'idaci2019_rate_approx'];
const VALUES: Record<string, number[]> = { E06000009: [55, 38, 80, 42, 0.3], E07000062: [60, 40, 84, 30, 0.25], E06000015: [70, 48, 90, 20, 0.15] };
const pupil = (n: number, urn: number): LedgerRow => ({
  pseudonym: `p${String(urn)}-${String(n)}`, urn, yearGroup: 9, fsm: false, asAt: 2025, leavingDate: null, date: '2025-10-15', academicYear: 2025, type: 'talk', employerName: null,
});

beforeAll(async () => {
  expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
  expect((await runOa(['demo', 'load'], env)).code).toBe(0);
  const handle = await openDatabase({ engine: 'sqlite', path: database });
  const db = handle.db;
  await loadNetworkSchoolsFixture(db);
  await seedUnplacedSchools(db);
  // 3 pupils at a West Somerset academy, 2 at an academy of Somerset with no district and 1 at the island school.
  const rows = [...[1, 2, 3].map((n) => pupil(n, 123101)), ...[1, 2].map((n) => pupil(n, 123201)), pupil(1, 123401)];
  await saveLedger(db, rows, { replace: false, actor: { userId: null, label: 'test' }, now: '2026-01-15T00:00:00.000Z', source: 'fixture', pupilsElsewhere: 'refuse' });
  await db.insertInto('data_sources').values({ id: 932, name: 'f', origin: 'f.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 15, checksum: 'f' }).execute();
  await db.insertInto('indicators').values(CODES.map((code) => ({ code, name: code, unit: 'x', description: 'd', data_source_id: 932 }))).execute();
  await db
    .insertInto('area_indicators')
    .values(Object.entries(VALUES).flatMap(([area, values]) => CODES.map((code, i) => ({ area_code: area, indicator_code: code, period: '2019', value: values[i] ?? null, data_source_id: 932 }))))
    .execute();
  await handle.close();
});

const NO_DISTRICT_NOTE =
  '2 schools with pupils on roll have no district and are not counted in any district: their pupils are in the row "No district (schools not placed)", and oa schools placement says why.\n';

describe('oa careers report --by area', () => {
  it('shows how many schools are behind each row, the row of schools with no district among them, with a footnote saying why', async () => {
    const table = (await oa(['careers', 'report', '--by', 'area', '--target', '1'])).stdout;
    expect(table).toMatch(/\n {2,}No district \(schools not placed\) +2 +3 +3 +100\.0%/);
    expect(table).toMatch(/\nE07000191 +West Somerset +1 +3 +3 +100\.0%/);
    expect(table.endsWith(NO_DISTRICT_NOTE)).toBe(true);
    const json = await oa(['careers', 'report', '--by', 'area', '--format', 'json']);
    const rows = JSON.parse(json.stdout) as { district_code: string; name: string; schools: number; pupils: number }[];
    expect(rows.map((r) => [r.district_code, r.schools, r.pupils])).toEqual([['', 2, 3], ['E07000191', 1, 3]]);
    // Beside data the note goes to stderr, so the JSON and CSV stay data.
    expect(json.stderr).toBe(NO_DISTRICT_NOTE);
    const csv = await oa(['careers', 'report', '--by', 'area', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('district_code,name,schools,pupils,reached_target,share,fsm_pupils,fsm_share,other_pupils,other_share,gap');
    expect(csv.stderr).toBe(NO_DISTRICT_NOTE);
    expect((await oa(['careers', 'report', '--by', 'school'])).stdout).not.toContain('no district');
  });

  it('names the row and counts its schools the same way under disclosure control', async () => {
    const suppressed = await oa(['careers', 'report', '--by', 'area', '--suppress', '--format', 'json']);
    const rows = JSON.parse(suppressed.stdout) as { district_code: string; name: string; schools: number; pupils: unknown }[];
    expect(rows.map((r) => [r.district_code, r.name, r.schools])).toEqual([['', 'No district (schools not placed)', 2], ['E07000191', 'West Somerset', 1]]);
    expect(suppressed.stderr).toContain(NO_DISTRICT_NOTE);
  });
});

describe('oa hubs assign and oa engagement report', () => {
  it('says how many open schools the assignment leaves out for want of a location, and reach by district for want of a district', async () => {
    const table = (await oa(['hubs', 'assign'])).stdout;
    // Somerset's three schools with no district have no location; Blackpool's academy has none either, but its
    // area's hub serves it, so it is not left out.
    expect(table).toContain('\n3 open schools have no location and are not counted in the assignment or reach: a distance to a hub needs one.\n');
    expect(table).toContain('\n1 open school with a location has no district and is not counted in reach by district.\n');
    const json = JSON.parse((await oa(['hubs', 'assign', '--format', 'json'])).stdout) as { schools: { urn: number; status: string }[]; left_out: { no_location: { schools: number }; no_district: { schools: number } } };
    // The network's 4 schools, Minehead's three, Blackpool's two academies (the one with no location served by its area's hub) and the island school.
    expect(json.schools).toHaveLength(10);
    expect(json.left_out.no_location.schools).toBe(3);
    expect(json.left_out.no_district.schools).toBe(1);
    expect((await oa(['hubs', 'assign', '--format', 'csv'])).stderr).toContain('3 open schools have no location');
  });

  it('says how many of a hub’s schools its rows by district leave out, and lists the island school outside any hub’s reach', async () => {
    const hubs = ['blackpool-research-school', 'derby-research-school'];
    const reports = await Promise.all(hubs.map(async (hub) => JSON.parse((await oa(['engagement', 'report', '--hub', hub, '--format', 'json'])).stdout) as { districts_left_out: { schools: number } }));
    // The island school, with a location but no district, is far from both hubs (on the equator in this fixture).
    expect(reports.map((r) => r.districts_left_out.schools)).toEqual([0, 0]);
    const outside = JSON.parse((await oa(['hubs', 'outside-reach', '--format', 'json'])).stdout) as { schools: { urn: number }[] };
    expect(outside.schools.map((s) => s.urn)).toContain(123401);
  });
});

describe('oa schools need --area and oa index compute', () => {
  it('says how many open schools of the area’s authority a list by district or Opportunity Area leaves out', async () => {
    const note = '3 open schools of Somerset have no district and are not counted here.\n';
    expect((await oa(['schools', 'need', '--area', 'west-somerset'])).stdout.endsWith(note)).toBe(true);
    expect((await oa(['schools', 'need', '--area', 'E07000191', '--format', 'json'])).stderr).toBe(note);
    // Somerset's own list holds them.
    expect((await oa(['schools', 'need', '--area', 'E10000027'])).stdout).not.toContain('no district');
    expect((await oa(['schools', 'need', '--area', 'blackpool'])).stdout).not.toContain('no district');
  });

  it('gives the national count beside the index', async () => {
    const line = '3 of 6 open state-funded schools (50.0%) have no district and are not counted in district figures built from schools.';
    expect((await oa(['index', 'compute', '--recipe', 'proxy-district-2019', '--draws', '10'])).stdout).toContain(`\n${line} oa schools placement lists them.\n`);
    const json = JSON.parse((await oa(['index', 'compute', '--recipe', 'proxy-district-2019', '--draws', '10', '--format', 'json'])).stdout) as { left_out: { schools: number; note: string } };
    expect(json.left_out).toEqual({ schools: 3, note: line });
    expect((await oa(['index', 'compute', '--recipe', 'proxy-district-2019', '--draws', '10', '--format', 'csv'])).stderr).toBe(`${line}\n`);
  });
});
