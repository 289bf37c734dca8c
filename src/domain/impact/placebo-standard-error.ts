import type { Design } from './design.ts';
import { fitEstimator, type Fit, type Method, type Tuning } from './fit-estimator.ts';

/**
 * The placebo standard error (Arkhangelsky et al. 2021, Algorithm 4; docs/methodology.md §16.4). In
 * each replication the comparison units are shuffled, the last N_tr of them play the treated units and
 * the rest their comparison, and the estimator is fitted again with the same tuning, starting from the
 * real estimate's weights (unit weights of the units kept, rescaled to sum to 1). The standard error
 * is the spread of the placebo estimates, √(Σ(τ_b − τ̄)² / B). Needs more comparison than treated units.
 * `random` returns numbers in [0, 1): pass a seeded source so the same seed gives the same answer.
 * @example placeboStandardError(design, 'sdid', tuning, fit, 200, seededRandom(2016)).standardError
 */
export function placeboStandardError(design: Design, method: Method, tuning: Tuning, fit: Fit, replications: number, random: () => number): { standardError: number; estimates: Float64Array } {
  const n0 = design.controls.length;
  const n1 = design.treated.length;
  if (n0 <= n1) throw new Error(`The placebo standard error needs more comparison units (${String(n0)}) than treated units (${String(n1)})`);
  const estimates = new Float64Array(replications);
  const order = Array.from({ length: n0 }, (_, i) => i);
  for (let b = 0; b < replications; b += 1) {
    shuffle(order, random);
    const kept = order.slice(0, n0 - n1);
    const placebo: Design = {
      ...design,
      controls: kept.map((i) => design.controls[i] ?? 0),
      treated: order.slice(n0 - n1).map((i) => design.controls[i] ?? 0),
    };
    const unitWeights = rescale(Float64Array.from(kept, (i) => fit.unitWeights[i] ?? 0));
    estimates[b] = fitEstimator(placebo, method, tuning, { unitWeights, timeWeights: fit.timeWeights }).tau;
  }
  let mean = 0;
  for (const e of estimates) mean += e / replications;
  let squares = 0;
  for (const e of estimates) squares += (e - mean) ** 2;
  return { standardError: Math.sqrt(squares / replications), estimates };
}

/** Fisher–Yates: every order equally likely given uniform `random`. */
function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const swap = items[i] ?? 0;
    items[i] = items[j] ?? 0;
    items[j] = swap;
  }
}

/** Weights rescaled to sum to 1; uniform when they sum to 0 (used only as a starting point). */
function rescale(weights: Float64Array): Float64Array {
  let total = 0;
  for (const w of weights) total += w;
  return total > 0 ? weights.map((w) => w / total) : weights.fill(1 / weights.length);
}
