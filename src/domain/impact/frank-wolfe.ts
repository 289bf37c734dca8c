/**
 * A weight problem in the form of both of Arkhangelsky et al.'s (2021, Algorithm 1, in the collapsed
 * form of their reference implementation; docs/methodology.md §16.2): choose x on the unit simplex
 * (x ≥ 0, Σx = 1) to minimise  ζ²·‖x‖² + ‖A·x − b‖² / n.  A has n rows and m columns, one per weight.
 */
export interface SimplexProblem {
  readonly rows: number;
  readonly weights: number;
  /** A column by column: entry (r, j) is columns[j * rows + r]. */
  readonly columns: Float64Array;
  /** b, one entry per row. */
  readonly target: Float64Array;
  /** ζ, the ridge; its square is the penalty's weight relative to the mean squared error. */
  readonly zeta: number;
}

/**
 * A problem with AᵀA and Aᵀb worked out once, so each Frank–Wolfe step costs O(m + n), not O(m·n):
 * row i of `towards` is (AᵀA)_i − Aᵀb, the gradient's change (before the ridge) when all the weight
 * moves to vertex i.
 */
export interface PreparedProblem extends SimplexProblem {
  readonly towards: Float64Array;
}

export interface SolveSettings {
  /** Stop once one step lowers the objective by no more than minDecrease² (after at least two steps). */
  readonly minDecrease: number;
  readonly maxIterations: number;
}

export interface SimplexSolution {
  readonly weights: Float64Array;
  readonly iterations: number;
  /** ζ²·‖x‖² + ‖A·x − b‖² / n at the weights returned. */
  readonly objective: number;
}

/** Works out (AᵀA)_i − Aᵀb for every vertex i, for `solveOnSimplex`. */
export function prepareProblem(problem: SimplexProblem): PreparedProblem {
  const { rows: n, weights: m, columns, target } = problem;
  const crossTarget = new Float64Array(m);
  for (let j = 0; j < m; j += 1) {
    let dot = 0;
    for (let r = 0; r < n; r += 1) dot += (columns[j * n + r] ?? 0) * (target[r] ?? 0);
    crossTarget[j] = dot;
  }
  const towards = new Float64Array(m * m);
  for (let j = 0; j < m; j += 1) {
    for (let k = 0; k <= j; k += 1) {
      let dot = 0;
      for (let r = 0; r < n; r += 1) dot += (columns[j * n + r] ?? 0) * (columns[k * n + r] ?? 0);
      towards[j * m + k] = dot - (crossTarget[k] ?? 0);
      towards[k * m + j] = dot - (crossTarget[j] ?? 0);
    }
  }
  return { ...problem, towards };
}

/**
 * Frank–Wolfe with exact line search on the simplex (the solver of the reference implementation, R
 * package synthdid): from `start` (on the simplex), each step finds the vertex e_i with the smallest
 * gradient entry (the first, on ties), moves towards it by the step that minimises the objective along
 * the way (clamped to [0, 1]), and stops as `settings` says. The objective is convex, so no step raises
 * it. A step is one pass over the weights and one over the rows: the weights are kept as scale·u, so
 * shrinking them all is one multiplication, and the pass that applies a step to the gradient also finds
 * the next step's vertex.
 * @example solveOnSimplex(prepareProblem(problem), uniformWeights(m), { minDecrease: 1e-5, maxIterations: 10_000 }).weights
 */
