import type { ImpactEstimate } from './estimate-impact.ts';
import type { Method } from './fit-estimator.ts';
import type { Dropped } from './panel.ts';

/** One estimate as `oa impact estimate --format json` and `GET /api/impact` give it (the shape, snake_case). */
export interface ImpactReport {
  readonly measure: { readonly code: string; readonly name: string; readonly unit: string };
  readonly method: Method;
  readonly estimate: number;
  readonly se: number | null;
  readonly ci95: readonly [number, number] | null;
  readonly p_value: number | null;
  /** Root mean squared gap between the treated areas and their comparison before the start. */
  readonly pre_fit_rmse: number;
  readonly pre_periods: readonly string[];
  readonly post_periods: readonly string[];
  readonly treated: readonly { readonly code: string; readonly name: string }[];
  readonly pool: string;
  readonly donors: readonly { readonly code: string; readonly name: string; readonly weight: number }[];
  readonly time_weights: readonly { readonly period: string; readonly weight: number }[];
  readonly trajectory: readonly { readonly period: string; readonly treated: number; readonly comparison: number }[];
  /** What the panel lost, with the area's name where an area was left out. */
  readonly dropped: readonly (Dropped & { readonly name?: string })[];
  readonly warnings: readonly string[];
  readonly placebos: number;
  readonly seed: number;
}

/**
 * The root mean squared gap, treated minus comparison, over the periods before the start: how closely
 * the comparison followed the treated areas before the programme (docs/methodology.md §16.3).
 */
export function preFitRmse(estimate: ImpactEstimate): number {
  const pre = new Set(estimate.prePeriods);
  const gaps = estimate.trajectory.filter((p) => pre.has(p.period)).map((p) => p.treated - p.comparison);
  return gaps.length === 0 ? 0 : Math.sqrt(gaps.reduce((sum, g) => sum + g * g, 0) / gaps.length);
}

/**
 * An estimate with names for its areas, the measure, the pool and the seed, as the CLI and the API give it.
 * @example impactReport(estimate, { measure, names, pool: 'every other upper-tier authority (150)', seed: 2016 }) → { method: 'sdid', estimate: 1.97, donors: [{ code, name, weight }], … }
 */
export function impactReport(
  estimate: ImpactEstimate,
  context: { readonly measure: ImpactReport['measure']; readonly names: ReadonlyMap<string, string>; readonly pool: string; readonly seed: number },
): ImpactReport {
  const name = (code: string) => context.names.get(code) ?? code;
  return {
    measure: context.measure,
    method: estimate.method,
    estimate: estimate.estimate,
    se: estimate.se,
    ci95: estimate.ci95,
    p_value: estimate.pValue,
    pre_fit_rmse: preFitRmse(estimate),
    pre_periods: estimate.prePeriods,
    post_periods: estimate.postPeriods,
    treated: estimate.treated.map((code) => ({ code, name: name(code) })),
    pool: context.pool,
    donors: estimate.donors.map((d) => ({ code: d.code, name: name(d.code), weight: d.weight })),
    time_weights: estimate.timeWeights,
    trajectory: estimate.trajectory,
    dropped: estimate.dropped.map((d) => (d.kind === 'unit' ? { ...d, name: name(d.unit) } : d)),
    warnings: estimate.warnings,
    placebos: estimate.replications,
    seed: context.seed,
  };
}
