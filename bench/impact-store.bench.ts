/**
 * Impact estimates from the store benchmark (issue 18, item 7): after `oa import lait-bds` of the shared
 * LAIT file into a fresh SQLite store, every Opportunity Area (its upper-tier authority, as `--area ID`
 * gives it) × 20 LAIT measures, each estimated by sdid, sc and did with 200 placebo replications, against
 * every other upper-tier authority (`--comparison all`), the programme starting in 2017 (the first period
 * of the measure whose first year is 2017 or later). The measures: the 20 LAIT measures with the most
 * periods before 2017 that have periods from 2017 on (then the most periods in all, then A–Z). Reports the import, the panel reads,
 * and each method's total and per-estimate time (median, 95th percentile, largest), wall-clock and CPU.
 * Reference, same run: did by plain means (means of each unit's change, and the same 200 placebo
 * shuffles), checked to give the same estimate and standard error.
 * Skips with one line when the shared data is absent.
 * Run: npx tsx bench/impact-store.bench.ts
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/program.ts';
import { estimateImpact, METHODS, type Method } from '../src/domain/impact/index.ts';
import { periodKey } from '../src/domain/shared/period-key.ts';
import { seededRandom } from '../src/domain/social-mobility-index/seeded-random.ts';
import { openDatabase } from '../src/storage/database.ts';
import { readStorePanel } from '../src/storage/repositories/impact-panel.repository.ts';
import { twinGeography } from '../src/storage/repositories/twinning.repository.ts';
import { plainDid } from './plain-did.ts';
import { fixed } from './support.ts';

const SHARED_DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const LAIT = join(SHARED_DATA, 'la-timeseries', 'lait_bds_long.parquet');
const AUTHORITIES = join(SHARED_DATA, 'lookups', 'education_la_codes.csv');
const MEASURES = 20;
const REPLICATIONS = 200;
const SEED = 2016;
const START_YEAR = 2017;

const firstYear = (period: string): number => Number(periodKey(period)?.slice(0, 4) ?? Number.NaN);
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

if (!existsSync(LAIT) || !existsSync(AUTHORITIES)) {
  console.log('impact from the store: skipped, la-timeseries/lait_bds_long.parquet or lookups/education_la_codes.csv is not in the shared data folder');
} else {
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'} x${String(cpus().length)}, ${fixed(totalmem() / 1024 ** 3, 0)} GB, Node ${process.version}; load average ${loadavg().map((l) => fixed(l, 1)).join(' ')} at the start`);
  const dir = mkdtempSync(join(tmpdir(), 'oa-bench-impact-'));
  const path = join(dir, 'oa.sqlite');
  const quiet = { env: { ...process.env, DATABASE_URL: `sqlite:${path}` }, stdout: () => undefined, stderr: (t: string) => process.stderr.write(t), now: () => new Date(), readStdin: () => Promise.resolve(''), interactive: false };
  try {
    const importStart = performance.now();
    for (const args of [['db', 'migrate'], ['demo', 'load'], ['import', 'education-authorities', AUTHORITIES], ['import', 'lait-bds', LAIT]]) {
      if ((await runCli(args, quiet)) !== 0) throw new Error(`oa ${args.join(' ')} failed`);
    }
    console.log(`store: migrate, demo load, education authorities and oa import lait-bds in ${fixed((performance.now() - importStart) / 1000, 1)} s`);
    const handle = await openDatabase({ engine: 'sqlite', path });
    try {
      const periods = await handle.db.selectFrom('area_indicators').select(['indicator_code', 'period']).distinct().where('indicator_code', 'like', 'lait_%').execute();
      const before = (labels: readonly string[]): number => labels.filter((l) => firstYear(l) < START_YEAR).length;
      const byMeasure = new Map<string, string[]>();
      for (const p of periods) byMeasure.set(p.indicator_code, [...(byMeasure.get(p.indicator_code) ?? []), p.period]);
      const measures = [...byMeasure]
        .filter(([, labels]) => labels.some((l) => firstYear(l) < START_YEAR) && labels.some((l) => firstYear(l) >= START_YEAR))
        .sort(([a, x], [b, y]) => before(y) - before(x) || y.length - x.length || (a < b ? -1 : 1))
        .slice(0, MEASURES)
        .map(([code, labels]) => ({ code, from: labels.filter((l) => firstYear(l) >= START_YEAR).sort((a, b) => firstYear(a) - firstYear(b) || (a < b ? -1 : 1))[0] ?? '' }));
      const areas = (await twinGeography(handle.db, 'upper')).opportunityAreas.map((o) => o.id);
      console.log(`${String(areas.length)} Opportunity Areas × ${String(measures.length)} measures (${measures.map((m) => m.code.replace(/^lait_/, '')).join(', ')}), ${String(REPLICATIONS)} placebos, comparison all`);

      const times = new Map<Method, number[]>(METHODS.map((m) => [m, []]));
      const cpu = new Map<Method, number>(METHODS.map((m) => [m, 0]));
      const refused = new Map<string, number>();
      let readMs = 0;
      let panels = 0;
      let units = 0;
      let prePeriods = 0;
      let allPeriods = 0;
      let plainMs = 0;
      let plainSame = 0;
      let plainRuns = 0;
      const allStart = performance.now();
      const allCpu = process.cpuUsage();
      for (const area of areas) {
        for (const measure of measures) {
          const readStart = performance.now();
          const read = await readStorePanel(handle.db, { measure: measure.code, areas: [area], from: measure.from, comparison: { kind: 'all' } });
          readMs += performance.now() - readStart;
          if (!read.ok) {
            refused.set(read.error.code, (refused.get(read.error.code) ?? 0) + 1);
            continue;
          }
          const { panel } = read.value;
          panels += 1;
          units += panel.units.length;
          prePeriods += Math.max(0, panel.periods.indexOf(panel.start));
          allPeriods += panel.periods.length;
          for (const method of METHODS) {
            const since = process.cpuUsage();
            const start = performance.now();
            const estimate = estimateImpact(panel, { method, replications: REPLICATIONS, random: seededRandom(SEED) });
            times.get(method)?.push(performance.now() - start);
            cpu.set(method, (cpu.get(method) ?? 0) + cpuMs(since));
            if (!estimate.ok) {
              refused.set(`${method}: ${estimate.error.code}`, (refused.get(`${method}: ${estimate.error.code}`) ?? 0) + 1);
              continue;
            }
            if (method === 'did' && estimate.value.se !== null) {
              const plainStart = performance.now();
              const plain = plainDid(panel, REPLICATIONS, seededRandom(SEED));
              plainMs += performance.now() - plainStart;
              plainRuns += 1;
              if (Math.abs(plain.estimate - estimate.value.estimate) < 1e-9 && Math.abs(plain.se - estimate.value.se) < 1e-9) plainSame += 1;
            }
          }
        }
      }
      const wall = performance.now() - allStart;
      console.log(`panels: ${String(panels)} of ${String(areas.length * measures.length)} built (mean ${fixed(units / Math.max(1, panels), 0)} units, ${fixed(allPeriods / Math.max(1, panels), 1)} periods of which ${fixed(prePeriods / Math.max(1, panels), 1)} before the start); refused: ${[...refused].map(([code, n]) => `${code} ${String(n)}`).join(', ') || 'none'}; reading them from the store ${fixed(readMs / 1000, 1)} s (${fixed(readMs / Math.max(1, panels), 0)} ms a panel)`);
      for (const method of METHODS) {
        const sorted = [...(times.get(method) ?? [])].sort((a, b) => a - b);
        const total = sorted.reduce((a, b) => a + b, 0);
        console.log(`${method}: ${String(sorted.length)} estimates in ${fixed(total / 1000, 1)} s (CPU ${fixed((cpu.get(method) ?? 0) / 1000, 1)} s); per estimate median ${fixed(quantile(sorted, 0.5), 1)} ms, p95 ${fixed(quantile(sorted, 0.95), 1)} ms, largest ${fixed(sorted.at(-1) ?? Number.NaN, 1)} ms`);
      }
      const didTotal = (times.get('did') ?? []).reduce((a, b) => a + b, 0);
      console.log(`  reference, did by plain means with the same ${String(REPLICATIONS)} placebos: ${fixed(plainMs / 1000, 2)} s for ${String(plainRuns)} (ours ${fixed(didTotal / 1000, 2)} s); same estimate and se in ${String(plainSame)} of ${String(plainRuns)}`);
      console.log(`all: ${fixed(wall / 1000, 1)} s wall, ${fixed(cpuMs(allCpu) / 1000, 1)} s CPU, peak RSS ${fixed(process.resourceUsage().maxRSS / 1024, 0)} MB; load average ${loadavg().map((l) => fixed(l, 1)).join(' ')} at the end`);
    } finally {
      await handle.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
