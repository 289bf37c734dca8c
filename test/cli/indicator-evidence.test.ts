import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { runOa } from '../support/cli.ts';
import { HASTINGS, loadEvidenceSchools, loadOtherIndexInputs } from '../support/evidence-schools.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-evidence-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` };
const HASTINGS_NOTE = '1 school, 40% of pupils: not enough for a district figure (it needs at least 3 mainstream schools, or all of them where there are fewer, and 50% of pupils)';

beforeAll(async () => {
  expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
  expect((await runOa(['demo', 'load'], env)).code).toBe(0);
  const handle = await openDatabase({ engine: 'sqlite', path: join(dir, 'oa.sqlite') });
  await loadEvidenceSchools(handle.db);
  await loadOtherIndexInputs(handle.db);
  await handle.close();
});

describe('oa indicators derive and oa index explain under the evidence rule', () => {
  it('derives under the default rule, says so and counts the districts each indicator loses', async () => {
    const run = await runOa(['indicators', 'derive'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Rule: at least 3 mainstream schools with a figure (or all of them, where a district has fewer) and 50% of the district’s pupils in the phase.');
    expect(run.stdout).toMatch(/^ks4_attainment8 +1 +1 *$/m);
    expect(run.stdout).toMatch(/^ks4_attainment8_incl_special +1 +1 *$/m);
  });

  it('explains a ranked district’s missing figure with what it rests on', async () => {
    const run = await runOa(['index', 'explain', '--recipe', 'proxy-district-2019', '--area', HASTINGS], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`No figure (left out, the other indicators of its stage count for more):\n  Key stage 4: average Attainment 8 score (2018/19): ${HASTINGS_NOTE}\n`);
  });

  it('publishes what a laxer rule allows, and clears it again under the default', async () => {
    expect((await runOa(['indicators', 'derive', '--min-schools', '1', '--min-pupil-share', '40%'], env)).stdout).toContain('Rule: at least 1 mainstream school with a figure and 40%');
    expect((await runOa(['index', 'explain', '--recipe', 'proxy-district-2019', '--area', HASTINGS], env)).stdout).not.toContain('No figure');
    const back = await runOa(['indicators', 'derive'], env);
    expect(back.stdout).toMatch(/[1-9]\d* updated/);
    expect((await runOa(['index', 'explain', '--recipe', 'proxy-district-2019', '--area', HASTINGS], env)).stdout).toContain(HASTINGS_NOTE);
  });

  it('refuses a rule that means nothing, with exit 2 and what to give', async () => {
    const share = await runOa(['indicators', 'derive', '--min-pupil-share', '150'], env);
    expect(share).toMatchObject({ code: 2, stderr: 'oa: Minimum share of pupils must be from 0% to 100%.\n' });
    const schools = await runOa(['indicators', 'derive', '--min-schools', 'three'], env);
    expect(schools.code).toBe(2);
    expect(schools.stderr).toContain('must be a whole number of schools, like 3.');
  });
});
