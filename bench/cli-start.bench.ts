/**
 * How long `oa` takes to start: `oa --help`, and `oa areas list` on a migrated SQLite database with the
 * demo data, run as users run them (`node bin/oa.js …`, the compiled command) and from the TypeScript
 * sources through tsx (OA_RUN_SOURCES=1, development), beside `node -e 0` in the same run. Median of 9
 * runs each, after one untimed run (which builds the compiled command if the sources changed).
 * Run: npx tsx bench/cli-start.bench.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const OA = fileURLToPath(new URL('../bin/oa.js', import.meta.url));
const RUNS = 9;
const dir = mkdtempSync(join(tmpdir(), 'oa-cli-bench-'));
const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}`, OA_RUN_SOURCES: '' };

function medianMs(args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): number {
  const runOnce = (): number => {
    const start = performance.now();
    execFileSync(process.execPath, args, { env: { ...env, ...extraEnv }, stdio: 'ignore' });
    return performance.now() - start;
  };
  runOnce();
  const times = Array.from({ length: RUNS }, runOnce).sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? Number.NaN;
}

execFileSync(process.execPath, [OA, 'db', 'migrate'], { env, stdio: 'ignore' });
execFileSync(process.execPath, [OA, 'demo', 'load'], { env, stdio: 'ignore' });

console.log(`CLI start-up on ${cpus()[0]?.model ?? 'unknown CPU'} × ${String(cpus().length)}, ${String(Math.round(totalmem() / 2 ** 30))} GB, Node ${process.version}`);
const bare = medianMs(['-e', '0']);
console.log(`  reference, node -e 0: ${bare.toFixed(0)} ms`);
for (const [label, args] of [
  ['oa --help', ['--help']],
  ['oa areas list', ['areas', 'list']],
] as const) {
  const compiled = medianMs([OA, ...args]);
  const sources = medianMs([OA, ...args], { OA_RUN_SOURCES: '1' });
  console.log(`  ${label.padEnd(14)} compiled ${compiled.toFixed(0)} ms (${(compiled / bare).toFixed(1)}× node -e 0); from the sources through tsx ${sources.toFixed(0)} ms`);
}
