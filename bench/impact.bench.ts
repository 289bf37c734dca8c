/**
 * Impact estimators benchmark: one treated area, 150 comparison areas, 10 periods (7 before the start,
 * 3 after), a seeded two-factor panel (test/domain/impact/factor-model.ts). Measures one Frank–Wolfe
 * solve of the unit weights, and each of sdid, sc (with its permutation p-value) and did with 200
 * placebo replications. References, same run: did by plain means (estimate and the same 200 placebos),
 * and synthetic-control weights by a plain projected-gradient solver (Euclidean projection onto the
 * simplex by sorting), run to the same stopping rule.
 * Peak memory is the process's peak resident set (getrusage maxrss) after each step: the work is
 * synchronous, so a sampling timer would not see inside it.
 * Run: npx tsx bench/impact.bench.ts
 */
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { checkPanel, estimateImpact, METHODS, noiseLevel, prepareProblem, solveOnSimplex, sparsify, uniformWeights, type Panel, type SimplexProblem } from '../src/domain/impact/index.ts';
import { seededRandom } from '../src/domain/social-mobility-index/index.ts';
import { factorModelPanel } from '../test/domain/impact/factor-model.ts';
import { plainDid } from './plain-did.ts';
import { fixed } from './support.ts';

const CONTROLS = 150;
const PRE = 7;
const POST = 3;
const REPLICATIONS = 200;
const SEED = 2016;

/** Wall-clock and CPU time (user + system) of `work`: on a shared machine the two differ. */
const time = <T>(work: () => T): { result: T; ms: number; cpuMs: number } => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const used = process.cpuUsage(cpu);
  return { result, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
};
const median = <T>(work: () => T, runs: number): { result: T; ms: number; cpuMs: number } => {
  work();
  const timings: { result: T; ms: number; cpuMs: number }[] = [];
  for (let i = 0; i < runs; i += 1) timings.push(time(work));
  timings.sort((a, b) => a.ms - b.ms);
  return timings[Math.floor(runs / 2)] ?? time(work);
};
const peakMb = (): number => process.resourceUsage().maxRSS / 1024;

/** The unit-weight problem of synthetic control on the panel: pre-period columns, no intercept. */
function scProblem(panel: Panel, zeta: number): SimplexProblem {
  const t = panel.periods.length;
  const controls = panel.units.map((_, u) => u).filter((u) => !panel.treated.includes(panel.units[u] ?? ''));
  const treatedRow = panel.units.indexOf(panel.treated[0] ?? '');
  const columns = new Float64Array(controls.length * PRE);
  controls.forEach((row, j) => {
    columns.set(panel.values.subarray(row * t, row * t + PRE), j * PRE);
  });
  return { rows: PRE, weights: controls.length, columns, target: panel.values.slice(treatedRow * t, treatedRow * t + PRE), zeta };
}

/** Reference: projected gradient with step 1/L, the gradient worked out from A each time (O(m·n)). */
function projectedGradient(problem: SimplexProblem, minDecrease: number, maxIterations: number): { weights: Float64Array; objective: number; iterations: number } {
  const { rows: n, weights: m, columns, target, zeta } = problem;
  const eta = n * zeta * zeta;
  const fitted = (x: Float64Array): Float64Array => {
    const ax = new Float64Array(n);
    for (let j = 0; j < m; j += 1) for (let r = 0; r < n; r += 1) ax[r] = (ax[r] ?? 0) + (x[j] ?? 0) * (columns[j * n + r] ?? 0);
    return ax;
  };
  const value = (x: Float64Array): number => {
    const ax = fitted(x);
    let residual = 0;
    for (let r = 0; r < n; r += 1) residual += ((ax[r] ?? 0) - (target[r] ?? 0)) ** 2;
    return zeta * zeta * x.reduce((s, w) => s + w * w, 0) + residual / n;
  };
  // L = 2·(largest eigenvalue of AᵀA + η), by power iteration.
  let v = uniformWeights(m);
  let eigen = 0;
  for (let k = 0; k < 100; k += 1) {
    const av = fitted(v);
    const next = new Float64Array(m);
    for (let j = 0; j < m; j += 1) for (let r = 0; r < n; r += 1) next[j] = (next[j] ?? 0) + (columns[j * n + r] ?? 0) * (av[r] ?? 0);
    eigen = Math.sqrt(next.reduce((s, w) => s + w * w, 0));
    v = next.map((w) => w / eigen);
  }
  const step = 1 / (2 * (eigen + eta));
  let x = uniformWeights(m);
  let previous = Number.POSITIVE_INFINITY;
  let current = value(x);
  let iterations = 0;
  while (iterations < maxIterations && (iterations < 2 || previous - current > minDecrease * minDecrease)) {
    iterations += 1;
    const ax = fitted(x);
    const moved = new Float64Array(m);
    for (let j = 0; j < m; j += 1) {
      let g = eta * (x[j] ?? 0);
      for (let r = 0; r < n; r += 1) g += (columns[j * n + r] ?? 0) * ((ax[r] ?? 0) - (target[r] ?? 0));
      moved[j] = (x[j] ?? 0) - 2 * step * g;
    }
    x = projectOntoSimplex(moved);
    previous = current;
    current = value(x);
  }
  return { weights: x, objective: current, iterations };
}

