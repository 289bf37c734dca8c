import { describe, expect, it } from 'vitest';
import { averageRanks, spearmanRho } from '../../../src/domain/social-mobility-index/index.ts';

const ranking = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("Spearman's rho between two rankings", () => {
  it('is 1 for identical rankings and −1 for reversed ones', () => {
    const ours = ranking({ a: 1, b: 2, c: 3, d: 4, e: 5 });
    expect(spearmanRho(ours, ours)).toEqual({ ok: true, value: { rho: 1, sharedCount: 5 } });
    const reversed = spearmanRho(ours, ranking({ a: 5, b: 4, c: 3, d: 2, e: 1 }));
    expect(reversed.ok && reversed.value.rho).toBeCloseTo(-1, 12);
  });

  /*
   * Published ranks a 1, b 2, c 2, d 4 (b and c tied) against ours 1, 2, 3, 4; e appears only in ours.
   * Average ranks: published 1, 2.5, 2.5, 4.  Deviations from 2.5: ours −1.5, −0.5, 0.5, 1.5;
   * published −1.5, 0, 0, 1.5.  Σxy = 4.5, Σx² = 5, Σy² = 4.5 → rho = 4.5 / √22.5 = 3/√10 ≈ 0.9487.
   */
  it('averages tied ranks and uses only the areas both rankings share', () => {
    expect(averageRanks([1, 2, 2, 4])).toEqual([1, 2.5, 2.5, 4]);
    const result = spearmanRho(ranking({ a: 1, b: 2, c: 3, d: 4, e: 5 }), ranking({ a: 1, b: 2, c: 2, d: 4, z: 9 }));
    expect(result.ok && result.value.sharedCount).toBe(4);
    expect(result.ok && result.value.rho).toBeCloseTo(3 / Math.sqrt(10), 12);
  });

  it('refuses rankings with fewer than two areas in common', () => {
    expect(spearmanRho(ranking({ a: 1 }), ranking({ a: 1, b: 2 }))).toEqual({ ok: false, error: 'the rankings need at least 2 areas in common' });
  });
});
