import { err, ok, type Result } from '../shared/result.ts';
import { checkPanel } from './check-panel.ts';
import { noiseLevel, treatedMeans, type Design } from './design.ts';
import { fitEstimator, tuningFor, type Fit, type Method } from './fit-estimator.ts';
import type { Dropped, ImpactProblem, Panel } from './panel.ts';
import { permutationPValue } from './permutation-p-value.ts';
import { placeboStandardError } from './placebo-standard-error.ts';

/** The placebo replications behind a standard error unless told otherwise (the reference's default). */
export const DEFAULT_REPLICATIONS = 200;
const MAX_REPLICATIONS = 100_000;
/** The normal quantile for a two-sided 95% interval. */
const Z_95 = 1.96;

export interface EstimateOptions {
  readonly method: Method;
  /** Placebo replications for the standard error: a whole number, default 200; 0 leaves it out. */
  readonly replications?: number;
  /** Uniform numbers in [0, 1) for the placebo draws: pass `seededRandom(seed)`, never Math.random. */
  readonly random: () => number;
}

export interface ImpactEstimate {
  readonly method: Method;
  /** τ̂: the average over the treated areas and the periods from the start of treated minus comparison. */
  readonly estimate: number;
  /** Placebo standard error; null when it cannot be estimated (see warnings). */
  readonly se: number | null;
  /** estimate ± 1.96·se. */
  readonly ci95: readonly [number, number] | null;
  /** Permutation p-value of the post/pre fit ratio: sc only, else null. */
  readonly pValue: number | null;
  readonly prePeriods: readonly string[];
  readonly postPeriods: readonly string[];
  /** Treated unit codes, A–Z. */
  readonly treated: readonly string[];
  /** Comparison units with a positive weight, largest first (ties A–Z); weights sum to 1. */
  readonly donors: readonly { readonly code: string; readonly weight: number }[];
  /** λ over the periods before the start (sum to 1); empty for sc, which uses none. */
  readonly timeWeights: readonly { readonly period: string; readonly weight: number }[];
  /**
   * Treated mean and comparison in every period. The comparison is the unit-weighted comparison areas
   * shifted by the λ-weighted gap before the start (no shift for sc), so the mean of treated minus
   * comparison over the periods from the start is exactly the estimate.
   */
  readonly trajectory: readonly { readonly period: string; readonly treated: number; readonly comparison: number }[];
  readonly dropped: readonly Dropped[];
  readonly warnings: readonly string[];
  /** Placebo replications run (0 when there is no standard error). */
  readonly replications: number;
  /** σ, the noise level the weights' ridge is scaled by. */
  readonly noiseLevel: number;
}

/**
 * Estimates the programme's effect on a balanced panel by `did`, `sc` or `sdid`, following
 * Arkhangelsky et al. (2021) and its reference implementation (docs/methodology.md §16), with the
 * placebo standard error, a 95% interval and, for sc, the permutation p-value. Refused (as a value)
 * when the panel has no treated or comparison unit, no period before the start or missing values.
 * The answer does not depend on the order of units or rows; the same `random` seed gives the same answer.
 * @example
 * estimateImpact(panel, { method: 'sdid', random: seededRandom(2016) })
 * // California's Proposition 99 → ok({ estimate: -15.60…, se: 8.91…, ci95: [-33.07…, 1.86…], donors: [{ code: 'Nevada', weight: 0.124… }, …], … })
 */
export function estimateImpact(panel: Panel, options: EstimateOptions): Result<ImpactEstimate, ImpactProblem> {
  const replications = options.replications ?? DEFAULT_REPLICATIONS;
  if (!Number.isInteger(replications) || replications < 0 || replications > MAX_REPLICATIONS) {
    const limit = String(MAX_REPLICATIONS).replace(/\B(?=(\d{3})+$)/g, ',');
    return err({ code: 'bad-option', message: `The number of placebo replications must be a whole number from 0 to ${limit}` });
  }
  const checked = checkPanel(panel);
  if (!checked.ok) return checked;
  const { design, controlCodes, treatedCodes } = checked.value;
  const warnings = [...checked.value.warnings];
  const { method } = options;

  const sigma = noiseLevel(design);
  const tuning = tuningFor(method, design, sigma);
  if (method !== 'did' && sigma === 0) {
    warnings.push(
      design.pre < 2
        ? 'With 1 period before the start the noise level cannot be measured, so the weights are not regularised'
        : 'The comparison areas’ values do not change before the start, so the weights are not regularised',
    );
  }
  const fit = fitEstimator(design, method, tuning);

  let se: number | null = null;
  let ran = 0;
  if (replications === 0) {
    warnings.push('No standard error: no placebo replications were asked for');
  } else if (design.controls.length <= design.treated.length) {
    warnings.push(
      `No standard error: the placebo method needs more comparison areas than treated areas (there are ${String(design.controls.length)} and ${String(design.treated.length)})`,
    );
  } else {
    se = placeboStandardError(design, method, tuning, fit, replications, options.random).standardError;
    ran = replications;
  }

  let pValue: number | null = null;
  if (method === 'sc') {
    if (design.controls.length < 2) {
      warnings.push('No p-value: the permutation test needs at least 2 comparison areas');
    } else {
      pValue = permutationPValue(design, tuning, fit.unitWeights).pValue;
      const smallest = 1 / (design.controls.length + 1);
      if (smallest > 0.05) {
        warnings.push(`With ${String(design.controls.length)} comparison areas the smallest possible p-value is ${smallest.toFixed(3)}, so the test cannot show an effect at the 5% level`);
      }
    }
  }

  return ok({
    method,
    estimate: fit.tau,
    se,
    ci95: se === null ? null : [fit.tau - Z_95 * se, fit.tau + Z_95 * se],
    pValue,
    prePeriods: panel.periods.slice(0, design.pre),
    postPeriods: panel.periods.slice(design.pre),
    treated: treatedCodes,
    donors: controlCodes
      .map((code, i) => ({ code, weight: fit.unitWeights[i] ?? 0 }))
      .filter((d) => d.weight > 0)
      .sort((a, b) => b.weight - a.weight || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    timeWeights: method === 'sc' ? [] : panel.periods.slice(0, design.pre).map((period, s) => ({ period, weight: fit.timeWeights[s] ?? 0 })),
    trajectory: trajectory(design, fit).map((point, s) => ({ period: panel.periods[s] ?? '', ...point })),
    dropped: panel.dropped,
    warnings,
    replications: ran,
    noiseLevel: sigma,
  });
}

/** Treated mean and the shifted unit-weighted comparison in each period (see ImpactEstimate.trajectory). */
function trajectory(design: Design, fit: Fit): { treated: number; comparison: number }[] {
  const { y, periods: t, pre, controls } = design;
  const treated = treatedMeans(design);
  const synthetic = new Float64Array(t);
  controls.forEach((row, i) => {
    const w = fit.unitWeights[i] ?? 0;
    if (w === 0) return;
    for (let s = 0; s < t; s += 1) synthetic[s] = (synthetic[s] ?? 0) + w * (y[row * t + s] ?? 0);
  });
  let shift = 0;
  for (let s = 0; s < pre; s += 1) shift += (fit.timeWeights[s] ?? 0) * ((treated[s] ?? 0) - (synthetic[s] ?? 0));
  return Array.from({ length: t }, (_, s) => ({ treated: treated[s] ?? 0, comparison: (synthetic[s] ?? 0) + shift }));
}