/** Euclidean projection onto the simplex by sorting (Duchi, Shalev-Shwartz, Singer and Chandra 2008). */
function projectOntoSimplex(y: Float64Array): Float64Array {
  const sorted = Float64Array.from(y).sort().reverse();
  let cumulative = 0;
  let theta = 0;
  for (let k = 0; k < sorted.length; k += 1) {
    cumulative += sorted[k] ?? 0;
    const candidate = (cumulative - 1) / (k + 1);
    if ((sorted[k] ?? 0) - candidate > 0) theta = candidate;
  }
  return y.map((v) => Math.max(0, v - theta));
}

console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'} x${String(cpus().length)}, ${fixed(totalmem() / 1024 ** 3, 0)} GB, Node ${process.version}`);
const panel = factorModelPanel({ controls: CONTROLS, treated: 1, pre: PRE, post: POST, effect: 2, noise: 0.5, selection: 0.5, random: seededRandom(SEED) });
console.log(`Panel: 1 treated area, ${String(CONTROLS)} comparison areas, ${String(PRE + POST)} periods (${String(PRE)} before the start); effect 2; ${String(REPLICATIONS)} placebo replications`);
const checked = checkPanel(panel);
if (!checked.ok) throw new Error(checked.error.message);
const sigma = noiseLevel(checked.value.design);

// The real treated area, and the first comparison area as if treated (as in a placebo replication:
// an area inside the others' range, where Frank–Wolfe zig-zags and runs to its 10,100-step limit).
const asIfTreated: Panel = { ...panel, units: panel.units.filter((u) => !panel.treated.includes(u)), treated: [panel.units[0] ?? ''] };
for (const [label, subject] of [['treated area', panel], ['first comparison area as if treated', asIfTreated]] as const) {
  const problem = prepareProblem(scProblem(subject, 1e-6 * sigma));
  const solve = median(() => {
    const first = solveOnSimplex(problem, uniformWeights(problem.weights), { minDecrease: 1e-5 * sigma, maxIterations: 100 });
    return solveOnSimplex(problem, sparsify(first.weights), { minDecrease: 1e-5 * sigma, maxIterations: 10_000 });
  }, 21);
  const steps = 100 + solve.result.iterations;
  console.log(
    `Frank–Wolfe, sc unit weights of the ${label} (${String(problem.weights)} × ${String(PRE)}): ${fixed(solve.ms)} ms (median of 21), ${String(steps)} steps (${fixed((1000 * solve.ms) / steps, 2)} µs a step), objective ${solve.result.objective.toExponential(4)}`,
  );
  const naive = median(() => projectedGradient(problem, 1e-5 * sigma, 10_100), 5);
  console.log(
    `  reference, projected gradient from A each step: ${fixed(naive.ms)} ms (median of 5), ${String(naive.result.iterations)} steps (${fixed((1000 * naive.ms) / naive.result.iterations, 2)} µs a step), objective ${naive.result.objective.toExponential(4)} → Frank–Wolfe ${fixed(naive.ms / solve.ms, 1)}× faster`,
  );
}

let total = 0;
let totalCpu = 0;
for (const method of METHODS) {
  const run = time(() => estimateImpact(panel, { method, replications: REPLICATIONS, random: seededRandom(SEED) }));
  if (!run.result.ok) throw new Error(run.result.error.message);
  const r = run.result.value;
  total += run.ms;
  totalCpu += run.cpuMs;
  const extra = r.pValue === null ? '' : `, p ${fixed(r.pValue, 3)}`;
  console.log(`${method}: ${fixed(run.ms, 0)} ms (CPU ${fixed(run.cpuMs, 0)} ms); estimate ${fixed(r.estimate, 3)}, se ${fixed(r.se ?? Number.NaN, 3)}${extra}, ${String(r.donors.length)} donors; peak RSS ${fixed(peakMb(), 0)} MB`);
}
console.log(`all three with ${String(REPLICATIONS)} placebos: ${fixed(total, 0)} ms (CPU ${fixed(totalCpu, 0)} ms)`);

const ours = time(() => estimateImpact(panel, { method: 'did', replications: REPLICATIONS, random: seededRandom(SEED) }));
const plain = time(() => plainDid(panel, REPLICATIONS, seededRandom(SEED)));
if (!ours.result.ok) throw new Error(ours.result.error.message);
const same = Math.abs(ours.result.value.estimate - plain.result.estimate) < 1e-9 && Math.abs((ours.result.value.se ?? 0) - plain.result.se) < 1e-9;
console.log(`  reference, did by plain means with the same ${String(REPLICATIONS)} placebos: ${fixed(plain.ms, 1)} ms (ours ${fixed(ours.ms, 1)} ms); same estimate and se: ${same ? 'yes' : 'NO'}`);
