import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { runOa } from '../support/cli.ts';
import { loadNetworkSchoolsFixture } from '../support/network-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-hubs-place-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` };

beforeAll(async () => {
  expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
  expect((await runOa(['demo', 'load'], env)).code).toBe(0);
  const handle = await openDatabase({ engine: 'sqlite', path: join(dir, 'oa.sqlite') });
  await loadNetworkSchoolsFixture(handle.db);
  await handle.db
    .insertInto('postcodes')
    .values({ postcode: 'ST4 2DE', easting: 388000, northing: 345000, lat: 53.0027, lon: -2.1794, source: 'census2011_postcode_headcount', data_source_id: 1 })
    .execute();
  await handle.db
    .insertInto('schools')
    .values({
      urn: 100009, la_code_old: '861', estab: '0009', name: 'Nowhere Academy', street: null, locality: null, town: 'Stoke', postcode: 'ST4 9ZZ', status: 'open', open_date: null,
      close_date: null, minor_group: null, school_type: null, phase: 'secondary', age_low: 11, age_high: 16, gender: null, religious_character: null, admissions_policy: null,
      easting: null, northing: null, lat: null, lon: null, district_code: null, education_la_code: null, data_source_id: 1,
    })
    .execute();
  await handle.close();
});

describe('oa hubs place and oa hubs list', () => {
  it('lists every hub with where it is placed, or why not and how to place it', async () => {
    const run = await runOa(['hubs', 'list'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/blackpool-research-school\s+Blackpool Research School\s+0\.00000, 0\.00000\s+at its host school/);
    expect(run.stdout).toMatch(/stoke-on-trent-research-school\s+.*not placed: hosted by The Keele and North Staffordshire Alliance, which has no single URN/);
    expect(run.stdout).toContain('place each with oa hubs place <hub> --urn N | --postcode PC | --lat X --lon Y --reason');
    expect(run.stderr).toBe('');
    // bounded work: at most --limit hubs, by id, saying how many there are.
    const one = await runOa(['hubs', 'list', '--limit', '1'], env);
    expect(one.stdout.trimEnd().split('\n').filter((line) => /research-school/.test(line))).toHaveLength(1);
    expect(one.stderr).toMatch(/^Showing 1 of \d+ Research Schools, by id \(--limit to see more\)\.\n$/);
  });

  it('places a hub at a postcode, which the assignment then uses, and removes the placement', async () => {
    const placed = await runOa(['hubs', 'place', 'stoke-on-trent-research-school', '--postcode', 'st42de', '--reason', 'The alliance trains at its lead school'], env);
    expect(placed.code).toBe(0);
    expect(placed.stdout).toBe('Placed stoke-on-trent-research-school at postcode ST4 2DE (53.00270, -2.17940).\n');
    expect((await runOa(['hubs', 'list'], env)).stdout).toMatch(/stoke-on-trent-research-school\s+.*53\.00270, -2\.17940\s+placed by the programme at postcode ST4 2DE/);
    const assign = await runOa(['hubs', 'assign', '--format', 'json'], env);
    expect(assign.stderr).not.toContain('Not placed: Stoke-on-Trent');
    expect((JSON.parse(assign.stdout) as { hubs: { id: string; placed_by: string }[] }).hubs.find((h) => h.id === 'stoke-on-trent-research-school')).toMatchObject({ placed_by: 'placed by the programme at postcode ST4 2DE' });
    const audit = await runOa(['audit', 'list', '--format', 'json'], env);
    expect(audit.stdout).toContain('hub.place');
    expect((await runOa(['hubs', 'place', 'stoke-on-trent-research-school', '--clear', '--reason', 'Placed in error'], env)).stdout).toBe('Removed the placement of stoke-on-trent-research-school.\n');
    expect((await runOa(['hubs', 'assign'], env)).stderr).toContain('Not placed: Stoke-on-Trent Research School');
  });

  it('refuses a request that names no place or two, a bad URN, an unknown postcode, coordinates outside England and a school without a location', async () => {
    const cases: [string[], string][] = [
      [['--reason', 'x'], 'exactly one of --urn, --postcode, or --lat with --lon'],
      [['--urn', '100001', '--postcode', 'ST4 2DE', '--reason', 'x'], 'exactly one of'],
      [['--urn', '12', '--reason', 'x'], '--urn: A URN is 6 digits, like 141257'],
      [['--postcode', 'nowhere', '--reason', 'x'], '--postcode: Enter a postcode like BD3 7AU'],
      [['--lat', 'north', '--lon', '-2.1', '--reason', 'x'], '--lat: The latitude must be a number of degrees'],
      [['--postcode', 'BD3 7AU', '--reason', 'x'], 'The postcode BD3 7AU is not among the imported postcode centroids'],
      [['--lat', '-2.18', '--lon', '53.0', '--reason', 'x'], 'are latitude and longitude swapped?'],
      [['--lat', '53.0', '--reason', 'x'], '--lon: Give the longitude as well as the latitude'],
      [['--urn', '999999', '--reason', 'x'], 'There is no school with the URN 999999'],
      [['--urn', '100009', '--reason', 'x'], 'Nowhere Academy (URN 100009) has no location in the register: give a postcode near ST4 9ZZ or coordinates instead'],
    ];
    for (const [args, message] of cases) {
      const run = await runOa(['hubs', 'place', 'stoke-on-trent-research-school', ...args], env);
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.stderr).toContain(message);
    }
    expect((await runOa(['hubs', 'place', 'stoke-on-trent-research-school', '--urn', '100001'], env)).stderr).toContain("required option '--reason <text>'");
    const unknown = await runOa(['hubs', 'place', 'nowhere-research-school', '--clear', '--reason', 'x'], env);
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining('There is no Research School with the id nowhere-research-school') as unknown]);
    expect((await runOa(['hubs', 'place', 'stoke-on-trent-research-school', '--clear', '--reason', ' '], env)).stderr).toContain('--reason: Give the reason');
  });
});
