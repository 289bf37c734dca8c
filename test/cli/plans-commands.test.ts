import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runOa } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-plans-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` };
const EXAMPLE = new URL('../../docs/examples/delivery-plan.example.csv', import.meta.url).pathname;
const HEADER = readFileSync(EXAMPLE, 'utf8').split('\n')[0] ?? '';

function planFile(name: string, rows: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, [HEADER, ...rows].join('\n') + '\n');
  return path;
}

interface StatusJson {
  measures: { measure: string; status: string; progress: number | null; elapsed: number | null; latest: { period: string; value: number } | null }[];
}

beforeAll(async () => {
  expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
  expect((await runOa(['demo', 'load'], env)).code).toBe(0);
});

describe('oa plans', () => {
  it('imports the example plan, then finds nothing to change in the same file', async () => {
    const first = await runOa(['plans', 'import', EXAMPLE], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    // 2 priorities, 2 objectives, 2 measures, 3 targets and 2 actuals.
    expect(first.stdout).toBe('delivery-plan.example.csv (plans): 11 inserted, 0 updated, 0 unchanged\n');
    const again = await runOa(['plans', 'import', EXAMPLE], env);
    expect(again.stdout).toBe('delivery-plan.example.csv (plans): 0 inserted, 0 updated, 11 unchanged\n');
  });

  it('gives each measure its status by the rule, as JSON', async () => {
    const result = await runOa(['plans', 'status', '--area', 'blackpool', '--format', 'json'], env);
    expect(result.code).toBe(0);
    const { measures } = JSON.parse(result.stdout) as StatusJson;
    // KS2: 53 against 54 due 2017/18 (one year of one): progress 3/4 = 0.75 with all the time gone: at risk.
    // NEET: 7.8 in 2017/18 against 6 by 2019/20: progress 0.1 with a third of the time gone: at risk (shortfall 0.233).
    expect(measures.map((m) => [m.measure, m.status, m.progress, m.elapsed])).toEqual([
      ['neet-16-17', 'at_risk', expect.closeTo(0.1, 10) as unknown, expect.closeTo(1 / 3, 10) as unknown],
      ['ks2-rwm', 'at_risk', 0.75, 1],
    ]);
    const table = await runOa(['plans', 'status', '--area', 'blackpool'], env);
    expect(table.stdout).toContain('ks2-rwm');
    expect(table.stdout).toContain('53 (2017/18)');
    expect((await runOa(['plans', 'status', '--area', 'derby'], env)).stdout).toContain('derby has no delivery plan measures yet');
    expect((await runOa(['plans', 'status', '--area', 'atlantis'], env)).code).toBe(2);
  });

  it('refuses a file with any bad row, naming every row, column and reason, and imports nothing from it', async () => {
    const bad = planFile('bad.csv', [
      'blackpool,Teachers,teachers,Recruit,teacher-vacancies,Vacancies,Vacancy rate,%,lower_is_better,3,2016/17,,,2018/19,4,,,',
      'atlantis,Teachers,teachers,Recruit,x,X,X,%,lower_is_better,3,2016/17,,,2018/19,2,,,',
      'blackpool,Teachers,teachers,Recruit,teacher-vacancies,Vacancies,Vacancy rate,%,lower_is_better,3,2016/17,,,2019/20,2,2.5,,',
      'blackpool,Teachers,recruitment,Recruit,fsm,FSM,FSM share,%,higher_is_better,3,2016/17,fsm_share,E06000015,2019/20,4,,,',
      'blackpool,Teachers,teachers,Recruit,late,Late,Late,%,sideways,3,2016/18,,,2019/20,4,,,',
    ]);
    const result = await runOa(['plans', 'import', bad], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'bad.csv, row 6, polarity: Enter higher_is_better or lower_is_better (value "sideways")',
      'bad.csv, row 6, baseline_period: "2016/18" is not an academic year: the second year must follow the first, like 2016/17 (value "2016/18")',
      'bad.csv, row 3, area: There is no Opportunity Area "atlantis": use its identifier, like blackpool (oa areas list) (value "atlantis")',
      'bad.csv, row 4, source: Say where the actual comes from, such as the DfE release',
      'bad.csv, row 4, recorded_on: Give the date the actual was recorded, like 2018-12-13',
      'bad.csv, row 5, indicator_area: E06000015 is not a district of blackpool: use one of E06000009 (value "E06000015")',
      'bad.csv, row 5, theme: The priority "Teachers" has the theme teachers at line 2: give each priority one theme (value "recruitment")',
      'bad.csv, row 2, target: The target 4 is worse than the baseline 3 for a measure where lower is better (value "2018/19")',
      'oa: bad.csv: 8 problems in 5 rows; nothing was imported.',
    ]);
    const status = JSON.parse((await runOa(['plans', 'status', '--area', 'blackpool', '--format', 'json'], env)).stdout) as StatusJson;
    expect(status.measures.map((m) => m.measure)).toEqual(['neet-16-17', 'ks2-rwm']);
  });

  it('counts what a changed file would change with --dry-run, and writes nothing', async () => {
    const lines = readFileSync(EXAMPLE, 'utf8').trim().split('\n').slice(1);
    const changed = planFile('changed.csv', lines.map((line) => line.replace(',2019/20,62,', ',2019/20,64,')));
    const dry = await runOa(['plans', 'import', changed, '--dry-run'], env);
    expect(dry.stdout).toBe('changed.csv (plans): 0 would be inserted, 1 would be updated, 10 unchanged (dry run: nothing written)\n');
    // Had the dry run written anything, the real import would find nothing to update.
    expect((await runOa(['plans', 'import', changed], env)).stdout).toBe('changed.csv (plans): 0 inserted, 1 updated, 10 unchanged\n');
    const csv = await runOa(['plans', 'status', '--area', 'blackpool', '--format', 'csv'], env);
    expect(csv.stdout.split('\r\n')[0]).toBe('area,area_name,theme,priority,objective,measure,measure_name,unit,polarity,baseline_period,baseline,latest_period,latest,target_period,target,progress_pct,time_elapsed_pct,status,rule_status,override_reason');
  });
});
