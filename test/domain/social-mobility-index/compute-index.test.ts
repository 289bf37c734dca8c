import { describe, expect, it } from 'vitest';
import { bandOf, computeIndex, percentileRanks, rankScores, spotCount, zScores } from '../../../src/domain/social-mobility-index/index.ts';
import { WORKED_CODES, WORKED_RECIPE_JSON, WORKED_VALUES, recipeFrom, valuesFrom } from './fixtures.ts';

/*
 * Worked by hand (population sd):
 *   a1: 10, 10, 30, 30   mean 20, sd 10            z = −1, −1, +1, +1   (P, Q, R, S)
 *   a2:  5,  1,  5,  1   mean 3,  sd 2, raw z = +1, −1, +1, −1; higher is worse, so flipped:
 *                                                   z = −1, +1, −1, +1
 *   b1: 60, 40, 40, 60   mean 50, sd 10            z = +1, −1, −1, +1
 *   early  = (2·z_a1 + 1·z_a2) / 3:  P (−2−1)/3 = −1,  Q (−2+1)/3 = −1/3,  R (2−1)/3 = 1/3,  S (2+1)/3 = 1
 *   school = z_b1:                   P 1,  Q −1,  R −1,  S 1
 *   overall = (early + school) / 2:  P 0,  Q −2/3,  R −1/3,  S 1
 *   ranks: S 1, P 2, R 3, Q 4.  Two quantile bands: ⌈rank·2/4⌉ → S, P band 1; R, Q band 2.
 *   cold spots: round(0.2 × 4) = 1 → Q.  hot spots: 1 → S.
 */
