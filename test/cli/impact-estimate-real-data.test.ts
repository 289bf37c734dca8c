import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImpactReport } from '../../src/domain/impact/index.ts';
import { runOa } from '../support/cli.ts';
import { cliDatabaseEngines } from '../support/cli-databases.ts';

/** The published files, in the `shared` folder beside the repository (never copied into it). */
const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const LAIT = join(SHARED_DATA, 'la-timeseries', 'lait_bds_long.parquet');
const AUTHORITIES = join(SHARED_DATA, 'lookups', 'education_la_codes.csv');
const haveData = existsSync(LAIT) && existsSync(AUTHORITIES);
if (!haveData) console.warn('oa impact estimate on the LAIT time series skipped: la-timeseries/lait_bds_long.parquet is not in the shared data folder.');

const BLACKPOOL = ['impact', 'estimate', '--area', 'blackpool', '--measure', 'KS2RWM_Expected_STD', '--from', '2017', '--placebo', '50'];

describe.runIf(haveData).each(await cliDatabaseEngines('oa impact estimate on the LAIT time series'))('oa impact estimate for Blackpool’s KS2 results ($name)', (engine) => {
  let env: NodeJS.ProcessEnv;
  let drop: () => Promise<void>;
  let reports: ImpactReport[];
  let json: string;

  beforeAll(async () => {
    const database = await engine.create();
    env = { DATABASE_URL: database.url };
    drop = database.drop;
    expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
    expect((await runOa(['demo', 'load'], env)).code).toBe(0);
    expect((await runOa(['import', 'education-authorities', AUTHORITIES], env)).code).toBe(0);
    const imported = await runOa(['import', 'lait-bds', LAIT], env);
    expect(imported.code, imported.stderr).toBe(0);
    const run = await runOa([...BLACKPOOL, '--format', 'json'], env);
    expect(run.code, run.stderr).toBe(0);
    json = run.stdout;
    reports = JSON.parse(json) as ImpactReport[];
  }, 300_000);
  afterAll(async () => {
    await drop();
  });

  it('gives all three estimates on one balanced panel, with 2020 and 2021 (no tests) left out and the one year before the start warned of', () => {
    expect(reports.map((r) => r.method)).toEqual(['sdid', 'sc', 'did']);
    for (const report of reports) {
      expect(report.measure.code).toBe('lait_ks2rwm_expected_std');
      expect(report.treated).toEqual([{ code: 'E06000009', name: 'Blackpool' }]);
      expect(report.pre_periods).toEqual(['2016']);
      expect(report.post_periods).toEqual(['2017', '2018', '2019', '2022', '2023', '2024', '2025']);
      expect(report.dropped.filter((d) => d.kind === 'period').map((d) => d.period)).toEqual(['2020', '2021']);
      expect(report.warnings[0]).toMatch(/^Only 1 period before the start \(2017\)/);
      expect(report.donors.reduce((sum, d) => sum + d.weight, 0)).toBeCloseTo(1, 9);
      expect(report.se).not.toBeNull();
      expect(report.ci95?.[0]).toBeCloseTo(report.estimate - 1.96 * (report.se ?? 0), 9);
      expect(report.placebos).toBe(50);
      // The mean gap from the start on is the estimate (docs/methodology.md §16.3).
      const post = report.trajectory.filter((p) => report.post_periods.includes(p.period));
      expect(post.reduce((sum, p) => sum + p.treated - p.comparison, 0) / post.length).toBeCloseTo(report.estimate, 9);
    }
    const [sdid, sc, did] = reports;
    expect(sc?.p_value).toBeGreaterThan(0);
    expect(sdid?.p_value).toBeNull();
    expect(did?.donors.length).toBe(sdid?.donors.length);
  });

  it('leaves the other Opportunity Areas’ authorities out of the pool and names them', () => {
    const left = reports[0]?.dropped.filter((d) => d.kind === 'unit' && d.reason.includes('Opportunity Area')).map((d) => d.kind === 'unit' && d.unit);
    // Bradford, Derby, Doncaster, Oldham, Stoke-on-Trent; the counties of Norwich, Scarborough, West
    // Somerset, Fenland and East Cambridgeshire, Hastings and Ipswich.
    expect(left).toEqual(expect.arrayContaining(['E08000032', 'E06000015', 'E08000017', 'E08000004', 'E06000021', 'E10000020', 'E10000023', 'E10000027', 'E10000003', 'E10000011', 'E10000029']));
    expect(left).toHaveLength(11);
  });

  it('gives the same answer for the same seed, and the same estimate with another standard error for another seed', async () => {
    const again = await runOa([...BLACKPOOL, '--format', 'json'], env);
    expect(again.stdout).toBe(json);
    const other = JSON.parse((await runOa([...BLACKPOOL, '--format', 'json', '--seed', '7'], env)).stdout) as ImpactReport[];
    expect(other.map((r) => r.estimate)).toEqual(reports.map((r) => r.estimate));
    expect(other.map((r) => r.se)).not.toEqual(reports.map((r) => r.se));
  });

  it('gives the same panel for Blackpool’s GSS code as for its Opportunity Area id, and compares with the North West when asked', async () => {
    const byCode = await runOa([...BLACKPOOL.map((a) => (a === 'blackpool' ? 'E06000009' : a)), '--format', 'json'], env);
    expect(byCode.stdout).toBe(json);
    const region = await runOa([...BLACKPOOL, '--method', 'did', '--comparison', 'region', '--format', 'json'], env);
    expect(region.code, region.stderr).toBe(0);
    const did = JSON.parse(region.stdout) as ImpactReport;
    expect(did.pool).toMatch(/^the \d+ other upper-tier authorities in North West$/);
    expect(did.donors.length).toBeLessThan(reports[2]?.donors.length ?? 0);
  });

  it('prints a table and a CSV of the same figures', async () => {
    const table = await runOa([...BLACKPOOL, '--method', 'sc'], env);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Treated: Blackpool (E06000009); from 2017');
    expect(table.stdout).toContain(`sc      ${(reports[1]?.estimate ?? 0).toFixed(2)}`);
    expect(table.stdout).toMatch(/sc: top \d+ of \d+ donors/);
    const csv = await runOa([...BLACKPOOL, '--format', 'csv'], env);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('measure,treated,method,estimate,se,ci95_low,ci95_high,p_value,pre_fit_rmse,pre_periods,post_periods,donors,placebos,seed,warnings');
    expect(lines.slice(1).map((l) => l.split(',').slice(2, 4))).toEqual(reports.map((r) => [r.method, String(r.estimate)]));
  });

  it('refuses an unknown measure, a start with no period before it and an area that is not an authority, exit code 2', async () => {
    const runs = await Promise.all([
      runOa(['impact', 'estimate', '--measure', 'KS9_Nothing', '--area', 'E06000009', '--from', '2017'], env),
      runOa(['impact', 'estimate', '--measure', 'KS2RWM_Expected_STD', '--area', 'E06000009', '--from', '2016'], env),
      runOa(['impact', 'estimate', '--measure', 'KS2RWM_Expected_STD', '--area', 'E92000001', '--from', '2017'], env),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(runs.map((r) => r.stdout)).toEqual(['', '', '']);
    expect(runs[0].stderr).toBe('oa: There is no indicator KS9_Nothing: check the code (GET /api/indicators lists them), or import the file it comes from\n');
    expect(runs[1].stderr).toMatch(/^oa: There is no period before the start \(2016\)/);
    expect(runs[2].stderr).toMatch(/^oa: E92000001 is not an upper-tier authority/);
  });
});
