import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runOa } from '../support/cli.ts';
import { giving360Errors } from '../support/giving360-schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-funding-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` };

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

interface JsonAllocation {
  total_pence: number;
  leftover_pennies: number;
  pot: { id: string; ring_fenced: { id: string; amount_pence: number }[] } | null;
  rows: { recipient: string; amount_pence: number; working: string[] }[];
}
const parse = (stdout: string) => JSON.parse(stdout) as JsonAllocation;

beforeAll(async () => {
  expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
  expect((await runOa(['demo', 'load'], env)).code).toBe(0);
});

describe('oa funding allocate from a file', () => {
  const schools = file('schools.csv', 'recipient,pupils,fsm_pupils\r\n100001,600,90\r\n100002,300,60\r\n100003,100,30\r\n');

  it('shares a total in proportion to a measure column, with a ceiling, to the penny', async () => {
    const run = await runOa(['funding', 'allocate', '--total', '1000', '--recipients', schools, '--formula', 'proportional', '--measure', 'pupils', '--ceiling', '400', '--format', 'json'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = parse(run.stdout);
    expect(out.rows.map((r) => [r.recipient, r.amount_pence])).toEqual([['100001', 400], ['100002', 400], ['100003', 200]]);
    expect(out.rows[0]?.working[1]).toBe('Round 1: the formula gives 600p, above the ceiling of £4: fixed at the ceiling, and the excess is shared among the others.');
  });

  it('writes CSV with pence, pounds and the working', async () => {
    const run = await runOa(['funding', 'allocate', '--total', '100', '--recipients', schools, '--formula', 'equal', '--format', 'csv'], env);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('recipient,amount_pence,amount_gbp,exact_pence,bound,extra_penny,working');
    expect(lines[1]).toMatch(/^100001,34,0\.34,100\/3,,1,"?Share of £1: equal, 1 of 3\./);
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['34', '33', '33']);
  });

  it('gives base-plus a base and shares the rest by the measure, in a table by default', async () => {
    const run = await runOa(['funding', 'allocate', '--total', '2400', '--recipients', schools, '--formula', 'base-plus', '--base', '300', '--measure', 'fsm_pupils'], env);
    expect(run.code).toBe(0);
    // 2400 − 3 × 300 = 1500 shared 90:60:30 → 750, 500, 250 on top of the base.
    expect(run.stdout).toMatch(/100001\s+£10\.50\s+1050/);
    expect(run.stdout).toMatch(/100003\s+£5.50\s+550/);
    expect(run.stdout).toContain('Total £24 (2400p) over 3 recipients, base-plus');
  });

  it('reports every bad row with its row, column and reason, and exits 1', async () => {
    const bad = file('bad.csv', 'recipient,pupils\r\n100001,600\r\n,300\r\n100001,-5\r\n100004,lots\r\n');
    const run = await runOa(['funding', 'allocate', '--total', '1000', '--recipients', bad, '--formula', 'proportional', '--measure', 'pupils'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter((l) => l !== '')).toEqual([
      `${bad}, row 3, recipient: The recipient is blank: every row needs one (value "")`,
      `${bad}, row 4, recipient: This recipient is already on row 2: list each recipient once (value "100001")`,
      `${bad}, row 4, pupils: The measure is negative: it must be 0 or more (value "-5")`,
      `${bad}, row 5, pupils: The measure is not a number (value "lots")`,
      `oa: ${bad}: 4 problems; nothing was allocated.`,
    ]);
  });

  it('names the measure columns the file has when --measure names one it does not', async () => {
    const run = await runOa(['funding', 'allocate', '--total', '1000', '--recipients', schools, '--formula', 'proportional', '--measure', 'need'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('row 1, need: There is no measure column "need"; the file has pupils, fsm_pupils');
  });

  it('fails with the domain’s message when the floors cannot be met', async () => {
    const run = await runOa(['funding', 'allocate', '--total', '1000', '--recipients', schools, '--formula', 'equal', '--floor', '400'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('oa: The floors add up to £12, more than the total of £10: lower the floors\n');
  });

  it('refuses bad usage with exit 2', async () => {
    const cases: string[][] = [
      ['--total', '1000', '--formula', 'equal'],
      ['--pot', 'careers-fund-2017', '--total', '1000', '--recipients', schools, '--formula', 'equal'],
      ['--total', '10.5', '--recipients', schools, '--formula', 'equal'],
      ['--total', '1000', '--recipients', schools, '--formula', 'proportional'],
      ['--total', '1000', '--recipients', schools, '--formula', 'base-plus', '--measure', 'pupils'],
      ['--total', '1000', '--recipients', schools, '--formula', 'fair'],
    ];
    for (const args of cases) expect((await runOa(['funding', 'allocate', ...args], env)).code, args.join(' ')).toBe(2);
  });
});

describe('oa funding allocate --pot', () => {
  it('shares the 2017–2020 £72m equally: £6m to each of the twelve areas', async () => {
    const run = await runOa(['funding', 'allocate', '--pot', 'opportunity-areas-2017-2020', '--formula', 'equal', '--format', 'json'], env);
    expect(run.code).toBe(0);
    const out = parse(run.stdout);
    expect(out.rows).toHaveLength(12);
    expect(new Set(out.rows.map((r) => r.amount_pence))).toEqual(new Set([600_000_000]));
  });

  it('takes the ring-fenced £1m twinning pot off the 2020/21 £18m before sharing', async () => {
    const run = await runOa(['funding', 'allocate', '--pot', 'opportunity-areas-2020-21', '--formula', 'equal', '--format', 'json'], env);
    expect(run.code).toBe(0);
    const out = parse(run.stdout);
    expect(out.total_pence).toBe(1_700_000_000);
    expect(out.pot?.ring_fenced).toEqual([{ id: 'twinning-2020-21', amount_pence: 100_000_000 }]);
    // 1,700,000,000 ÷ 12 = 141,666,666⅔: eight pennies left for the eight areas first A–Z.
    expect(out.rows.filter((r) => r.amount_pence === 141_666_667)).toHaveLength(8);
    expect(out.rows.reduce((s, r) => s + r.amount_pence, 0)).toBe(1_700_000_000);
  });

  it('takes measures for the areas from --recipients and reproduces the two published 2020/21 shares', async () => {
    const ids = ['blackpool', 'derby', 'norwich', 'oldham', 'north-yorkshire-coast', 'west-somerset', 'bradford', 'doncaster', 'fenland-and-east-cambridgeshire', 'hastings', 'ipswich', 'stoke-on-trent'];
    const measures = file('areas.csv', `recipient,need\n${ids.map((id) => `${id},${id === 'blackpool' ? 300 : id === 'west-somerset' ? 50 : 100}`).join('\n')}\n`);
    const run = await runOa(
      ['funding', 'allocate', '--pot', 'opportunity-areas-2020-21', '--recipients', measures, '--formula', 'proportional', '--measure', 'need', '--floor', '98000000', '--ceiling', '197000000', '--format', 'json'],
      env,
    );
    expect(run.code).toBe(0);
    const amounts = Object.fromEntries(parse(run.stdout).rows.map((r) => [r.recipient, r.amount_pence]));
    expect(amounts['blackpool']).toBe(197_000_000);
    expect(amounts['west-somerset']).toBe(98_000_000);
    expect(amounts['derby']).toBe(140_500_000);
  });

  it('says so when the pot does not exist', async () => {
    const run = await runOa(['funding', 'allocate', '--pot', 'no-such-pot', '--formula', 'equal'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no fund or pot with the id "no-such-pot"');
  });
});

describe('oa funding report', () => {
  it('shows the research-school fund with its two funders and checks they add up', async () => {
    const run = await runOa(['funding', 'report', '--fund', 'research-schools-2017'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/research-schools-2017-eef\s+contribution\s+2017\/18 to 2019\/20\s+£2,000,000/);
    expect(run.stdout).toMatch(/research-schools-2017-dfe\s+contribution\s+2017\/18 to 2019\/20\s+£1,500,000/);
    expect(run.stdout).toContain('research-schools-2017: £3,500,000; pots £3,500,000 (350000000p); fully allocated');
    expect(run.stdout).toContain('Allocation: none yet; £3,500,000 to allocate');
  });

  it('reports what the 2020/21 pots leave unallocated, in JSON', async () => {
    const run = await runOa(['funding', 'report', '--fund', 'opportunity-areas-2020-21', '--format', 'json'], env);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { pots: { id: string }[]; checks: { unallocatedPence: number }[]; withinTotals: boolean };
    expect(out.pots.map((p) => p.id).sort()).toEqual(['blackpool-2020-21', 'twinning-2020-21', 'west-somerset-2020-21']);
    expect(out.checks).toEqual([{ fundId: 'opportunity-areas-2020-21', amountPence: 1_800_000_000, allocatedPence: 395_000_000, unallocatedPence: 1_405_000_000, overAllocated: false }]);
    expect(out.withinTotals).toBe(true);
  });

  it('compares the current allocation with what there is to allocate', async () => {
    const programme = await runOa(['funding', 'report', '--fund', 'opportunity-areas-2017-2020'], env);
    expect(programme.stdout).toContain('Allocation (the published allocation pots): 12 recipients, £72,000,000 (7200000000p) of £72,000,000 to allocate: all of it, to the penny.');
    const extension = await runOa(['funding', 'report', '--fund', 'opportunity-areas-2020-21'], env);
    expect(extension.stdout).toContain('Allocation (the published allocation pots): 2 recipients, £2,950,000 (295000000p) of £17,000,000 to allocate: £14,050,000 not yet allocated.');
  });

  it('fails for an unknown fund', async () => {
    expect((await runOa(['funding', 'report', '--fund', 'nope'], env)).code).toBe(1);
  });
});

describe('oa funding export-360giving', () => {
  it('prints a 360Giving package that validates against the standard’s schema', async () => {
    const run = await runOa(['funding', 'export-360giving', '--fund', 'opportunity-areas-2017-2020'], env);
    expect(run.code).toBe(0);
    const pkg = JSON.parse(run.stdout) as { grants: { id: string }[] };
    expect(giving360Errors(pkg)).toEqual([]);
    expect(pkg.grants).toHaveLength(12);
  });

  it('writes CSV, with a prefix and award date given', async () => {
    const run = await runOa(['funding', 'export-360giving', '--fund', 'opportunity-areas-2020-21', '--format', 'csv', '--prefix', '360G-dfe-oa', '--award-date', '2019-11-05'], env);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\r\n')[1]).toMatch(/^360G-dfe-oa-blackpool-2020-21,.*,GBP,1970000,2019-11-05,360G-dfe-oa-org-blackpool,/);
  });

  it('fails for a fund with no allocations', async () => {
    const run = await runOa(['funding', 'export-360giving', '--fund', 'research-schools-2017', '--award-date', '2017-07-01'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('research-schools-2017 has no allocations to export as grants');
  });
});

describe('spend from the command line', () => {
  const spendEnv = { DATABASE_URL: `sqlite:${join(dir, 'spend.sqlite')}`, USER: 'ann', FUNDING_APPROVAL_THRESHOLD_PENCE: '1000000' };
  const now = '2020-11-25T09:00:00.000Z';

  beforeAll(async () => {
    expect((await runOa(['db', 'migrate'], spendEnv)).code).toBe(0);
    expect((await runOa(['demo', 'load'], spendEnv)).code).toBe(0);
  });

  it('imports every line of a good file, holding the large one for approval', async () => {
    const good = file(
      'spend.csv',
      'recipient,kind,date,purpose,evidence_strand,amount_gbp\r\n' +
        'blackpool,payment,2017-10-02,Maths mastery training,mastery-learning,"2,100,000.00"\r\n' +
        'blackpool,commitment,2018-09-01,Reading programme,,500\r\n' +
        'derby,payment,2019-01-15,Careers fair,,25000.50\r\n',
    );
    const dry = await runOa(['funding', 'import-spend', '--fund', 'opportunity-areas-2017-2020', good, '--dry-run'], spendEnv, { now });
    expect(dry.stdout).toBe(`${good}: 3 lines would be imported, 2 of them held for approval (dry run: nothing written)\n`);
    const run = await runOa(['funding', 'import-spend', '--fund', 'opportunity-areas-2017-2020', good], spendEnv, { now });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${good}: 3 lines imported, 2 of them held for approval by a second person (above £10,000 on their own, or with the recipient's other lines that day or in this file)\n`);
  });

  it('low (issue 23): holds every line of a file that splits £20,000 to one recipient into lines under the threshold', async () => {
    const split = file(
      'split-spend.csv',
      'recipient,kind,date,purpose,amount_gbp\r\n' + ['2018-10-01', '2018-10-02', '2018-10-03', '2018-10-04'].map((day) => `oldham,payment,${day},Tutoring,"5,000.00"`).join('\r\n') + '\r\nnorwich,payment,2018-10-01,Tutoring,"9,999.99"\r\n',
    );
    const dry = await runOa(['funding', 'import-spend', '--fund', 'opportunity-areas-2017-2020', split, '--dry-run'], spendEnv, { now });
    expect(dry.stdout).toBe(`${split}: 5 lines would be imported, 4 of them held for approval (dry run: nothing written)\n`);
    const run = await runOa(['funding', 'import-spend', '--fund', 'opportunity-areas-2017-2020', split], spendEnv, { now });
    expect(run.stdout).toContain(`${split}: 5 lines imported, 4 of them held for approval by a second person`);
    const lines = JSON.parse((await runOa(['funding', 'spend', '--fund', 'opportunity-areas-2017-2020', '--format', 'json'], spendEnv, { now })).stdout) as { recipient: string; status: string }[];
    expect(lines.filter((l) => l.recipient === 'oldham').map((l) => l.status)).toEqual(Array(4).fill('pending_approval'));
    expect(lines.filter((l) => l.recipient === 'norwich').map((l) => l.status)).toEqual(['approved']);
  });

  it('refuses a file with a bad row, naming row, column and reason, and imports nothing from it', async () => {
    const bad = file(
      'bad-spend.csv',
      'recipient,kind,date,purpose,amount_gbp\r\nblackpool,payment,2018-01-01,Books,100\r\nleeds,refund,2021-01-01,Books,12.345\r\n',
    );
    const run = await runOa(['funding', 'import-spend', '--fund', 'opportunity-areas-2017-2020', bad], spendEnv, { now });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((l) => l !== '')).toEqual([
      `${bad}, row 3, recipient: leeds has no allocation from this fund: choose one of its recipients (value "leeds")`,
      `${bad}, row 3, kind: Select commitment or payment (value "refund")`,
      `${bad}, row 3, date: The date must be within the fund's years (2017/18, 2018/19, 2019/20) (value "2021-01-01")`,
      `${bad}, row 3, amount_gbp: The amount must be in pounds and pence, like 1,250.50: commas only between groups of three digits, and no more than 2 decimal places (value "12.345")`,
      `oa: ${bad}: 4 problems; nothing was imported.`,
    ]);
  });

  it('shows variance by recipient with only approved lines counted', async () => {
    const run = await runOa(['funding', 'variance', '--fund', 'opportunity-areas-2017-2020', '--format', 'json', '--by-period'], spendEnv, { now });
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { recipient: string; period: string; committedPence: number; paidPence: number; pendingPence: number; flag: string | null }[];
    // The £2.1m and £25,000.50 payments wait for approval (above £10,000): shown as pending, not counted.
    expect(rows.find((r) => r.recipient === 'blackpool' && r.period === '2017/18')).toMatchObject({ paidPence: 0, pendingPence: 210_000_000, flag: 'underspend' });
    expect(rows.find((r) => r.recipient === 'blackpool' && r.period === '2018/19')).toMatchObject({ committedPence: 50_000, paidPence: 0, pendingPence: 0 });
    expect(rows.find((r) => r.recipient === 'derby' && r.period === '2018/19')).toMatchObject({ paidPence: 0, pendingPence: 2_500_050 });
  });

  it('lists the lines and lets a second person approve one at the command line, never its recorder', async () => {
    const list = await runOa(['funding', 'spend', '--fund', 'opportunity-areas-2017-2020', '--format', 'json'], spendEnv, { now });
    const lines = JSON.parse(list.stdout) as { id: number; amountPence: number; status: string; recordedBy: string }[];
    const large = lines.find((l) => l.amountPence === 210_000_000);
    expect(large).toMatchObject({ status: 'pending_approval', recordedBy: 'cli:ann' });
    const id = String(large?.id);
    const self = await runOa(['funding', 'approve-spend', '--fund', 'opportunity-areas-2017-2020', '--line', id], spendEnv, { now });
    expect(self.code).toBe(1);
    expect(self.stderr).toBe('oa: You recorded this line, so someone else must approve it\n');
    const other = await runOa(['funding', 'approve-spend', '--fund', 'opportunity-areas-2017-2020', '--line', id], { ...spendEnv, USER: 'bob' }, { now });
    expect(other.stdout).toBe(`Line ${id} approved: £2,100,000 for blackpool\n`);
    const table = await runOa(['funding', 'spend', '--fund', 'opportunity-areas-2017-2020', '--area', 'derby'], spendEnv, { now });
    expect(table.stdout).toMatch(/derby\s+payment\s+£25,000.50\s+awaiting approval\s+cli:ann\s+Careers fair/);
    expect((await runOa(['funding', 'approve-spend', '--fund', 'opportunity-areas-2017-2020', '--line', 'x'], spendEnv)).code).toBe(2);
  });

  it('confirms an allocation run against a pot, after which spend is checked against its recipients', async () => {
    const run = await runOa(['funding', 'allocate', '--pot', 'opportunity-areas-2020-21', '--formula', 'equal', '--format', 'csv', '--confirm'], spendEnv, { now });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Saved as allocation run 1 of opportunity-areas-2020-21/);
    const variance = await runOa(['funding', 'variance', '--fund', 'opportunity-areas-2020-21', '--format', 'json'], spendEnv, { now });
    const rows = JSON.parse(variance.stdout) as { recipient: string; plannedPence: number }[];
    expect(rows).toHaveLength(12);
    expect(rows.reduce((s, r) => s + r.plannedPence, 0)).toBe(1_700_000_000);
    expect((await runOa(['funding', 'allocate', '--total', '100', '--recipients', join(dir, 'schools.csv'), '--formula', 'equal', '--confirm'], spendEnv)).code).toBe(2);
  });
});
