import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { runOa } from '../support/cli.ts';
import { loadTwinsFixture } from './twins-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-twins-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` };
const FSM = ['--indicators', 'pct_fsm_pupils'];

// District FSM shares: Blackpool 40, Oldham 37, Derby 20, Bolton 38, Nottingham 22, Burnley 30, Pendle 10.
const SHARES = [40, 37, 20, 38, 22, 30, 10];
const mean = SHARES.reduce((s, x) => s + x, 0) / SHARES.length;
const SD = Math.sqrt(SHARES.reduce((s, x) => s + (x - mean) ** 2, 0) / SHARES.length);

interface ShownNeighbour {
  code: string;
  name: string;
  distance: number;
  band: string;
  reciprocal: boolean;
  contributions: { indicator: string; part: number; share: number; area_value: number | null; neighbour_value: number | null }[];
}
interface TwinsJson {
  areas: { code: string; name: string; neighbours: ShownNeighbour[] }[];
  excluded: { areaCode: string; reason: string }[];
}
interface Pairing {
  total: number;
  opportunity_areas: { id: string; twins: { code: string; distance: number }[] }[];
}

const twins = async (args: string[]) => {
  const run = await runOa(['twins', ...FSM, '--format', 'json', ...args], env);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as TwinsJson;
};

beforeAll(async () => {
  expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
  expect((await runOa(['demo', 'load'], env)).code).toBe(0);
  const handle = await openDatabase({ engine: 'sqlite', path: join(dir, 'oa.sqlite') });
  await loadTwinsFixture(handle.db);
  await handle.close();
  // One school per district: the evidence rule (§9.3) is relaxed so these hand-worked shares are published.
  expect((await runOa(['indicators', 'derive', '--min-schools', '1', '--min-pupil-share', '0'], env)).code).toBe(0);
});

