import type { Panel } from '../../../src/domain/impact/index.ts';

export interface FactorModelSettings {
  readonly controls: number;
  readonly treated: number;
  readonly pre: number;
  readonly post: number;
  /** τ, added to every treated value from the start. */
  readonly effect: number;
  /** Standard deviation of the idiosyncratic noise ε. */
  readonly noise: number;
  /** How far the treated units' factor loadings are shifted from the comparison units' (selection). */
  readonly selection: number;
  readonly random: () => number;
}

/** A standard normal draw from two uniforms (Box–Muller). */
export function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * A panel from a two-factor model, as in the simulations of Arkhangelsky et al. (2021, §3):
 *   Y_it = α_i + β_t + γ_i1·δ_t1 + γ_i2·δ_t2 + ε_it + τ·W_it,
 * with unit effects α_i ~ N(0, 1), a trend β_t = 0.3·t + N(0, 0.5²), factors δ_tk random walks with
 * N(0, 0.5²) steps, loadings γ_ik ~ N(0, 1) for comparison units and N(selection, 1) for treated ones
 * (so the treated differ from the average comparison unit and plain DID is biased), ε_it ~ N(0, noise²),
 * and W_it = 1 for treated units from period `pre` on. Units are C001… (comparison) and T01… (treated).
 */
export function factorModelPanel(settings: FactorModelSettings): Panel {
  const { controls, treated, pre, post, effect, noise, selection, random } = settings;
  const t = pre + post;
  const units = [
    ...Array.from({ length: controls }, (_, i) => `C${String(i + 1).padStart(3, '0')}`),
    ...Array.from({ length: treated }, (_, i) => `T${String(i + 1).padStart(2, '0')}`),
  ];
  const periods = Array.from({ length: t }, (_, s) => String(2000 + s));
  const trend = Array.from({ length: t }, (_, s) => 0.3 * s + 0.5 * normal(random));
  const factors = [0, 1].map(() => {
    let level = 0;
    return Array.from({ length: t }, () => (level += 0.5 * normal(random)));
  });
  const values = new Float64Array(units.length * t);
  units.forEach((_, u) => {
    const isTreated = u >= controls;
    const unitEffect = normal(random);
    const loadings = [0, 1].map(() => (isTreated ? selection : 0) + normal(random));
    for (let s = 0; s < t; s += 1) {
      const common = (trend[s] ?? 0) + (loadings[0] ?? 0) * (factors[0]?.[s] ?? 0) + (loadings[1] ?? 0) * (factors[1]?.[s] ?? 0);
      values[u * t + s] = unitEffect + common + noise * normal(random) + (isTreated && s >= pre ? effect : 0);
    }
  });
  return { units, periods, values, treated: units.slice(controls), start: periods[pre] ?? '', dropped: [] };
}