describe('computing the index', () => {
  const recipe = recipeFrom(WORKED_RECIPE_JSON, WORKED_CODES);

  it('matches the hand-worked example: stage scores, overall, ranks, bands, cold and hot spots', () => {
    const result = computeIndex(recipe, valuesFrom(WORKED_VALUES));
    expect(result.areas.map((a) => a.areaCode)).toEqual(['S', 'P', 'R', 'Q']);
    const [s, p, r, q] = result.areas;
    expect(p?.stageScores.early).toBeCloseTo(-1, 12);
    expect(q?.stageScores.early).toBeCloseTo(-1 / 3, 12);
    expect(r?.stageScores.early).toBeCloseTo(1 / 3, 12);
    expect(s?.stageScores.school).toBeCloseTo(1, 12);
    expect(result.areas.map((a) => a.score)).toEqual([expect.closeTo(1, 12), expect.closeTo(0, 12), expect.closeTo(-1 / 3, 12), expect.closeTo(-2 / 3, 12)]);
    expect(result.areas.map((a) => a.rank)).toEqual([1, 2, 3, 4]);
    expect(result.areas.map((a) => a.band)).toEqual([1, 1, 2, 2]);
    expect(result.areas.map((a) => a.coldSpot)).toEqual([false, false, false, true]);
    expect(result.areas.map((a) => a.hotSpot)).toEqual([true, false, false, false]);
    expect(result).toMatchObject({ coldSpotCount: 1, hotSpotCount: 1, excluded: [] });
  });

  /*
   * Weighted stages, early 3 : school 1 (shares 0.75, 0.25):
   *   S 0.75·1 + 0.25·1 = 1;  R 0.75·(1/3) − 0.25 = 0;  P −0.75 + 0.25 = −0.5;  Q 0.75·(−1/3) − 0.25 = −0.5.
   *   P and Q tie: both rank 3 (1, 2, 3, 3), both in band ⌈3·2/4⌉ = 2, and both cold spots, since the
   *   tie spans the worst position and is not split.
   */
  it('gives tied areas the same (best) rank and does not split a tie at the cold-spot boundary', () => {
    const weighted = recipeFrom({ ...WORKED_RECIPE_JSON, combine: 'weighted_mean', stages: WORKED_RECIPE_JSON.stages.map((stage, i) => ({ ...stage, weight: i === 0 ? 3 : 1 })) }, WORKED_CODES);
    const result = computeIndex(weighted, valuesFrom(WORKED_VALUES));
    expect(result.areas.map((a) => [a.areaCode, a.rank, a.band, a.coldSpot])).toEqual([
      ['S', 1, 1, false],
      ['R', 2, 1, false],
      ['P', 3, 2, true],
      ['Q', 3, 2, true],
    ]);
  });

  it('scores a stage from the indicators an area has under stage_mean', () => {
    const values = valuesFrom({ ...WORKED_VALUES, Q: { a1: 10, a2: null, b1: 40 } });
    const result = computeIndex(recipe, values);
    // a2 over P, R, S only: 5, 5, 1 → mean 11/3, sd 4√2/3, P's raw z = (4/3)/(4√2/3) = 1/√2, flipped −1/√2.
    const p = result.areas.find((a) => a.areaCode === 'P');
    expect(p?.stageScores.early).toBeCloseTo((2 * -1 - 1 / Math.SQRT2) / 3, 12);
    // Q has only a1 in the early stage: its stage score is z_a1 = −1.
    expect(result.areas.find((a) => a.areaCode === 'Q')?.stageScores.early).toBeCloseTo(-1, 12);
    expect(result.excluded).toEqual([]);
  });

  it('leaves an area out with a reason naming the indicator under exclude, and standardises without it', () => {
    const values = valuesFrom({ ...WORKED_VALUES, Q: { a1: 10, a2: null, b1: 40 } });
    const result = computeIndex(recipeFrom({ ...WORKED_RECIPE_JSON, missing: 'exclude' }, WORKED_CODES), values);
    expect(result.excluded).toEqual([{ areaCode: 'Q', areaName: 'Q', reason: 'no value for indicator "a2"' }]);
    /*
     * Standardised over P, R, S only (x = 1/√2):
     *   a1 10, 30, 30 → z −2x, x, x;   a2 5, 5, 1 (flipped) → z −x, −x, 2x;   b1 60, 40, 60 → z x, −2x, x
     *   early P (−4x − x)/3 = −5x/3, R (2x − x)/3 = x/3, S (2x + 2x)/3 = 4x/3
     *   overall P (−5x/3 + x)/2 = −x/3, R (x/3 − 2x)/2 = −5x/6, S (4x/3 + x)/2 = 7x/6 → S, P, R
     */
    const x = 1 / Math.SQRT2;
    expect(result.areas.map((a) => [a.areaCode, a.score])).toEqual([
      ['S', expect.closeTo((7 * x) / 6, 12)],
      ['P', expect.closeTo(-x / 3, 12)],
      ['R', expect.closeTo((-5 * x) / 6, 12)],
    ]);
    expect(zScores([10, 30, 30])).toEqual([expect.closeTo(-2 * x, 12), expect.closeTo(x, 12), expect.closeTo(x, 12)]);
  });

  it('leaves out areas the recipe excludes before standardising', () => {
    const result = computeIndex(recipeFrom({ ...WORKED_RECIPE_JSON, exclusions: ['S'] }, WORKED_CODES), valuesFrom(WORKED_VALUES));
    expect(result.excluded).toEqual([{ areaCode: 'S', areaName: 'S', reason: 'excluded by the recipe' }]);
    expect(result.areas).toHaveLength(3);
  });

  it('uses percentile ranks with ties averaged, oriented by polarity', () => {
    expect(percentileRanks([10, 20, 20, 30, null])).toEqual([0, 50, 50, 100, null]);
    // a2 is higher-is-worse: oriented −5, −1, −5, −1 → P and R share ranks 1–2 (average 1.5 →
    // 100 × 0.5/3 = 16.67), Q and S share ranks 3–4 (average 3.5 → 100 × 2.5/3 = 83.33).
    const json = { ...WORKED_RECIPE_JSON, stages: [{ id: 'early', name: 'Early', indicators: [{ code: 'a2', polarity: 'higher_is_worse', weight: 1, transform: 'percentile_rank' }] }] };
    const result = computeIndex(recipeFrom(json, WORKED_CODES), valuesFrom(WORKED_VALUES));
    expect(result.areas.map((a) => [a.areaCode, a.score, a.rank])).toEqual([
      ['Q', expect.closeTo(250 / 3, 12), 1],
      ['S', expect.closeTo(250 / 3, 12), 1],
      ['P', expect.closeTo(50 / 3, 12), 3],
      ['R', expect.closeTo(50 / 3, 12), 3],
    ]);
  });

  it('ranks by standard competition ranking and counts cold spots as round(share × n)', () => {
    expect(Array.from(rankScores([0.5, 1, 0.5, -2]).ranks)).toEqual([2, 1, 2, 4]);
    expect(spotCount(324, 0.2)).toBe(65);
    expect(spotCount(4, 0.2)).toBe(1);
    expect(bandOf({ kind: 'quantiles', count: 5 }, 65, 0, 324)).toBe(2);
    expect(bandOf({ kind: 'quantiles', count: 5 }, 324, 0, 324)).toBe(5);
    expect(bandOf({ kind: 'sextiles' }, 1, 0, 324)).toBe(1);
    expect([-2, -1, 0, 0.5, 2].map((score) => bandOf({ kind: 'thresholds', upperBounds: [-1, 0, 1] }, 1, score, 5))).toEqual([4, 4, 3, 2, 1]);
  });
});
