import { describe, expect, it } from 'vitest';
import { computeIndex, nearestRankPercentile, rankStability, seededRandom } from '../../../src/domain/social-mobility-index/index.ts';
import { recipeFrom, valuesFrom } from './fixtures.ts';
import { syntheticIndex } from './synthetic.ts';

/*
 * Ten areas, two stages of two indicators, all weights 1. G1…G7 score 3…9 on everything; W −10 on
 * everything. X and Y mirror each other in stage one (X: i1 2, i2 0; Y: i1 0, i2 2) and have 1, 1 in
 * stage two, so they tie with equal weights, and a draw puts X above Y exactly when it weights i1 more
 * than i2. Ranks: G7 … G1 are 1 … 7 always, X and Y 8 or 9, W 10. Cold spots: round(0.2 × 10) = 2
 * → positions 9 and 10.
 */
const codes = ['i1', 'i2', 'i3', 'i4'];
const recipe = recipeFrom(
  {
    name: 'Stability',
    stages: [
      { id: 'one', indicators: [{ code: 'i1', polarity: 'higher_is_better' }, { code: 'i2', polarity: 'higher_is_better' }] },
      { id: 'two', indicators: [{ code: 'i3', polarity: 'higher_is_better' }, { code: 'i4', polarity: 'higher_is_better' }] },
    ],
  },
  codes,
);
const all = (v: number) => ({ i1: v, i2: v, i3: v, i4: v });
const values = valuesFrom({
  ...Object.fromEntries(Array.from({ length: 7 }, (_, k) => [`G${k + 1}`, all(k + 3)])),
  X: { i1: 2, i2: 0, i3: 1, i4: 1 },
  Y: { i1: 0, i2: 2, i3: 1, i4: 1 },
  W: all(-10),
});

describe('rank stability under ±20% weights', () => {
  it('gives the same result for the same seed, and a different one for another seed', () => {
    const synthetic = syntheticIndex(80, 3);
    const first = rankStability(synthetic.recipe, synthetic.values, { seed: 42, draws: 200 });
    expect(rankStability(synthetic.recipe, synthetic.values, { seed: 42, draws: 200 })).toEqual(first);
    expect(rankStability(synthetic.recipe, synthetic.values, { seed: 43, draws: 200 })).not.toEqual(first);
  });

  it('gives a clearly separated area a one-rank interval and a cold-spot share of 0 or 1', () => {
    const stability = new Map(rankStability(recipe, values, { seed: 1 }).map((s) => [s.areaCode, s]));
    expect(stability.get('G7')).toMatchObject({ rankLow: 1, rankHigh: 1, coldSpotShare: 0 });
    expect(stability.get('G1')).toMatchObject({ rankLow: 7, rankHigh: 7, coldSpotShare: 0 });
    expect(stability.get('W')).toMatchObject({ rankLow: 10, rankHigh: 10, coldSpotShare: 1 });
  });

  it('gives a borderline area an interval spanning the ranks it trades, and a cold-spot share between', () => {
    // With the published weights X and Y tie at 8 and, spanning position 9, are both cold spots.
    expect(computeIndex(recipe, values).areas.filter((a) => a.coldSpot).map((a) => [a.areaCode, a.rank])).toEqual([
      ['X', 8],
      ['Y', 8],
      ['W', 10],
    ]);
    const x = rankStability(recipe, values, { seed: 1 }).find((s) => s.areaCode === 'X');
    expect(x).toMatchObject({ rankLow: 8, rankHigh: 9 });
    // X is cold (position 9) when w_i2 > w_i1: about half of 1,000 draws.
    expect(x?.coldSpotShare).toBeGreaterThan(0.4);
    expect(x?.coldSpotShare).toBeLessThan(0.6);
  });

  it('uses nearest-rank percentiles and a reproducible mulberry32 sequence', () => {
    expect(nearestRankPercentile([1, 2, 3, 4], 50)).toBe(2);
    expect(nearestRankPercentile(Array.from({ length: 1000 }, (_, i) => i + 1), 5)).toBe(50);
    expect(nearestRankPercentile(Array.from({ length: 1000 }, (_, i) => i + 1), 95)).toBe(950);
    const a = seededRandom(7);
    const b = seededRandom(7);
    const drawsA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(drawsA);
    expect(drawsA.every((u) => u >= 0 && u < 1)).toBe(true);
  });
});
