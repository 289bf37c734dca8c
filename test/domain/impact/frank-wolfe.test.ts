import { describe, expect, it } from 'vitest';
import { noiseLevel, prepareProblem, solveOnSimplex, sparsify, uniformWeights, type SimplexProblem } from '../../../src/domain/impact/index.ts';
import { seededRandom } from '../../../src/domain/social-mobility-index/index.ts';

/** A problem from columns given as arrays. */
function problem(columns: number[][], target: number[], zeta = 0): SimplexProblem {
  return { rows: target.length, weights: columns.length, columns: Float64Array.from(columns.flat()), target: Float64Array.from(target), zeta };
}
const objective = (p: SimplexProblem, x: ArrayLike<number>): number => {
  let residual = 0;
  for (let r = 0; r < p.rows; r += 1) {
    let fitted = 0;
    for (let j = 0; j < p.weights; j += 1) fitted += (x[j] ?? 0) * (p.columns[j * p.rows + r] ?? 0);
    residual += (fitted - (p.target[r] ?? 0)) ** 2;
  }
  let norm = 0;
  for (let j = 0; j < p.weights; j += 1) norm += (x[j] ?? 0) ** 2;
  return p.zeta ** 2 * norm + residual / p.rows;
};
const settings = { minDecrease: 1e-9, maxIterations: 10_000 };

/**
 * Frank–Wolfe written the plain way, as the reference's fw.step does it: every step works the gradient
 * out from A, so nothing is kept between steps. The solver must take the same steps.
 */
function plainFrankWolfe(p: SimplexProblem, start: Float64Array, minDecrease: number, maxIterations: number): Float64Array {
  const eta = p.rows * p.zeta ** 2;
  let x = Float64Array.from(start);
  const fit = (w: Float64Array): number[] => Array.from({ length: p.rows }, (_, r) => w.reduce((sum, wj, j) => sum + wj * (p.columns[j * p.rows + r] ?? 0), 0));
  let previous = Number.POSITIVE_INFINITY;
  let current = objective(p, x);
  for (let t = 0; t < maxIterations && (t < 2 || previous - current > minDecrease ** 2); t += 1) {
    const ax = fit(x);
    const gradient = Array.from({ length: p.weights }, (_, j) => ax.reduce((sum, v, r) => sum + (p.columns[j * p.rows + r] ?? 0) * (v - (p.target[r] ?? 0)), 0) + eta * (x[j] ?? 0));
    const i = gradient.indexOf(Math.min(...gradient));
    const d = x.map((v, j) => (j === i ? 1 : 0) - v);
    const dFit = ax.map((v, r) => (p.columns[i * p.rows + r] ?? 0) - v);
    const denominator = dFit.reduce((sum, v) => sum + v * v, 0) + eta * d.reduce((sum, v) => sum + v * v, 0);
    const step = denominator > 0 ? Math.min(1, Math.max(0, -gradient.reduce((sum, g, j) => sum + g * (d[j] ?? 0), 0) / denominator)) : 0;
    x = x.map((v, j) => v + step * (d[j] ?? 0));
    previous = current;
    current = objective(p, x);
  }
  return x;
}

