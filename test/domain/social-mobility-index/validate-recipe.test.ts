import { describe, expect, it } from 'vitest';
import { RECIPE_DEFAULTS, formatRecipeProblem, validateRecipe } from '../../../src/domain/social-mobility-index/index.ts';
import { WORKED_CODES, WORKED_RECIPE_JSON } from './fixtures.ts';

const problemsOf = (json: unknown): string[] => {
  const result = validateRecipe(json, WORKED_CODES);
  return result.ok ? [] : result.error.map(formatRecipeProblem);
};

const withStages = (stages: unknown): unknown => ({ ...WORKED_RECIPE_JSON, stages });

describe('validating a recipe', () => {
  it('accepts a good recipe and fills in the documented defaults', () => {
    const result = validateRecipe({ name: 'Minimal', stages: [{ id: 'early', indicators: [{ code: 'a1', polarity: 'higher_is_better' }] }] }, WORKED_CODES);
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Minimal',
        description: '',
        stages: [{ id: 'early', name: 'early', weight: 1, indicators: [{ code: 'a1', polarity: 'higher_is_better', weight: 1, transform: 'z_score' }] }],
        missing: RECIPE_DEFAULTS.missing,
        combine: 'mean',
        banding: { kind: 'quantiles', count: 5 },
        coldSpot: { bottomShare: 0.2 },
        hotSpot: { topShare: 0.2 },
        exclusions: [],
      },
    });
  });

  it('keeps the year of the index a recipe stands for, and refuses one that is not a year', () => {
    const result = validateRecipe({ ...WORKED_RECIPE_JSON, edition: 2016 }, WORKED_CODES);
    expect(result.ok && result.value.edition).toBe(2016);
    expect(problemsOf({ ...WORKED_RECIPE_JSON, edition: '2016' })).toEqual(['edition: must be the year of the published index, like 2016']);
    expect(problemsOf({ ...WORKED_RECIPE_JSON, edition: 16 })).toEqual(['edition: must be the year of the published index, like 2016']);
  });

  it('names the field path of an unknown indicator', () => {
    const stages = [...WORKED_RECIPE_JSON.stages, { id: 'youth', name: 'Youth', indicators: [{ code: 'xyz', polarity: 'higher_is_better', weight: 1 }] }];
    expect(problemsOf(withStages(stages))).toEqual(['stages[2].indicators[0].code: unknown indicator "xyz"']);
  });

  it('refuses an empty stage', () => {
    expect(problemsOf(withStages([...WORKED_RECIPE_JSON.stages, { id: 'youth', name: 'Youth', indicators: [] }]))).toEqual(['stages[2].indicators: a stage needs at least one indicator']);
  });

  it('refuses a weight given as text rather than coercing it', () => {
    const stages = [{ id: 'early', name: 'Early', indicators: [{ code: 'a1', polarity: 'higher_is_better', weight: 1 }, { code: 'a2', polarity: 'higher_is_worse', weight: '2' }] }];
    expect(problemsOf(withStages(stages))).toEqual(['stages[0].indicators[1].weight: must be a number greater than 0, not "2"']);
  });

  it('refuses zero weights, and so a zero total weight', () => {
    const stages = [{ id: 'early', name: 'Early', indicators: [{ code: 'a1', polarity: 'higher_is_better', weight: 0 }] }];
    expect(problemsOf(withStages(stages))).toEqual(['stages[0].indicators[0].weight: must be a number greater than 0, not 0']);
  });

  it('refuses an unknown polarity and a duplicate indicator, reporting every problem at once', () => {
    const stages = [
      { id: 'early', name: 'Early', indicators: [{ code: 'a1', polarity: 'higher_is_good', weight: 1 }] },
      { id: 'school', name: 'School', indicators: [{ code: 'a1', polarity: 'higher_is_better', weight: 1 }] },
    ];
    expect(problemsOf({ ...withStages(stages) as object, missing: 'impute', banding: { kind: 'deciles' } })).toEqual([
      'stages[0].indicators[0].polarity: must be one of higher_is_better, higher_is_worse, not "higher_is_good"',
      'stages[1].indicators[0].code: duplicate indicator "a1": already used at stages[0].indicators[0]',
      'missing: must be one of stage_mean, exclude, not "impute"',
      'banding.kind: must be one of quantiles, sextiles, thresholds, not "deciles"',
    ]);
  });

  it('refuses something that is not a recipe at all', () => {
    expect(problemsOf('recipe')).toEqual(['(recipe): must be a JSON object']);
    expect(problemsOf({})).toEqual(['name: enter a name for the recipe', 'stages: a recipe needs at least one stage']);
  });
});
