import { postMean, sparsify, timeWeightProblem, treatedMeans, unitWeightProblem, type Design } from './design.ts';
import { prepareProblem, solveOnSimplex, uniformWeights, type SimplexProblem } from './frank-wolfe.ts';

export const METHODS = ['sdid', 'sc', 'did'] as const;
/** `did` difference in differences, `sc` synthetic control, `sdid` synthetic difference in differences. */
export type Method = (typeof METHODS)[number];

/**
 * The tuning an estimate and all its placebo replications share, fixed from the real panel as the
 * reference implementation does (docs/methodology.md §16.2).
 */
export interface Tuning {
  /** σ, the noise level. */
  readonly noiseLevel: number;
  /** ζ_ω for unit weights: (N_tr·T_post)^¼·σ for sdid, 10⁻⁶·σ for sc. */
  readonly zetaUnits: number;
  /** ζ_λ for time weights: 10⁻⁶·σ. */
  readonly zetaTimes: number;
  /** 10⁻⁵·σ: Frank–Wolfe stops when a step lowers the objective by less than its square. */
  readonly minDecrease: number;
}

/** The reference's iteration limits: 100 before sparsifying, then up to 10,000. */
const FIRST_ROUND = 100;
const SECOND_ROUND = 10_000;

/** The tuning of `method` on `design` with noise level σ. */
export function tuningFor(method: Method, design: Design, noiseLevel: number): Tuning {
  const postPeriods = design.periods - design.pre;
  const etaUnits = method === 'sdid' ? (design.treated.length * postPeriods) ** 0.25 : 1e-6;
  return { noiseLevel, zetaUnits: etaUnits * noiseLevel, zetaTimes: 1e-6 * noiseLevel, minDecrease: 1e-5 * noiseLevel };
}

export interface Fit {
  /** τ̂, the estimated average effect on the treated after the start. */
  readonly tau: number;
  /** ω, one weight per comparison row of the design, in its order. */
  readonly unitWeights: Float64Array;
  /** λ, one weight per period before the start (all zero for sc, which compares levels after the start). */
  readonly timeWeights: Float64Array;
}

/** Where Frank–Wolfe starts: the real estimate's weights in a placebo replication, else uniform. */
export interface StartingWeights {
  readonly unitWeights?: Float64Array;
  readonly timeWeights?: Float64Array;
}

/**
 * Algorithm 1 of Arkhangelsky et al. (2021) with the weights each method uses (docs/methodology.md
 * §16.1–§16.3): did uniform ω and λ; sc ω without intercept and λ = 0; sdid ω and λ with intercepts.
 * @example fitEstimator(design, 'sdid', tuningFor('sdid', design, noiseLevel(design))).tau
 */
export function fitEstimator(design: Design, method: Method, tuning: Tuning, start: StartingWeights = {}): Fit {
  const n0 = design.controls.length;
  switch (method) {
    case 'did': {
      const unitWeights = uniformWeights(n0);
      const timeWeights = uniformWeights(design.pre);
      return { tau: effect(design, unitWeights, timeWeights), unitWeights, timeWeights };
    }
    case 'sc': {
      const unitWeights = solveInTwoRounds(unitWeightProblem(design, false, tuning.zetaUnits), start.unitWeights, tuning);
      const timeWeights = new Float64Array(design.pre);
      return { tau: effect(design, unitWeights, timeWeights), unitWeights, timeWeights };
    }
    case 'sdid': {
      const timeWeights = solveInTwoRounds(timeWeightProblem(design, true, tuning.zetaTimes), start.timeWeights, tuning);
      const unitWeights = solveInTwoRounds(unitWeightProblem(design, true, tuning.zetaUnits), start.unitWeights, tuning);
      return { tau: effect(design, unitWeights, timeWeights), unitWeights, timeWeights };
    }
  }
}

/** The reference's default: 100 steps, sparsify, then up to 10,000 steps from the sparse weights. */
function solveInTwoRounds(problem: SimplexProblem, start: Float64Array | undefined, tuning: Tuning): Float64Array {
  const prepared = prepareProblem(problem);
  const first = solveOnSimplex(prepared, start ?? uniformWeights(problem.weights), { minDecrease: tuning.minDecrease, maxIterations: FIRST_ROUND });
  return solveOnSimplex(prepared, sparsify(first.weights), { minDecrease: tuning.minDecrease, maxIterations: SECOND_ROUND }).weights;
}

/**
 * τ̂ = (ȳ_tr,post − Σ_t λ_t ȳ_tr,t) − Σ_i ω_i (ȳ_i,post − Σ_t λ_t Y_it), the weighted double difference
 * (the paper's weighted double difference, as the reference computes it; docs/methodology.md §16.1).
 */
export function effect(design: Design, unitWeights: Float64Array, timeWeights: Float64Array): number {
  const { y, periods: t, pre, controls } = design;
  const treatedSeries = treatedMeans(design);
  let treatedPost = 0;
  for (let s = pre; s < t; s += 1) treatedPost += (treatedSeries[s] ?? 0) / (t - pre);
  let treatedBefore = 0;
  for (let s = 0; s < pre; s += 1) treatedBefore += (timeWeights[s] ?? 0) * (treatedSeries[s] ?? 0);
  let comparison = 0;
  controls.forEach((row, i) => {
    const w = unitWeights[i] ?? 0;
    if (w === 0) return;
    let before = 0;
    for (let s = 0; s < pre; s += 1) before += (timeWeights[s] ?? 0) * (y[row * t + s] ?? 0);
    comparison += w * (postMean(design, row) - before);
  });
  return treatedPost - treatedBefore - comparison;
}
