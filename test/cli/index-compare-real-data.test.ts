import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runOa } from '../support/cli.ts';

/** The published files, in the `shared` folder beside the repository (never copied into it). */
const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const ANCHORS = join(SHARED_DATA, 'social-mobility-index', 'smi_published_rank_anchors.csv');
const haveData = existsSync(join(SHARED_DATA, 'schools')) && existsSync(ANCHORS);
if (!haveData) console.warn(`Published-ranks comparison on public data skipped: no shared data folder beside the repository (expected ${SHARED_DATA}).`);

const dir = mkdtempSync(join(tmpdir(), 'oa-compare-data-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` };

const rhoOf = (stdout: string): { rho: number; shared: number; published: number } => {
  const match = /Spearman's rho with the \d{4} published ranks: (-?\d\.\d{3}) over (\d+) districts ranked in both \(of (\d+) published\)/.exec(stdout);
  expect(match, stdout).not.toBeNull();
  return { rho: Number(match?.[1]), shared: Number(match?.[2]), published: Number(match?.[3]) };
};

describe.skipIf(!haveData)('oa index compare on the published ranks in the data folder', () => {
  beforeAll(async () => {
    expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
    expect((await runOa(['demo', 'load'], env)).code).toBe(0);
    expect((await runOa(['import', 'all', SHARED_DATA, '--except', 'lait-bds'], env)).code).toBe(0);
    expect((await runOa(['indicators', 'derive'], env)).code).toBe(0);
  }, 300_000);

  it('compares the proxy recipe with the 2016 ranks alone: 26 published, the 14 of 2017 left out', async () => {
    const run = await runOa(['index', 'compare', '--recipe', 'proxy-district-2019', '--published', ANCHORS], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Published ranks: 2016 (the recipe’s edition), 26 district(s) from smi_published_rank_anchors.csv; 14 row(s) of other years not used.');
    const { rho, shared, published } = rhoOf(run.stdout);
    expect(published).toBe(26);
    // West Somerset (324th in 2016) is ranked only once every school has a district (issue 17); 25 or 26.
    expect(shared).toBeGreaterThanOrEqual(25);
    // 0.489 on the data as placed by coordinates alone (methodology §10.12): a moderate agreement, never a reversal.
    expect(rho).toBeGreaterThan(0.3);
    expect(rho).toBeLessThan(0.8);
  });

  it('compares with 2017 when asked, and refuses a year the file does not have', async () => {
    const run = await runOa(['index', 'compare', '--recipe', 'proxy-district-2019', '--published', ANCHORS, '--year', '2017'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(rhoOf(run.stdout).published).toBe(14);
    const bad = await runOa(['index', 'compare', '--recipe', 'proxy-district-2019', '--published', ANCHORS, '--year', '2015'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('has published ranks for 2016 and 2017, not 2015');
  });
});
