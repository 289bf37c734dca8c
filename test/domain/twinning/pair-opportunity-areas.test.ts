import { describe, expect, it } from 'vitest';
import { buildFeatureMatrix, pairOpportunityAreas, type TwinArea } from '../../../src/domain/twinning/index.ts';
import { recipeFrom, valuesFrom } from '../social-mobility-index/fixtures.ts';
import { randomAreas } from './generator.ts';

const recipe = recipeFrom({ name: 'one', stages: [{ id: 's', name: 'S', indicators: [{ code: 'x', polarity: 'higher_is_better' }] }] }, ['x']);
const area = (code: string, oa: string | null): TwinArea => ({ code, name: code, regionCode: 'R', opportunityArea: oa });

describe('one-to-one twinning of Opportunity Areas', () => {
  // One indicator: OA "a" at 0, OA "b" at 1.2; candidates at 1 and 3.2 (z-scores scale all gaps alike).
  // Greedy takes the closest pair first, b–P (0.2), leaving a–Q (3.2): 3.4 in raw units. Optimal: a–P (1) and
  // b–Q (2): 3.0.
  const values = valuesFrom({ E06000001: { x: 0 }, E06000002: { x: 1.2 }, E06000003: { x: 1 }, E06000004: { x: 3.2 } });
  const areas = [area('E06000001', 'a'), area('E06000002', 'b'), area('E06000003', null), area('E06000004', null)];
  const groups = [{ id: 'a', name: 'A', areaCodes: ['E06000001'] }, { id: 'b', name: 'B', areaCodes: ['E06000002'] }];

  it('finds the least total distance where greedy does worse', () => {
    const matrix = buildFeatureMatrix(recipe, values, areas);
    const { optimal, greedy } = pairOpportunityAreas(matrix, groups, 1);
    expect(optimal.opportunityAreas.map((oa) => [oa.id, oa.twins.map((t) => t.code)])).toEqual([['a', ['E06000003']], ['b', ['E06000004']]]);
    expect(greedy.opportunityAreas.map((oa) => [oa.id, oa.twins.map((t) => t.code)])).toEqual([['a', ['E06000004']], ['b', ['E06000003']]]);
    // sd of (0, 1.2, 1, 3.2) = 1.1533; totals 3.0 / sd and 3.4 / sd.
    const sd = Math.sqrt([0, 1.2, 1, 3.2].reduce((s, x) => s + (x - 1.35) ** 2, 0) / 4);
    expect(optimal.total).toBeCloseTo(3 / sd, 12);
    expect(greedy.total).toBeCloseTo(3.4 / sd, 12);
  });

  it('averages a two-district Opportunity Area’s distances and refuses too few candidates', () => {
    const matrix = buildFeatureMatrix(recipe, values, areas);
    const both = pairOpportunityAreas(matrix, [{ id: 'ab', name: 'AB', areaCodes: ['E06000001', 'E06000002', 'E09999999'] }], 2);
    expect(both.optimal.opportunityAreas[0]?.twins.map((t) => t.code)).toEqual(['E06000003', 'E06000004']);
    expect(() => pairOpportunityAreas(matrix, groups, 2)).toThrow('Cannot give 2 Opportunity Areas 2 twin(s) each from only 2 areas');
    expect(pairOpportunityAreas(matrix, [...groups, { id: 'z', name: 'Z', areaCodes: ['E09999999'] }], 1).unpaired).toEqual([{ id: 'z', name: 'Z', reason: 'none of its areas has values for these indicators' }]);
  });

  it.each(Array.from({ length: 30 }, (_, i) => i + 1))('seed %i: k twins each, none shared, none in the programme, optimal ≤ greedy', (seed) => {
    const { recipe: r, values: v, areas: a } = randomAreas(seed, 40, 3);
    const matrix = buildFeatureMatrix(r, v, a);
    const ids = [...new Set(a.map((x) => x.opportunityArea).filter((x): x is string => x !== null))];
    const oaGroups = ids.map((id) => ({ id, name: id, areaCodes: a.filter((x) => x.opportunityArea === id).map((x) => x.code) }));
    const k = 1 + (seed % 3);
    const { optimal, greedy } = pairOpportunityAreas(matrix, oaGroups, k);
    const twins = optimal.opportunityAreas.flatMap((oa) => oa.twins.map((t) => t.code));
    expect(twins).toHaveLength(ids.length * k);
    expect(new Set(twins).size).toBe(twins.length);
    expect(twins.every((code) => a.find((x) => x.code === code)?.opportunityArea === null)).toBe(true);
    expect(optimal.total).toBeLessThanOrEqual(greedy.total + 1e-9);
  });
});