describe('Frank–Wolfe on the simplex', () => {
  it('recovers a target that is an exact mixture of two columns', () => {
    const a = [1, 4, 2, 8, 5];
    const b = [3, 1, 6, 2, 7];
    const c = [9, 9, 1, 1, 5];
    const target = a.map((v, r) => 0.25 * v + 0.75 * (b[r] ?? 0));
    const p = problem([a, b, c], target);
    const solution = solveOnSimplex(prepareProblem(p), uniformWeights(3), settings);
    // Plain Frank–Wolfe zig-zags towards an optimum on an edge, so 10,000 steps get within about 0.001.
    expect(solution.weights[0]).toBeCloseTo(0.25, 2);
    expect(solution.weights[1]).toBeCloseTo(0.75, 2);
    expect(solution.weights[2]).toBeCloseTo(0, 2);
    expect(solution.objective).toBeLessThan(1e-4);
  });

  it('finds the same minimum as a fine grid search over two weights, with a ridge', () => {
    const p = problem([[1, 2, 3], [3, 1, 0]], [2.5, 1, 1], 0.4);
    const solution = solveOnSimplex(prepareProblem(p), uniformWeights(2), settings);
    let bestW = 0;
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k <= 100_000; k += 1) {
      const w = k / 100_000;
      const value = objective(p, [w, 1 - w]);
      if (value < best) [best, bestW] = [value, w];
    }
    expect(solution.weights[0]).toBeCloseTo(bestW, 4);
    expect(solution.objective).toBeCloseTo(best, 9);
    expect(solution.objective).toBeCloseTo(objective(p, solution.weights), 9);
  });

  it('takes the same steps as Frank–Wolfe written the plain way', () => {
    const random = seededRandom(9);
    for (let trial = 0; trial < 8; trial += 1) {
      const m = 5 + Math.floor(random() * 20);
      const n = 3 + Math.floor(random() * 6);
      const p = problem(
        Array.from({ length: m }, () => Array.from({ length: n }, () => 10 * random())),
        Array.from({ length: n }, () => 3 + 4 * random()),
        trial % 2 === 0 ? 1e-6 : random(),
      );
      const fast = solveOnSimplex(prepareProblem(p), uniformWeights(m), { minDecrease: 1e-6, maxIterations: 2_000 }).weights;
      const plain = plainFrankWolfe(p, uniformWeights(m), 1e-6, 2_000);
      for (let j = 0; j < m; j += 1) expect(fast[j]).toBeCloseTo(plain[j] ?? Number.NaN, 9);
    }
  });

  it('keeps the weights on the simplex and never raises the objective', () => {
    const random = seededRandom(5);
    for (let trial = 0; trial < 20; trial += 1) {
      const m = 3 + Math.floor(random() * 30);
      const n = 2 + Math.floor(random() * 10);
      const p = problem(
        Array.from({ length: m }, () => Array.from({ length: n }, () => 10 * random())),
        Array.from({ length: n }, () => 10 * random()),
        random(),
      );
      const prepared = prepareProblem(p);
      const start = uniformWeights(m);
      const solution = solveOnSimplex(prepared, start, { minDecrease: 1e-6, maxIterations: 500 });
      expect(Math.min(...solution.weights)).toBeGreaterThanOrEqual(0);
      expect(solution.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
      expect(solution.objective).toBeLessThanOrEqual(objective(p, start) + 1e-12);
      expect(solution.iterations).toBeGreaterThanOrEqual(2);
      expect(solution.iterations).toBeLessThanOrEqual(500);
    }
  });

  it('jumps to a vertex when the line search takes a whole step', () => {
    // From (½, ½) the fit is (5, 5); the best vertex is the second column, and the exact step is 1.
    const p = problem([[0, 0], [10, 10]], [10, 10]);
    const solution = solveOnSimplex(prepareProblem(p), uniformWeights(2), settings);
    expect([...solution.weights]).toEqual([0, 1]);
    expect(solution.objective).toBe(0);
  });

  it('stays at a vertex that is already the answer', () => {
    const p = problem([[1, 1], [5, 5]], [1, 1]);
    const solution = solveOnSimplex(prepareProblem(p), Float64Array.of(1, 0), settings);
    expect([...solution.weights]).toEqual([1, 0]);
    expect(solution.iterations).toBe(2);
  });
});

describe('the reference’s helpers', () => {
  it('sparsifies: weights at or below a quarter of the largest become zero, the rest sum to 1', () => {
    const sparse = sparsify(Float64Array.of(0.5, 0.1, 0.125, 0.275));
    expect([...sparse]).toEqual([0.5 / 0.775, 0, 0, 0.275 / 0.775]);
  });

  it('measures the noise level as the standard deviation of the comparison units’ first differences before the start', () => {
    // Rows: comparison A (1, 3, 4, 9), comparison B (2, 2, 5, 0), treated (0, 0, 0, 0); 3 periods before the start.
    // Differences before the start: A 2, 1; B 0, 3 → mean 1.5, sample variance (0.25 + 0.25 + 2.25 + 2.25) / 3.
    const design = { y: Float64Array.of(1, 3, 4, 9, 2, 2, 5, 0, 0, 0, 0, 0), periods: 4, pre: 3, controls: [0, 1], treated: [2] };
    expect(noiseLevel(design)).toBeCloseTo(Math.sqrt(5 / 3), 12);
    expect(noiseLevel({ ...design, pre: 1 })).toBe(0);
  });
});
