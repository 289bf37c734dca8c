import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPanel, estimateImpact, impactReport, type ImpactReport, type PanelRow } from '../../src/domain/impact/index.ts';
import { seededRandom } from '../../src/domain/social-mobility-index/seeded-random.ts';
import { runOa } from '../support/cli.ts';

/** California's Proposition 99 (test/domain/impact/prop99.test.ts): State,Year,PacksPerCapita,treated. */
const PROP99 = new URL('../fixtures/impact/california-prop99.csv', import.meta.url);
const PROP99_COLUMNS = ['--panel-columns', 'unit=State,period=Year,value=PacksPerCapita'];

const folder = mkdtempSync(join(tmpdir(), 'oa-impact-panel-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});
const write = (name: string, content: string): string => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};
// No database: a panel file is estimated without the store.
const env = {};

describe('oa impact estimate --panel FILE', () => {
  it('reproduces the published Proposition 99 estimates from the file: SDID −15.6, SC −19.6, DID −27.3', async () => {
    const run = await runOa(['impact', 'estimate', '--panel', PROP99.pathname, ...PROP99_COLUMNS, '--from', '1989', '--placebo', '10', '--format', 'json'], env);
    expect(run.code, run.stderr).toBe(0);
    const reports = JSON.parse(run.stdout) as ImpactReport[];
    expect(reports.map((r) => [r.method, r.estimate.toFixed(1)])).toEqual([['sdid', '-15.6'], ['sc', '-19.6'], ['did', '-27.3']]);
    expect(reports[0]?.treated).toEqual([{ code: 'California', name: 'California' }]);
    expect(reports[0]?.pre_periods).toHaveLength(19);
    expect(reports[0]?.pool).toBe('the 38 comparison units of the panel file');
  });

  it('gives exactly the estimate of the same panel built in memory, from a semicolon-separated copy with its own header names', async () => {
    const lines = readFileSync(PROP99, 'utf8').trim().split('\n').slice(1);
    const rows: PanelRow[] = lines.map((line) => {
      const [unit = '', period = '', value = '', treated = ''] = line.split(',');
      return { unit, period, value: Number(value), treated: treated === '1' };
    });
    const built = buildPanel(rows);
    if (!built.ok) throw new Error(built.error.message);
    const estimate = estimateImpact(built.value, { method: 'sc', replications: 15, random: seededRandom(9) });
    if (!estimate.ok) throw new Error(estimate.error.message);
    // Decimal commas and yes/no, as a spreadsheet set to another locale saves it.
    const copy = write('prop99-semicolons.csv', `state;year;packs;tax\n${rows.map((r) => `${r.unit};${r.period};${String(r.value ?? '').replace('.', ',')};${r.treated ? 'yes' : 'no'}`).join('\n')}\n`);
    const run = await runOa(['impact', 'estimate', '--panel', copy, '--panel-columns', 'unit=state,period=year,value=packs,treated=tax', '--method', 'sc', '--placebo', '15', '--seed', '9', '--format', 'json'], env);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as ImpactReport;
    const expected = impactReport(estimate.value, { measure: report.measure, names: new Map(), pool: report.pool, seed: 9 });
    expect(report).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('prints a table naming the file’s units by their codes', async () => {
    const run = await runOa(['impact', 'estimate', '--panel', PROP99.pathname, ...PROP99_COLUMNS, '--from', '1989', '--placebo', '5', '--method', 'did'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(['PacksPerCapita from california-prop99.csv (PacksPerCapita)', 'Treated: California; from 1989']);
  });

  it('lists every problem of a bad file with row, column and reason, estimates nothing and exits 1', async () => {
    const bad = write('bad.csv', 'unit,period,value,treated\nA,2016,1,0\nA,2017,x,0\nB,2016,2,perhaps\nB,2016,3,1\nC,2016,1,0\n');
    const run = await runOa(['impact', 'estimate', '--panel', bad, '--from', '2017'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'bad.csv, row 3, value: Expected a number, or blank, NA, - or . (value "x")',
        'bad.csv, row 4, treated: Expected 1, 0, true, false, yes or no (value "perhaps")',
        'bad.csv, row 5, period: B already has a row for 2016 (row 4): each unit may have one row per period (value "2016")',
        'oa: bad.csv: 3 problems; nothing was estimated.',
        '',
      ].join('\n'),
    );
  });

  it('refuses store options beside --panel, a missing store option without it, and a file that cannot be read (exit 2, 2, 1)', async () => {
    const runs = await Promise.all([
      runOa(['impact', 'estimate', '--panel', PROP99.pathname, '--area', 'blackpool', '--comparison', 'region'], env),
      runOa(['impact', 'estimate', '--area', 'blackpool', '--from', '2017'], env),
      runOa(['impact', 'estimate', '--panel', join(folder, 'absent.csv')], env),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 1]);
    expect(runs[0].stderr).toBe('oa: --area, --comparison choose from the store and cannot go with --panel: the file gives the units, the treated ones and the values\n');
    expect(runs[1].stderr).toBe('oa: Give --measure (or --panel FILE with your own panel)\n');
    expect(runs[2].stderr).toMatch(/absent\.csv: The file does not exist\n$/);
  });
});