export function solveOnSimplex(problem: PreparedProblem, start: Float64Array, settings: SolveSettings): SimplexSolution {
  const { rows: n, weights: m, columns, target, towards } = problem;
  const zeta2 = problem.zeta * problem.zeta;
  // Minimising ζ²‖x‖² + ‖Ax − b‖²/n is minimising ‖Ax − b‖² + η‖x‖² with η = n·ζ².
  const eta = n * zeta2;
  const u = Float64Array.from(start);
  let scale = 1;
  // Half the gradient, Aᵀ(Ax − b) + ηx = Σ_j x_j·towards_j + ηx (as Σx = 1), and the fit Ax.
  const gradient = new Float64Array(m);
  const ax = new Float64Array(n);
  for (let j = 0; j < m; j += 1) {
    const xj = u[j] ?? 0;
    if (xj === 0) continue;
    for (let k = 0; k < m; k += 1) gradient[k] = (gradient[k] ?? 0) + xj * (towards[j * m + k] ?? 0);
    for (let r = 0; r < n; r += 1) ax[r] = (ax[r] ?? 0) + xj * (columns[j * n + r] ?? 0);
  }
  // What a step needs, kept up to date: the vertex with the smallest gradient entry, that entry, the
  // gradient's product with x, ‖x‖², ‖Ax − b‖², and ‖A_i − Ax‖² (the fit's change along d = e_i − x).
  let best = 0;
  let bestGradient = Number.POSITIVE_INFINITY;
  let alongX = 0;
  let squaredNorm = 0;
  for (let j = 0; j < m; j += 1) {
    const xj = u[j] ?? 0;
    const g = (gradient[j] ?? 0) + eta * xj;
    gradient[j] = g;
    alongX += g * xj;
    squaredNorm += xj * xj;
    if (g < bestGradient) {
      bestGradient = g;
      best = j;
    }
  }
  let residual = 0;
  let fitChange = 0;
  for (let r = 0; r < n; r += 1) {
    const fitted = ax[r] ?? 0;
    residual += (fitted - (target[r] ?? 0)) ** 2;
    fitChange += ((columns[best * n + r] ?? 0) - fitted) ** 2;
  }

  let previous = Number.POSITIVE_INFINITY;
  let current = zeta2 * squaredNorm + residual / n;
  let iterations = 0;
  const threshold = settings.minDecrease * settings.minDecrease;
  while (iterations < settings.maxIterations && (iterations < 2 || previous - current > threshold)) {
    iterations += 1;
    const xi = scale * (u[best] ?? 0);
    // ‖d‖² = ‖x‖² − 2x_i + 1; the objective along x + s·d is a parabola with this curvature.
    const curvature = fitChange + eta * (squaredNorm - 2 * xi + 1);
    // At the vertex already (d = 0), or on a flat problem, there is nowhere better to go: stay.
    const step = xi === 1 || !(curvature > 0) ? 0 : Math.min(1, Math.max(0, -(bestGradient - alongX) / curvature));
    if (step > 0) {
      const keep = 1 - step;
      const chosen = best;
      if (keep === 0) {
        u.fill(0);
        u[chosen] = 1;
        scale = 1;
      } else {
        scale *= keep;
        if (scale < 1e-150) {
          for (let j = 0; j < m; j += 1) u[j] = (u[j] ?? 0) * scale;
          scale = 1;
        }
        u[chosen] = (u[chosen] ?? 0) + step / scale;
      }
      // x → keep·x + step·e_i moves the gradient to keep·g + step·towards_i, plus η·step on entry i.
      const row = chosen * m;
      bestGradient = Number.POSITIVE_INFINITY;
      alongX = 0;
      squaredNorm = 0;
      for (let j = 0; j < m; j += 1) {
        const g = (gradient[j] ?? 0) * keep + step * (towards[row + j] ?? 0) + (j === chosen ? eta * step : 0);
        gradient[j] = g;
        const uj = u[j] ?? 0;
        alongX += g * uj;
        squaredNorm += uj * uj;
        if (g < bestGradient) {
          bestGradient = g;
          best = j;
        }
      }
      alongX *= scale;
      squaredNorm *= scale * scale;
      residual = 0;
      fitChange = 0;
      const column = chosen * n;
      const next = best * n;
      for (let r = 0; r < n; r += 1) {
        const fitted = (ax[r] ?? 0) * keep + step * (columns[column + r] ?? 0);
        ax[r] = fitted;
        residual += (fitted - (target[r] ?? 0)) ** 2;
        fitChange += ((columns[next + r] ?? 0) - fitted) ** 2;
      }
    }
    previous = current;
    current = zeta2 * squaredNorm + residual / n;
  }
  return { weights: u.map((w) => w * scale), iterations, objective: current };
}

/** Equal weights 1/m. */
export function uniformWeights(m: number): Float64Array {
  return new Float64Array(m).fill(1 / m);
}
