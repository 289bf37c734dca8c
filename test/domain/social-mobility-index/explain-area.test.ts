import { describe, expect, it } from 'vitest';
import { computeIndex, describeDrivers, explainArea } from '../../../src/domain/social-mobility-index/index.ts';
import { WORKED_CODES, WORKED_RECIPE_JSON, WORKED_VALUES, recipeFrom, valuesFrom } from './fixtures.ts';
import { syntheticIndex } from './synthetic.ts';

const recipe = recipeFrom(WORKED_RECIPE_JSON, WORKED_CODES);
const values = valuesFrom(WORKED_VALUES);
const labels = { a1: 'early literacy', a2: 'child poverty', b1: 'GCSE results' };

describe('explaining an area', () => {
  /*
   * Q (z: a1 −1, a2 +1, b1 −1), stage share ½:
   *   a1 ½ × 2/3 × −1 = −1/3;   a2 ½ × 1/3 × +1 = +1/6;   b1 ½ × 1/1 × −1 = −1/2
   *   sum −1/3 + 1/6 − 1/2 = −2/3 = Q's overall score.
   */
  it('gives each indicator its share of the distance from the mean, largest first', () => {
    const explanation = explainArea(recipe, values, 'Q');
    if (!explanation.ok) throw new Error(explanation.error);
    expect(explanation.value.contributions.map((c) => [c.indicatorCode, c.contribution])).toEqual([
      ['b1', expect.closeTo(-1 / 2, 12)],
      ['a1', expect.closeTo(-1 / 3, 12)],
      ['a2', expect.closeTo(1 / 6, 12)],
    ]);
  });

  it('has contributions that sum exactly to every area’s overall score, whose mean is 0', () => {
    const synthetic = syntheticIndex(60, 7);
    const result = computeIndex(synthetic.recipe, synthetic.values);
    expect(result.areas.reduce((sum, a) => sum + a.score, 0) / result.areas.length).toBeCloseTo(0, 12);
    for (const area of result.areas) {
      const explanation = explainArea(synthetic.recipe, synthetic.values, area.areaCode);
      if (!explanation.ok) throw new Error(explanation.error);
      expect(explanation.value.contributions.reduce((sum, c) => sum + c.contribution, 0)).toBeCloseTo(area.score, 12);
    }
  });

  it('names the two indicators pulling a cold spot down, and a hot spot up', () => {
    const cold = explainArea(recipe, values, 'Q');
    const hot = explainArea(recipe, values, 'S');
    if (!cold.ok || !hot.ok) throw new Error('expected explanations');
    expect(describeDrivers(cold.value, labels)).toBe('Q is a cold spot mainly because of GCSE results and early literacy.');
    // S: a1 +1/3, a2 +1/6, b1 +1/2.
    expect(describeDrivers(hot.value, labels)).toBe('S is a hot spot mainly because of GCSE results and early literacy.');
  });

  it('says why an area that is neither cold nor hot sits where it does', () => {
    // R (rank 3 of 4): a1 +1/3, a2 −1/6, b1 −1/2 → held back by b1 and a2.
    const r = explainArea(recipe, values, 'R');
    if (!r.ok) throw new Error(r.error);
    expect(describeDrivers(r.value, labels)).toBe('R ranks 3 of 4 held back mainly by GCSE results and child poverty.');
  });

  it('refuses an area that is not ranked, saying why', () => {
    const excluded = explainArea(recipeFrom({ ...WORKED_RECIPE_JSON, exclusions: ['Q'] }, WORKED_CODES), values, 'Q');
    expect(excluded).toEqual({ ok: false, error: 'Q is not ranked: excluded by the recipe' });
    expect(explainArea(recipe, values, 'Z')).toEqual({ ok: false, error: 'no values for area "Z"' });
  });
});