describe('oa twins on a small synthetic geography', () => {
  it('lists an area’s nearest districts with distances worked by hand, each explained to the distance shown', async () => {
    const body = await twins(['--area', 'E06000009', '--k', '2']);
    expect(body.areas).toHaveLength(1);
    const [bolton, oldham] = body.areas[0]?.neighbours ?? [];
    // One indicator of weight 1: d = |40 − 38| ÷ sd and |40 − 37| ÷ sd.
    expect(bolton).toMatchObject({ code: 'E08000001', name: 'Bolton', reciprocal: true });
    expect(bolton?.distance).toBeCloseTo(2 / SD, 4);
    expect(oldham?.code).toBe('E08000004');
    expect(oldham?.distance).toBeCloseTo(3 / SD, 4);
    expect(bolton?.contributions).toEqual([{ indicator: 'pct_fsm_pupils', part: bolton?.distance, share: 1, area_value: 40, neighbour_value: 38 }]);
  });

  it('leaves out other Opportunity Areas and keeps to a region when asked', async () => {
    const withoutOas = await twins(['--area', 'E06000009', '--k', '2', '--exclude-opportunity-areas']);
    expect(withoutOas.areas[0]?.neighbours.map((n) => n.code)).toEqual(['E08000001', 'E07000117']);
    // Derby's region (East Midlands) has only Nottingham besides it: one neighbour, not two.
    const regional = await twins(['--area', 'E06000015', '--k', '2', '--same-region']);
    expect(regional.areas[0]?.neighbours.map((n) => n.code)).toEqual(['E06000018']);
  });

  it('rolls districts up to upper-tier authorities by pupils, not by averaging the districts’ shares', async () => {
    const body = await twins(['--tier', 'upper', '--area', 'E10000017', '--k', '1']);
    // Lancashire = (30 + 30) ÷ (100 + 300) = 15%, not (30% + 10%) ÷ 2 = 20%; its nearest is Derby (20%).
    expect(body.areas[0]?.neighbours[0]).toMatchObject({ code: 'E06000015', contributions: [expect.objectContaining({ area_value: 15, neighbour_value: 20 })] });
    expect(body.excluded).toContainEqual({ areaCode: 'E10000003', areaName: 'Cambridgeshire', reason: 'no value for any of these indicators' });
  });

  it('writes CSV with one row per neighbour and a table by default', async () => {
    const csv = await runOa(['twins', ...FSM, '--k', '2', '--format', 'csv'], env);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('area_code,area_name,rank,neighbour_code,neighbour_name,distance,band,reciprocal,pct_fsm_pupils_part,pct_fsm_pupils_area,pct_fsm_pupils_neighbour');
    expect(lines).toHaveLength(1 + 7 * 2);
    const table = await runOa(['twins', ...FSM, '--area', 'E06000009', '--k', '2'], env);
    expect(table.stdout).toContain('Blackpool (E06000009)');
    expect(table.stdout).toMatch(/1\s+E08000001\s+Bolton/);
  });

  it('twins each Opportunity Area one-to-one, where greedy does worse', async () => {
    const run = await runOa(['twins', 'pair', ...FSM, '--k', '1', '--format', 'json'], env);
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout) as { optimal: Pairing; greedy: Pairing; unpaired: { id: string }[] };
    const pairs = (p: Pairing) => Object.fromEntries(p.opportunity_areas.map((oa) => [oa.id, oa.twins.map((t) => t.code)]));
    // Greedy takes Oldham–Bolton (1) first, then Derby–Nottingham (2), leaving Blackpool Burnley (10): 13 points.
    // Optimal: Blackpool–Bolton (2), Oldham–Burnley (7), Derby–Nottingham (2): 11 points.
    expect(pairs(body.greedy)).toEqual({ blackpool: ['E07000117'], derby: ['E06000018'], oldham: ['E08000001'] });
    expect(pairs(body.optimal)).toEqual({ blackpool: ['E08000001'], derby: ['E06000018'], oldham: ['E07000117'] });
    expect(body.optimal.total).toBeCloseTo(11 / SD, 3);
    expect(body.greedy.total).toBeCloseTo(13 / SD, 3);
    expect(body.unpaired.map((u) => u.id)).toContain('bradford');
  });

  it('refuses bad usage with exit 2 and says what to fix', async () => {
    const unknown = await runOa(['twins', ...FSM, '--area', 'E06000099'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no district with code E06000099');
    expect((await runOa(['twins', ...FSM, '--k', '0'], env)).code).toBe(2);
    expect((await runOa(['twins', 'swap'], env)).stderr).toContain('There is no "oa twins swap"');
    const badIndicator = await runOa(['twins', '--indicators', 'nope=2'], env);
    expect(badIndicator.code).toBe(2);
    expect(badIndicator.stderr).toContain('unknown indicator "nope"');
    const shipped = await runOa(['twins'], env);
    expect(shipped.code).toBe(2);
    expect(shipped.stderr).toContain('unknown indicator "imd2015_mean_lsoa_score"');
  });
});

describe('oa schools similar on the synthetic schools', () => {
  it('ranks schools of the same phase by range-scaled distance and places the school among their results', async () => {
    const run = await runOa(['schools', 'similar', '--urn', '900001', '--count', '3', '--format', 'json'], env);
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout) as { similar: { urn: number; distance: number; ks2_pct_rwm_expected: number | null }[]; position: Record<string, unknown> };
    // FSM range 40 − 10 = 30 points; pupils and SEN equal for these four: d = √0.4 × |Δ FSM| ÷ 30.
    expect(body.similar.map((s) => [s.urn, s.distance])).toEqual([
      [900004, Number((Math.sqrt(0.4) * 2 / 30).toFixed(4))],
      [900002, Number((Math.sqrt(0.4) * 3 / 30).toFixed(4))],
      [900006, Number((Math.sqrt(0.4) * 10 / 30).toFixed(4))],
    ]);
    // KS2: the school's 50 against 60, 40, 70: 3rd of 4, third quarter.
    expect(body.position['ks2_pct_rwm_expected']).toEqual({ rank: 3, of: 4, quartile: 3 });
    expect(body.position['ks4_attainment8']).toBeNull();
  });

  it('takes other weights, and refuses unknown schools and features', async () => {
    const onlyPupils = await runOa(['schools', 'similar', '--urn', '900007', '--count', '1', '--weights', 'pupils=1', '--format', 'csv'], env);
    expect(onlyPupils.code).toBe(0);
    // By pupils alone every other school is 200 of a 200 range away: the lowest URN comes first.
    expect(onlyPupils.stdout.split('\r\n')[1]).toMatch(/^1,900001,/);
    expect((await runOa(['schools', 'similar', '--urn', '999999'], env)).code).toBe(2);
    const bad = await runOa(['schools', 'similar', '--urn', '900001', '--weights', 'height=1'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"height" is not a feature');
  });
});

describe('oa twins save, sets and diff', () => {
  it('saves the lists with recipe and vintage, and says what changed after new data', async () => {
    const saved = await runOa(['twins', 'save', ...FSM, '--k', '2', '--name', 'before'], env, { now: '2026-11-25T12:00:00.000Z' });
    expect(saved.code).toBe(0);
    expect(saved.stdout).toBe('Saved neighbour set 1 "before": 7 areas × 2 (district, chosen indicators; vintage pct_fsm_pupils 2018/19).\n');
    const sets = JSON.parse((await runOa(['twins', 'sets', '--format', 'json'], env)).stdout) as { sets: { id: number; name: string; options: unknown; vintage: unknown }[] };
    expect(sets.sets).toEqual([expect.objectContaining({ id: 1, name: 'before', options: { k: 2, excludeOpportunityAreas: false, sameRegion: false }, vintage: { pct_fsm_pupils: '2018/19' } })]);
    expect((await runOa(['twins', 'diff', '--from', '1'], env)).stdout).toContain('0 lists changed, 7 unchanged');

    // New data: Oldham's FSM share falls to 10%, so it leaves Blackpool's two nearest and Burnley joins.
    const handle = await openDatabase({ engine: 'sqlite', path: join(dir, 'oa.sqlite') });
    await handle.db.updateTable('area_indicators').set({ value: 10 }).where('area_code', '=', 'E08000004').where('indicator_code', '=', 'pct_fsm_pupils').execute();
    await handle.close();
    const diff = JSON.parse((await runOa(['twins', 'diff', '--from', '1', '--format', 'json'], env)).stdout) as { counts: Record<string, number>; changes: { areaCode: string; joined: string[]; left: string[] }[] };
    expect(diff.changes.find((c) => c.areaCode === 'E06000009')).toMatchObject({ joined: ['E07000117'], left: ['E08000004'] });
    expect(diff.counts['changed']).toBeGreaterThan(0);
    await runOa(['twins', 'save', ...FSM, '--k', '2', '--tier', 'upper'], env);
    const mixed = await runOa(['twins', 'diff', '--from', '1', '--to', '2'], env);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('compare two sets of the same tier');
    expect((await runOa(['twins', 'diff', '--from', '9'], env)).stderr).toContain('There is no saved neighbour set 9');
  });
  it('compares two recipes’ lists for the Opportunity Areas, and asks for the second recipe when it is missing', async () => {
    const recipe = join(dir, 'fsm-recipe.json');
    writeFileSync(recipe, JSON.stringify({ name: 'fsm', stages: [{ id: 'fsm', indicators: [{ code: 'pct_fsm_pupils', polarity: 'higher_is_worse' }] }] }));
    const run = await runOa(['twins', 'compare', '--recipe', recipe, '--with', recipe, '--k', '2', '--format', 'json'], env);
    expect(run.code, run.stderr).toBe(0);
    const body = JSON.parse(run.stdout) as { opportunity_areas: { area_code: string; shared: number; jaccard: number }[]; mean_jaccard: number; not_compared: { code: string }[] };
    // The same recipe twice: the same two neighbours for Blackpool, Derby and Oldham, the only districts with values.
    expect(body.opportunity_areas.map((o) => [o.area_code, o.shared, o.jaccard])).toEqual([['E06000009', 2, 1], ['E06000015', 2, 1], ['E08000004', 2, 1]]);
    expect(body.mean_jaccard).toBe(1);
    expect(body.not_compared.map((n) => n.code)).toContain('E08000032');
    const missing = await runOa(['twins', 'compare', '--recipe', recipe], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('oa twins compare needs --with <recipe>');
  });
});

