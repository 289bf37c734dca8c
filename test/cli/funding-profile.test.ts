import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runOa } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-fund-profile-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}`, USER: 'finance' };

beforeAll(async () => {
  expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
  expect((await runOa(['demo', 'load'], env)).code).toBe(0);
});

describe('oa funding profile', () => {
  it('shows a fund’s funders with their shares and its published conditions', async () => {
    const run = await runOa(['funding', 'profile', '--fund', 'research-schools-2017'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Funded by: Education Endowment Foundation £2,000,000 (57.14%); Department for Education £1,500,000 (42.86%)');
    expect(run.stdout).toContain('Conditions: For Research Schools in the Opportunity Areas');
    expect(run.stdout).toContain('Profile: none set, so spend is planned evenly over the fund’s years.');
  });

  it('refuses a profile that does not add up, saving nothing; saves one that does, which the variance then follows', async () => {
    const bad = await runOa(['funding', 'profile', '--fund', 'opportunity-areas-2017-2020', '--set', '2017/18=20000000', '2018/19=26000000'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('The years add up to 4600000000p but the fund is 7200000000p: they must add up exactly');
    const good = await runOa(['funding', 'profile', '--fund', 'opportunity-areas-2017-2020', '--set', '2017/18=20000000', '2018/19=26000000', '2019/20=26000000'], env);
    expect(good.code).toBe(0);
    expect(good.stderr).toBe('Saved the profile of opportunity-areas-2017-2020.\n');
    expect(good.stdout).toMatch(/2018\/19\s+£26,000,000\s+2600000000/);
    const variance = await runOa(['funding', 'variance', '--fund', 'opportunity-areas-2017-2020', '--by-period', '--format', 'json'], env);
    const rows = JSON.parse(variance.stdout) as { recipient: string; period: string; plannedPence: number }[];
    expect(rows.filter((r) => r.recipient === 'blackpool').map((r) => [r.period, r.plannedPence])).toEqual([
      ['2017/18', 166_666_666],
      ['2018/19', 216_666_667],
      ['2019/20', 216_666_667],
    ]);
    // Reloading the demo data keeps a profile the programme team set.
    expect((await runOa(['demo', 'load'], env)).code).toBe(0);
    expect((await runOa(['funding', 'profile', '--fund', 'opportunity-areas-2017-2020'], env)).stdout).toContain('2019/20');
    const audit = await runOa(['audit', 'list', '--entity', 'fund:opportunity-areas-2017-2020', '--format', 'json'], env);
    expect(audit.stdout).toContain('fund.profile');
    expect((await runOa(['funding', 'profile', '--fund', 'opportunity-areas-2017-2020', '--clear'], env)).stdout).toContain('Profile: none set');
  });

  it('says what is wrong with a --set it cannot read, and with an unknown fund', async () => {
    expect(await runOa(['funding', 'profile', '--fund', 'opportunity-areas-2017-2020', '--set', '2017-18=5'], env)).toMatchObject({ code: 2, stderr: 'oa: --set 2017-18=5: give YEAR=POUNDS, like 2017/18=20000000\n' });
    expect((await runOa(['funding', 'profile', '--fund', 'nope'], env)).stderr).toContain('There is no fund with the id "nope"');
  });
});
