import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { runOa } from '../support/cli.ts';
import { DEGREE_METRES, loadNetworkSchoolsFixture } from '../support/network-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-network-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` };

beforeAll(async () => {
  expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
  expect((await runOa(['demo', 'load'], env)).code).toBe(0);
  const handle = await openDatabase({ engine: 'sqlite', path: join(dir, 'oa.sqlite') });
  await loadNetworkSchoolsFixture(handle.db);
  await handle.close();
});

describe('oa schools need', () => {
  it('scores each school from its parts, percentiles within phase', async () => {
    const run = await runOa(['schools', 'need', '--format', 'json'], env);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { urn: number; score: number; parts: { component: string; percentile: number | null }[] }[];
    // FSM shares 10%, 40%, 10%, 1% → percentiles 50, 100, 50, 0 (ties share); ever-6 15, 45, 30, 5 → 33⅓, 100, 66⅔, 0;
    // KS2 70, 50, 60, 80 inverted → 33⅓, 100, 66⅔, 0; no deprivation loaded, so weights 0.3, 0.2, 0.3 over 0.8.
    expect(rows.map((r) => r.urn)).toEqual([100002, 138443, 100001, 141257]);
    expect(rows[0]?.score).toBeCloseTo(100, 9);
    expect(rows[1]?.score).toBeCloseTo((0.3 * 50 + 0.2 * 66.667 + 0.3 * 66.667) / 0.8, 2);
    expect(rows[2]?.score).toBeCloseTo((0.3 * 50 + 0.2 * 33.333 + 0.3 * 33.333) / 0.8, 2);
    expect(rows[3]?.score).toBe(0);
    expect(rows[0]?.parts.find((p) => p.component === 'deprivation')?.percentile).toBeNull();
  });

  it('filters by area after scoring, takes weights, and writes CSV with every part', async () => {
    const run = await runOa(['schools', 'need', '--area', 'E06000009', '--weights', 'fsm=1,fsmEver6=0,attainment=0,deprivation=0', '--format', 'csv'], env);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toContain('urn,name,phase,district_code,need_score,fsm_value,fsm_percentile,fsm_contribution');
    expect(lines[1]?.startsWith('100002,Tenth Primary,primary,E06000009,100,40,100,100')).toBe(true);
    expect((await runOa(['schools', 'need', '--area', 'blackpool'], env)).stdout).toContain('Tenth Primary');
  });

  it('refuses bad weights (exit 2) and an area with no schools (exit 1)', async () => {
    const bad = await runOa(['schools', 'need', '--weights', 'fsm=-1'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('The weight for fsm must be a number of 0 or more');
    const none = await runOa(['schools', 'need', '--area', 'E06000015'], env);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('No open school is in "E06000015"');
  });
});

describe('oa hubs assign', () => {
  it('assigns optimally within each hub’s reach and capacity, its own area first, and shows greedy’s total beside it', async () => {
    const run = await runOa(['hubs', 'assign', '--capacity', '2', '--format', 'json'], env);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { total_km: number; greedy_total_km: number; assigned: number; unassigned: number; outside_reach: number; schools: { urn: number; hub_id: string | null; status: string }[] };
    // Every fixture school is in Blackpool's district: the Blackpool hub may serve all four, the Derby hub only
    // its own host (the rest are over 20 km from it). With room for two, Blackpool keeps its nearest two.
    expect(out.schools.map((s) => [s.urn, s.hub_id, s.status])).toEqual([
      [100001, null, 'hub-full'],
      [100002, 'blackpool-research-school', 'assigned'],
      [138443, 'derby-research-school', 'assigned'],
      [141257, 'blackpool-research-school', 'assigned'],
    ]);
    expect(out.total_km).toBeCloseTo((0.1 * DEGREE_METRES) / 1000, 1);
    // Greedy, by URN, fills Blackpool with the schools at 0.4° and 0.1° and leaves its own host without room.
    expect(out.greedy_total_km).toBeCloseTo((0.5 * DEGREE_METRES) / 1000, 1);
    expect([out.assigned, out.unassigned, out.outside_reach]).toEqual([3, 1, 0]);
    expect(run.stderr).toContain('Not placed: Bradford Research School (hosted by Dixons Academies, which has no single URN); oa hubs place bradford-research-school places it.');
  });

  it('prints per-hub reach as a table and each school as CSV', async () => {
    const table = await runOa(['hubs', 'assign', '--capacity', '2', '--within', '20', '--high-need', '90'], env);
    expect(table.code).toBe(0);
    // Only Tenth Primary (score 100) is high-need; it is 11 km from Blackpool's hub.
    expect(table.stdout).toMatch(/blackpool-research-school\s+2\s+1\s+1\s+100%/);
    expect(table.stdout).toContain('4 located schools: 3 assigned, capacity 2 a hub, 1 in reach of a full hub.');
    expect(table.stdout).toContain('Outside any hub’s reach (not in a hub’s own area, more than 20 km from it): 0 schools');
    const csv = await runOa(['hubs', 'assign', '--capacity', '1', '--format', 'csv'], env);
    expect(csv.stdout.split(/\r?\n/)[0]).toBe('urn,name,phase,district_code,hub_id,distance_km,nearest_hub_id,nearest_hub_km,need_score,high_need');
    expect(csv.stdout).toContain('100001,Forty Primary,primary,E06000009,,,blackpool-research-school,44.48,');
  });

  it('takes one hub’s own distance, and refuses one for a hub that is not placed', async () => {
    // Derby's hub at 70 km reaches Forty Primary (67 km away) once Blackpool is full.
    const wide = JSON.parse((await runOa(['hubs', 'assign', '--capacity', '2', '--hub-within', 'derby-research-school=70', '--format', 'json'], env)).stdout) as { schools: { urn: number; hub_id: string | null }[]; hubs: { id: string; within_km: number }[] };
    expect(wide.schools.find((s) => s.urn === 100001)?.hub_id).toBe('derby-research-school');
    expect(wide.hubs.find((h) => h.id === 'derby-research-school')?.within_km).toBe(70);
    const unknown = await runOa(['hubs', 'assign', '--hub-within', 'bradford-research-school=30'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--hub-within names no placed hub: bradford-research-school');
    expect((await runOa(['hubs', 'assign', '--hub-within', 'derby-research-school'], env)).code).toBe(2);
  });

  it('keeps one hub’s own reach with oa hubs reach, which oa hubs assign then uses, until cleared', async () => {
    const set = await runOa(['hubs', 'reach', 'derby-research-school', '--within', '70', '--reason', 'Trains across the county'], env);
    expect(set.code).toBe(0);
    expect(set.stdout).toBe('derby-research-school now serves 70 km beyond its own area; the rest as the network.\n');
    const out = JSON.parse((await runOa(['hubs', 'assign', '--capacity', '2', '--format', 'json'], env)).stdout) as { schools: { urn: number; hub_id: string | null }[]; hubs: { id: string; within_km: number }[] };
    expect(out.hubs.find((h) => h.id === 'derby-research-school')?.within_km).toBe(70);
    expect(out.schools.find((s) => s.urn === 100001)?.hub_id).toBe('derby-research-school');
    expect((await runOa(['hubs', 'reach', 'derby-research-school', '--reason', 'x'], env)).code).toBe(2);
    expect((await runOa(['hubs', 'reach', 'nowhere', '--within', '5', '--reason', 'x'], env)).stderr).toContain('There is no Research School "nowhere"');
    const cleared = await runOa(['hubs', 'reach', 'derby-research-school', '--clear', '--reason', 'Back to the network’s'], env);
    expect(cleared.stdout).toBe('derby-research-school now takes the network’s distance and capacity.\n');
    const after = JSON.parse((await runOa(['hubs', 'assign', '--capacity', '2', '--format', 'json'], env)).stdout) as { schools: { urn: number; hub_id: string | null }[] };
    expect(after.schools.find((s) => s.urn === 100001)?.hub_id).toBeNull();
  });

  it('rejects a capacity that is not a whole number (exit 2)', async () => {
    expect((await runOa(['hubs', 'assign', '--capacity', '1.5'], env)).code).toBe(2);
  });
});

const SHARED = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
if (!existsSync(SHARED)) console.warn('Research network tests on published data skipped: the shared data folder is not beside the repository.');

describe.skipIf(!existsSync(SHARED))('oa schools need and oa hubs assign on the published data', () => {
  const real = { DATABASE_URL: `sqlite:${join(dir, 'real.sqlite')}` };
  beforeAll(async () => {
    expect((await runOa(['db', 'migrate'], real)).code).toBe(0);
    expect((await runOa(['demo', 'load'], real)).code).toBe(0);
    expect((await runOa(['import', 'all', SHARED, '--except', 'lait-bds'], real)).code).toBe(0);
  }, 120_000);

  it('scores every open school in Blackpool, highest need first', async () => {
    const need = await runOa(['schools', 'need', '--area', 'blackpool', '--format', 'json'], real);
    expect(need.code).toBe(0);
    const rows = JSON.parse(need.stdout) as { score: number | null; parts: { component: string; percentile: number | null }[] }[];
    expect(rows.length).toBeGreaterThan(30);
    const scores = rows.map((r) => r.score ?? -1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // Blackpool is among the most deprived districts: its deprivation part is near the top for every school.
    expect(rows.every((r) => (r.parts.find((p) => p.component === 'deprivation')?.percentile ?? 0) > 95)).toBe(true);
  }, 120_000);

  it('places all 11 Research Schools and assigns no school beyond its hub’s radius unless in the hub’s own area', async () => {
    const hubs = await runOa(['hubs', 'assign', '--format', 'json'], real);
    expect(hubs.code).toBe(0);
    expect(hubs.stderr).not.toContain('Not placed');
    type Out = {
      assigned: number; unassigned: number; outside_reach: number; total_km: number; greedy_total_km: number;
      hubs: { id: string; opportunity_area_id: string | null; approximate: boolean; placed_by: string; within_km: number; capacity: number; own_area_schools: number }[];
      schools: { urn: number; status: string; hub_id: string | null; opportunity_area_id: string | null; metres: number | null; nearest_metres: number | null }[];
      far_from_hubs: { nearest_metres: number; need_score: number }[];
    };
    const out = JSON.parse(hubs.stdout) as Out;
    expect(out.hubs).toHaveLength(11);
    // Five from their host school; six approximately, each saying from what.
    expect(out.hubs.filter((h) => !h.approximate).map((h) => h.placed_by)).toEqual(Array.from({ length: 5 }, () => 'at its host school'));
    expect(out.hubs.filter((h) => h.approximate).every((h) => h.placed_by.startsWith('approximately: the middle of the'))).toBe(true);
    const hubOf = new Map(out.hubs.map((h) => [h.id, h]));
    const assigned = out.schools.filter((s) => s.hub_id !== null);
    expect(assigned.length).toBe(out.assigned);
    for (const s of assigned) {
      const hub = hubOf.get(s.hub_id ?? '');
      const ownArea = s.opportunity_area_id !== null && s.opportunity_area_id === hub?.opportunity_area_id;
      if (!ownArea) expect(s.metres ?? Infinity).toBeLessThanOrEqual(20_000);
    }
    // Each hub serves at most its capacity: 200, or its own area's schools where there are more (Bradford).
    for (const h of out.hubs) {
      expect(h.capacity).toBe(Math.max(200, h.own_area_schools));
      expect(assigned.filter((s) => s.hub_id === h.id).length).toBeLessThanOrEqual(h.capacity);
    }
    // Most of England is outside the reach of 11 hubs: counted, not dropped.
    expect(out.outside_reach).toBeGreaterThan(10_000);
    // Every school listed is assigned, waiting for room, or outside any hub's reach (those with no location are counted apart).
    expect(out.assigned + out.unassigned + out.outside_reach).toBe(out.schools.length);
    expect(out.total_km).toBeLessThanOrEqual(out.greedy_total_km);
    expect(out.far_from_hubs.every((f) => f.nearest_metres > 20_000 && f.need_score >= 80)).toBe(true);
    const distances = out.far_from_hubs.map((f) => f.nearest_metres);
    expect([...distances].sort((a, b) => b - a)).toEqual(distances);
    // --within filters: a wider reach serves more schools and leaves fewer outside.
    const wider = JSON.parse((await runOa(['hubs', 'assign', '--within', '30', '--format', 'json'], real)).stdout) as Out;
    expect(wider.outside_reach).toBeLessThan(out.outside_reach);
    expect(wider.schools.filter((s) => s.hub_id !== null && (s.metres ?? 0) > 20_000 && s.opportunity_area_id !== hubOf.get(s.hub_id)?.opportunity_area_id).length).toBeGreaterThan(0);
    const outside = await runOa(['hubs', 'outside-reach', '--high-need-only', '--limit', '5', '--format', 'json'], real);
    const listed = JSON.parse(outside.stdout) as { outside_reach: number; high_need: number; schools: { high_need: boolean; nearest_km: number }[] };
    expect(listed.outside_reach).toBe(out.far_from_hubs.length);
    expect(listed.schools).toHaveLength(5);
    expect(listed.schools.every((s) => s.nearest_km > 20)).toBe(true);
  }, 180_000);
});

describe('oa engagement report', () => {
  beforeAll(async () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'oa-network-csv-'));
    const events = join(dir2, 'events.csv');
    const attendance = join(dir2, 'attendance.csv');
    writeFileSync(events, 'event_id,hub_id,kind,title,held_on\nlaunch,blackpool-research-school,briefing,Launch,2017-11-01\nday-1,blackpool-research-school,training,Day one,2018-01-10\n');
    writeFileSync(attendance, 'event_id,urn,role\nlaunch,141257,leader\nday-1,141257,teacher\n');
    expect((await runOa(['import', 'research-events', events], env)).code).toBe(0);
    expect((await runOa(['import', 'event-attendance', attendance], env)).code).toBe(0);
  });

  it('shows the hub’s funnel and its high-need schools not yet reached, with their address', async () => {
    const run = await runOa(['engagement', 'report', '--hub', 'blackpool-research-school', '--capacity', '2', '--high-need', '90', '--format', 'json'], env);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { schools: number; funnel: { level: string; at: number; atLeast: number }[]; not_reached: { urn: number; street: string; postcode: string }[] };
    expect(out.schools).toBe(2);
    expect(out.funnel.map((s) => [s.level, s.at, s.atLeast])).toEqual([['none', 1, 2], ['aware', 0, 1], ['trained', 1, 1], ['implementing', 0, 0], ['embedded', 0, 0]]);
    expect(out.not_reached).toEqual([expect.objectContaining({ urn: 100002, street: '100002 High Street', postcode: 'FY1 1AA' })]);
    const before = await runOa(['engagement', 'report', '--hub', 'blackpool-research-school', '--capacity', '2', '--as-of', '2017-12-31'], env);
    expect(before.stdout).toMatch(/aware\s+1\s+1/);
  });

  it('reports every local authority, and says how to load trusts until they are there', async () => {
    const run = await runOa(['engagement', 'report', '--by', 'local-authority', '--high-need', '90', '--format', 'json'], env);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { membership_loaded: boolean; items: { code: string; name: string; schools: number; high_need: number; high_need_not_reached: number; funnel: { level: string; at: number }[] }[] };
    expect(out.items.map((i) => [i.code, i.name, i.schools, i.high_need, i.high_need_not_reached])).toEqual([['E06000009', 'Blackpool', 4, 1, 1]]);
    expect(out.items[0]?.funnel.map((s) => s.at)).toEqual([3, 0, 1, 0, 0]);
    const trusts = await runOa(['engagement', 'report', '--by', 'trust'], env);
    expect(trusts.code).toBe(0);
    expect(trusts.stdout).toContain('No trust membership is loaded. Import a GIAS edubasealldata extract with its trust columns');
  });

  it('reports every trust as CSV once GIAS membership is loaded', async () => {
    const handle = await openDatabase({ engine: 'sqlite', path: join(dir, 'oa.sqlite') });
    await handle.db.updateTable('schools').set({ trust_code: '16784', trust_name: 'Coastal Learning Trust' }).where('urn', 'in', [100002, 141257]).execute();
    await handle.close();
    const run = await runOa(['engagement', 'report', '--by', 'trust', '--high-need', '90', '--format', 'csv'], env);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split(/\r?\n/)).toEqual([
      'kind,code,name,schools,high_need,high_need_not_reached,at_none,at_aware,at_trained,at_implementing,at_embedded',
      'trust,16784,Coastal Learning Trust,2,1,1,1,0,1,0,0',
    ]);
  });

  it('wants one of --hub and --by (exit 2)', async () => {
    expect((await runOa(['engagement', 'report'], env)).code).toBe(2);
    const both = await runOa(['engagement', 'report', '--hub', 'blackpool-research-school', '--by', 'trust'], env);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Give either --hub ID (one hub) or --by local-authority|trust (every one)');
  });

  it('refuses an unknown hub with the ones it knows (exit 2)', async () => {
    const run = await runOa(['engagement', 'report', '--hub', 'nowhere'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Placed: blackpool-research-school, derby-research-school');
  });
});
