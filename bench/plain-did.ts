import type { Panel } from '../src/domain/impact/index.ts';

/** Reference: did by plain means, its placebos with the estimator's shuffles (controls A–Z, the last ones as if treated). */
export function plainDid(panel: Panel, replications: number, random: () => number): { estimate: number; se: number } {
  const t = panel.periods.length;
  const pre = panel.periods.indexOf(panel.start);
  const change = panel.units.map((_, u) => {
    const s = panel.values.subarray(u * t, (u + 1) * t);
    return s.slice(pre).reduce((a, b) => a + b, 0) / (t - pre) - s.slice(0, pre).reduce((a, b) => a + b, 0) / pre;
  });
  const treated = panel.units.map((code, u) => (panel.treated.includes(code) ? u : -1)).filter((u) => u >= 0);
  const controls = panel.units.map((_, u) => u).filter((u) => !treated.includes(u)).sort((a, b) => ((panel.units[a] ?? '') < (panel.units[b] ?? '') ? -1 : 1));
  const mean = (rows: readonly number[]): number => rows.reduce((s, u) => s + (change[u] ?? 0), 0) / rows.length;
  const estimate = mean(treated) - mean(controls);
  const order = controls.map((_, i) => i);
  const draws: number[] = [];
  for (let b = 0; b < replications; b += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const rows = order.map((i) => controls[i] ?? 0);
    draws.push(mean(rows.slice(rows.length - treated.length)) - mean(rows.slice(0, rows.length - treated.length)));
  }
  const average = draws.reduce((a, b) => a + b, 0) / replications;
  return { estimate, se: Math.sqrt(draws.reduce((s, d) => s + (d - average) ** 2, 0) / replications) };
}
