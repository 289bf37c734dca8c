import { describe, expect, it } from 'vitest';
import { buildPanel, estimateImpact, METHODS, type ImpactEstimate, type Panel, type PanelRow } from '../../../src/domain/impact/index.ts';
import { seededRandom } from '../../../src/domain/social-mobility-index/index.ts';
import { factorModelPanel } from './factor-model.ts';

/** A panel from named series; the first `pre` periods (2010, 2011, …) come before the start. */
function panelOf(series: Record<string, number[]>, treated: string[], pre: number): Panel {
  const units = Object.keys(series);
  const t = series[units[0] ?? '']?.length ?? 0;
  const periods = Array.from({ length: t }, (_, s) => String(2010 + s));
  return { units, periods, values: Float64Array.from(units.flatMap((u) => series[u] ?? [])), treated, start: periods[pre] ?? '', dropped: [] };
}

function estimateOrThrow(panel: Panel, method: (typeof METHODS)[number], replications = 0, seed = 1): ImpactEstimate {
  const result = estimateImpact(panel, { method, replications, random: seededRandom(seed) });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Treated T and comparison areas A, B, C over 2010–2013; the programme starts in 2012. */
const SMALL = panelOf({ T: [10, 12, 20, 22], A: [5, 6, 8, 9], B: [7, 7, 9, 11], C: [3, 5, 6, 6] }, ['T'], 2);

describe('difference in differences', () => {
  it('equals the double difference of means', () => {
    // Treated: after 21, before 11. Comparison: after (8 + 9 + 9 + 11 + 6 + 6) / 6 = 49/6, before 33/6.
    const did = estimateOrThrow(SMALL, 'did');
    expect(did.estimate).toBeCloseTo(10 - 16 / 6, 12);
    expect(did.donors).toEqual([
      { code: 'A', weight: 1 / 3 },
      { code: 'B', weight: 1 / 3 },
      { code: 'C', weight: 1 / 3 },
    ]);
    expect(did.timeWeights).toEqual([
      { period: '2010', weight: 0.5 },
      { period: '2011', weight: 0.5 },
    ]);
  });

  it('has the placebo standard error worked out by hand', () => {
    // Each placebo treats one of A, B, C (changes 3, 3, 2) against the other two:
    // 3 − 2.5 = 0.5, 3 − 2.5 = 0.5, 2 − 3 = −1, equally likely: mean 0, variance 1.5/3, sd √0.5.
    const did = estimateOrThrow(SMALL, 'did', 20_000);
    expect(did.se).toBeCloseTo(Math.sqrt(0.5), 2);
    expect(did.ci95?.[0]).toBeCloseTo(did.estimate - 1.96 * (did.se ?? 0), 12);
    expect(did.ci95?.[1]).toBeCloseTo(did.estimate + 1.96 * (did.se ?? 0), 12);
    expect(did.replications).toBe(20_000);
  });
});

describe('synthetic control', () => {
  // T is 0.3·A + 0.7·C throughout, plus 5 from 2016 on; B and D are not in it.
  const A = [1, 3, 2, 5, 4, 6, 7, 8, 9];
  const B = [4, 1, 5, 2, 6, 3, 5, 4, 6];
  const C = [2, 2, 4, 3, 7, 5, 6, 7, 5];
  const D = [6, 5, 3, 4, 2, 1, 2, 3, 1];
  const T = A.map((a, s) => 0.3 * a + 0.7 * (C[s] ?? 0) + (s >= 6 ? 5 : 0));
  const mixture = panelOf({ A, B, C, D, T }, ['T'], 6);

  it('puts its weights on the simplex and reproduces a treated area that is a mixture of two others', () => {
    const sc = estimateOrThrow(mixture, 'sc');
    const weights = Object.fromEntries(sc.donors.map((d) => [d.code, d.weight]));
    expect(sc.donors.every((d) => d.weight > 0)).toBe(true);
    expect(sc.donors.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(1, 12);
    expect(weights.A).toBeCloseTo(0.3, 2);
    expect(weights.C).toBeCloseTo(0.7, 2);
    expect((weights.B ?? 0) + (weights.D ?? 0)).toBeLessThan(0.005);
    expect(sc.estimate).toBeCloseTo(5, 2);
    expect(sc.timeWeights).toEqual([]);
  });

  it('keeps uniform weights, and finds the effect exactly, when the treated area runs parallel to the comparison mean', () => {
    // U is the mean of A–D plus 2, plus 5 from 2016: uniform weights fit it exactly before the start
    // (up to the intercept) and have the smallest ridge penalty, so sdid is did here.
    const U = A.map((a, s) => (a + (B[s] ?? 0) + (C[s] ?? 0) + (D[s] ?? 0)) / 4 + 2 + (s >= 6 ? 5 : 0));
    const parallel = panelOf({ A, B, C, D, U }, ['U'], 6);
    const sdid = estimateOrThrow(parallel, 'sdid');
    expect(sdid.estimate).toBeCloseTo(5, 10);
    expect(sdid.donors.map((d) => d.weight)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(estimateOrThrow(parallel, 'did').estimate).toBeCloseTo(5, 10);
  });

  it('gives the permutation p-value 1/(N + 1) when the treated area’s gap after the start is the largest, and says it cannot go lower', () => {
    const sc = estimateOrThrow(mixture, 'sc', 20);
    expect(sc.pValue).toBe(1 / 5);
    expect(sc.warnings).toEqual(['With 4 comparison areas the smallest possible p-value is 0.200, so the test cannot show an effect at the 5% level']);
    expect(estimateOrThrow(mixture, 'sdid').pValue).toBeNull();
  });
});

describe('every method', () => {
  const panel = factorModelPanel({ controls: 12, treated: 2, pre: 6, post: 3, effect: 2, noise: 0.5, selection: 0.5, random: seededRandom(11) });

  it('gives a comparison trajectory whose gap after the start averages to the estimate', () => {
    for (const method of METHODS) {
      const result = estimateOrThrow(panel, method);
      const after = result.trajectory.slice(6);
      const gap = after.reduce((s, p) => s + p.treated - p.comparison, 0) / after.length;
      expect(gap).toBeCloseTo(result.estimate, 10);
      expect(result.trajectory.map((p) => p.period)).toEqual(panel.periods);
      expect(result.prePeriods).toEqual(panel.periods.slice(0, 6));
      expect(result.postPeriods).toEqual(panel.periods.slice(6));
    }
  });

  it('gives the same answer, standard error and p-value included, when the units are reordered', () => {
    const n = panel.units.length;
    const order = Array.from({ length: n }, (_, i) => n - 1 - i);
    const t = panel.periods.length;
    const reordered: Panel = {
      ...panel,
      units: order.map((u) => panel.units[u] ?? ''),
      values: Float64Array.from(order.flatMap((u) => [...panel.values.subarray(u * t, (u + 1) * t)])),
      treated: [...panel.treated].reverse(),
    };
    for (const method of METHODS) {
      expect(estimateOrThrow(reordered, method, 30, 7)).toEqual(estimateOrThrow(panel, method, 30, 7));
    }
  });

  it('gives the same answer when the rows of a long file come in another order', () => {
    const t = panel.periods.length;
    const rows: PanelRow[] = panel.units.flatMap((unit, u) =>
      panel.periods.map((period, s) => ({ unit, period, value: panel.values[u * t + s] ?? null, treated: panel.treated.includes(unit) && s >= 6 })),
    );
    const shuffled = [...rows];
    const random = seededRandom(3);
    for (let i = shuffled.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j] as PanelRow, shuffled[i] as PanelRow];
    }
    const inOrder = buildPanel(rows);
    const outOfOrder = buildPanel(shuffled);
    if (!inOrder.ok || !outOfOrder.ok) throw new Error('panel refused');
    expect(outOfOrder.value.periods).toEqual(panel.periods);
    for (const method of METHODS) {
      expect(estimateOrThrow(outOfOrder.value, method, 30, 7)).toEqual(estimateOrThrow(inOrder.value, method, 30, 7));
    }
  });

  it('gives the same standard error for the same seed and another for another seed', () => {
    const first = estimateOrThrow(panel, 'sdid', 30, 1);
    expect(estimateOrThrow(panel, 'sdid', 30, 1).se).toBe(first.se);
    expect(estimateOrThrow(panel, 'sdid', 30, 2).se).not.toBe(first.se);
  });
});

describe('checks', () => {
  it('warns in every output when there are fewer than 3 periods before the start', () => {
    const short = panelOf({ T: [1, 2, 9], A: [1, 3, 4], B: [2, 2, 3] }, ['T'], 2);
    for (const method of METHODS) {
      expect(estimateOrThrow(short, method, 10).warnings).toContain(
        'Only 2 periods before the start (2012): with fewer than 3, how well the comparison matched beforehand is hard to judge, so treat the estimate with caution',
      );
    }
  });

  it('still estimates, without regularised weights and saying so, from a single period before the start', () => {
    const one = panelOf({ T: [1, 9, 10], A: [1, 3, 4], B: [2, 2, 3], C: [0, 1, 1] }, ['T'], 1);
    for (const method of METHODS) {
      const result = estimateOrThrow(one, method, 10);
      expect(Number.isFinite(result.estimate)).toBe(true);
      expect(result.warnings[0]).toMatch(/^Only 1 period before the start \(2011\)/);
      if (method !== 'did') expect(result.warnings).toContain('With 1 period before the start the noise level cannot be measured, so the weights are not regularised');
    }
    // With one period the intercept absorbs any level, so sdid keeps uniform weights: did's answer.
    // T changes by 8.5; A, B and C by 2.5, 0.5 and 1 on average: 8.5 − 4/3.
    expect(estimateOrThrow(one, 'sdid').estimate).toBeCloseTo(8.5 - 4 / 3, 12);
  });

  it('refuses a start with no period before it', () => {
    const none = panelOf({ T: [1, 2, 9], A: [1, 3, 4] }, ['T'], 0);
    expect(estimateImpact(none, { method: 'sdid', random: seededRandom(1) })).toEqual({
      ok: false,
      error: { code: 'no-pre-periods', message: 'There is no period before the start (2010): an estimate needs at least 1, and 3 or more to be reliable' },
    });
  });

  it('refuses one area on its own, and a panel where every area is treated', () => {
    const alone = panelOf({ T: [1, 2, 3, 9] }, ['T'], 2);
    expect(estimateImpact(alone, { method: 'did', random: seededRandom(1) })).toMatchObject({ ok: false, error: { code: 'no-comparison' } });
    const all = panelOf({ T: [1, 2, 3, 9], U: [1, 2, 3, 4] }, ['T', 'U'], 2);
    expect(estimateImpact(all, { method: 'did', random: seededRandom(1) })).toMatchObject({ ok: false, error: { code: 'no-comparison' } });
  });

  it('refuses an unknown treated area or start, missing values, and a bad number of replications', () => {
    const panel = panelOf({ T: [1, 2, 3, 9], A: [1, 3, 4, 5] }, ['T'], 2);
    const run = (p: Panel, replications?: number) => estimateImpact(p, { method: 'did', replications, random: seededRandom(1) });
    expect(run({ ...panel, treated: ['X'] })).toEqual({ ok: false, error: { code: 'unknown-treated', message: 'The treated area X is not in the panel' } });
    expect(run({ ...panel, start: '2020' })).toEqual({ ok: false, error: { code: 'unknown-start', message: 'The start period 2020 is not one of the panel’s periods (2010, 2011, 2012 and 2013)' } });
    expect(run({ ...panel, values: Float64Array.of(1, 2, Number.NaN, 9, 1, 3, 4, 5) })).toMatchObject({ ok: false, error: { code: 'missing-values', message: expect.stringContaining('T in 2012') as unknown } });
    expect(run(panel, 2.5)).toEqual({ ok: false, error: { code: 'bad-option', message: 'The number of placebo replications must be a whole number from 0 to 100,000' } });
    expect(run(panel, -1)).toMatchObject({ ok: false, error: { code: 'bad-option' } });
  });

  it('gives no standard error, and says why, when there are no more comparison than treated areas', () => {
    const even = panelOf({ T: [1, 2, 3, 9], A: [1, 3, 4, 5] }, ['T'], 3);
    const result = estimateOrThrow(even, 'sdid', 200);
    expect(result.se).toBeNull();
    expect(result.ci95).toBeNull();
    expect(result.replications).toBe(0);
    expect(result.warnings).toContain('No standard error: the placebo method needs more comparison areas than treated areas (there are 1 and 1)');
  });

  it('carries what the panel builder dropped into the estimate', () => {
    const dropped = [{ kind: 'unit' as const, unit: 'Z', reason: 'Left out of the comparison: no value for 2011' }];
    expect(estimateOrThrow({ ...SMALL, dropped }, 'did').dropped).toEqual(dropped);
  });
});
