import { describe, expect, it } from 'vitest';
import { buildFeatureMatrix, findNeighbours, roundContributions, weightedDistance, type TwinArea } from '../../../src/domain/twinning/index.ts';
import { recipeFrom, valuesFrom } from '../social-mobility-index/fixtures.ts';
import { randomAreas, shuffled } from './generator.ts';

const A = 'E06000001';
const B = 'E06000002';
const C = 'E06000003';
const D = 'E06000004';
const recipe = recipeFrom({ name: 'two', stages: [{ id: 's', name: 'S', indicators: [{ code: 'x', polarity: 'higher_is_better' }, { code: 'y', polarity: 'higher_is_worse' }] }] }, ['x', 'y']);
const values = valuesFrom({ [A]: { x: 0, y: 0 }, [B]: { x: 1, y: 0 }, [C]: { x: 0, y: 2 }, [D]: { x: 3, y: 2 } });
const area = (code: string, region: string, oa: string | null = null): TwinArea => ({ code, name: code, regionCode: region, opportunityArea: oa });
const areas = [area(A, 'R1'), area(B, 'R1', 'blackpool'), area(C, 'R2'), area(D, 'R2')];

describe('area neighbours: a hand-worked example', () => {
  // x = (0, 1, 0, 3): mean 1, sd √1.5, z = (−0.8165, 0, −0.8165, 1.633); y = (0, 0, 2, 2): z = (∓1) (sign does not
  // matter to a distance). One stage, equal weights, so each indicator weighs 0.5: d(A, B)² = 0.5 × 0.8165² = 1/3,
  // d(A, C)² = 0.5 × 2² = 2, d(B, C)² = 7/3, d(C, D)² = 0.5 × 2.449² = 3, d(B, D)² = 10/3, d(A, D)² = 5.
  const result = findNeighbours(buildFeatureMatrix(recipe, values, areas), { k: 2 });
  const listOf = (code: string) => result.areas.find((a) => a.code === code)?.neighbours ?? [];

  it('lists each area’s two nearest, nearest first, with the distance worked by hand', () => {
    expect(listOf(A).map((n) => [n.code, Number(n.distance.toFixed(4))])).toEqual([[B, 0.5774], [C, 1.4142]]);
    expect(listOf(B).map((n) => [n.code, Number(n.distance.toFixed(4))])).toEqual([[A, 0.5774], [C, 1.5275]]);
    expect(listOf(D).map((n) => [n.code, Number(n.distance.toFixed(4))])).toEqual([[C, 1.7321], [B, 1.8257]]);
  });

  it('flags whether the neighbour lists the area back', () => {
    expect(listOf(A).map((n) => n.reciprocal)).toEqual([true, true]);
    // C's two nearest are A and B, so neither of D's neighbours lists D.
    expect(listOf(D).map((n) => n.reciprocal)).toEqual([false, false]);
  });

  it('bands by the tertiles of all listed distances', () => {
    // Pooled: 0.577, 0.577, 1.414, 1.414, 1.528, 1.528, 1.732, 1.826 → nearest-rank 33⅓% = 3rd = 1.414, 66⅔% = 6th = 1.528.
    expect(result.bands.veryClose).toBeCloseTo(Math.SQRT2, 12);
    expect(result.bands.close).toBeCloseTo(Math.sqrt(7 / 3), 12);
    expect(listOf(A).map((n) => n.band)).toEqual(['very close', 'very close']);
    expect(listOf(B).map((n) => n.band)).toEqual(['very close', 'close']);
    expect(listOf(D).map((n) => n.band)).toEqual(['somewhat close', 'somewhat close']);
  });

  it('explains a distance by indicator: parts sum to the distance, squared parts to its square, values side by side', () => {
    const [, toC] = listOf(A);
    expect(toC?.contributions).toEqual([
      { indicatorCode: 'x', squared: 0, part: 0, share: 0, areaValue: 0, neighbourValue: 0 },
      { indicatorCode: 'y', squared: expect.closeTo(2, 12) as number, part: expect.closeTo(Math.SQRT2, 12) as number, share: 1, areaValue: 0, neighbourValue: 2 },
    ]);
    const [, toB] = listOf(D);
    const parts = toB?.contributions.map((c) => c.part) ?? [];
    // D–B: x part 0.5 × 1.633² = 4/3, y part 2; d = √(10/3).
    expect(parts[0]).toBeCloseTo(4 / 3 / Math.sqrt(10 / 3), 12);
    expect(parts.reduce((s, p) => s + p, 0)).toBeCloseTo(toB?.distance ?? NaN, 14);
  });

  it('keeps to a region and leaves out other Opportunity Areas when asked', () => {
    const matrix = buildFeatureMatrix(recipe, values, areas);
    const regional = findNeighbours(matrix, { k: 2, sameRegion: true });
    expect(regional.areas.find((a) => a.code === A)?.neighbours.map((n) => n.code)).toEqual([B]);
    const withoutOas = findNeighbours(matrix, { k: 2, excludeOpportunityAreas: true });
    expect(withoutOas.areas.find((a) => a.code === A)?.neighbours.map((n) => n.code)).toEqual([C, D]);
    // B is in the Opportunity Area itself: the option never hides an area from its own list.
    expect(withoutOas.areas.find((a) => a.code === B)?.neighbours.map((n) => n.code)).toEqual([A, C]);
  });

  it('leaves out areas as the index does, with the reason, and fills a single missing value with the mean', () => {
    const strict = recipeFrom({ name: 'strict', missing: 'exclude', stages: [{ id: 's', name: 'S', indicators: [{ code: 'x', polarity: 'higher_is_better' }, { code: 'y', polarity: 'higher_is_better' }] }] }, ['x', 'y']);
    const gappy = valuesFrom({ [A]: { x: 0, y: 0 }, [B]: { x: 1, y: null }, [C]: { x: 0, y: 2 }, [D]: { x: 3, y: 2 } });
    expect(buildFeatureMatrix(strict, gappy, areas).excluded).toEqual([{ areaCode: B, areaName: B, reason: 'no value for indicator "y"' }]);
    const lenient = buildFeatureMatrix(recipe, gappy, areas);
    expect(lenient.areas.map((a) => a.code)).toEqual([A, B, C, D]);
    // y over A, C, D = (0, 2, 2) has mean 4/3; B is filled with z = 0 there and shown as missing.
    expect(lenient.standardised[1 * 2 + 1]).toBe(0);
    expect(Number.isNaN(lenient.raw[1 * 2 + 1])).toBe(true);
  });
});

describe('area neighbours: properties on seeded random areas', () => {
  const seeds = Array.from({ length: 25 }, (_, i) => i + 1);

  it.each(seeds)('seed %i: symmetric distances, never its own neighbour, exactly k results', (seed) => {
    const { recipe: r, values: v, areas: a } = randomAreas(seed, 20 + (seed % 15), 2 + (seed % 5), { missingShare: 0.1 });
    const matrix = buildFeatureMatrix(r, v, a);
    const n = matrix.areas.length;
    for (let i = 0; i < n; i += 1) for (let j = 0; j < n; j += 1) expect(weightedDistance(matrix, i, j)).toBe(weightedDistance(matrix, j, i));
    const k = 1 + (seed % 12);
    const result = findNeighbours(matrix, { k });
    for (const area of result.areas) {
      expect(area.neighbours).toHaveLength(Math.min(k, n - 1));
      expect(area.neighbours.map((x) => x.code)).not.toContain(area.code);
      expect(new Set(area.neighbours.map((x) => x.code)).size).toBe(area.neighbours.length);
    }
  });

  it.each(seeds)('seed %i: breaks ties by GSS code, matching a full sort of every candidate', (seed) => {
    const { recipe: r, values: v, areas: a } = randomAreas(seed, 30, 2, { coarse: true });
    const matrix = buildFeatureMatrix(r, v, a);
    const k = 5;
    const result = findNeighbours(matrix, { k, sameRegion: seed % 2 === 0, excludeOpportunityAreas: seed % 3 === 0 });
    let ties = 0;
    matrix.areas.forEach((self, i) => {
      const expected = matrix.areas
        .map((other, j) => ({ code: other.code, other, d: weightedDistance(matrix, i, j) }))
        .filter(({ other }) => other.code !== self.code)
        .filter(({ other }) => seed % 2 !== 0 || other.regionCode === self.regionCode)
        .filter(({ other }) => seed % 3 !== 0 || other.opportunityArea === null || other.opportunityArea === self.opportunityArea)
        .sort((x, y) => x.d - y.d || (x.code < y.code ? -1 : 1))
        .slice(0, k)
        .map(({ code, d }) => [code, d]);
      const listed = result.areas[i]?.neighbours.map((x) => [x.code, x.distance]);
      expect(listed).toEqual(expected);
      ties += expected.filter((e, p) => p > 0 && e[1] === expected[p - 1]?.[1]).length;
    });
    // The coarse values make ties common, so the tie rule is really exercised.
    expect(ties).toBeGreaterThan(0);
  });

  it.each(seeds)('seed %i: the same lists whatever the order of the input rows', (seed) => {
    const { recipe: r, values: v, areas: a } = randomAreas(seed, 25, 4, { missingShare: 0.15 });
    const first = findNeighbours(buildFeatureMatrix(r, v, a), { k: 6 });
    const second = findNeighbours(buildFeatureMatrix(r, shuffled(v, seed * 7), shuffled(a, seed * 11)), { k: 6 });
    expect(second).toEqual(first);
  });

  it.each(seeds)('seed %i: every explanation adds up to the distance shown, before and after rounding', (seed) => {
    const { recipe: r, values: v, areas: a } = randomAreas(seed, 15, 2 + (seed % 6), { missingShare: 0.1 });
    for (const area of findNeighbours(buildFeatureMatrix(r, v, a), { k: 4 }).areas) {
      for (const n of area.neighbours) {
        const squares = n.contributions.reduce((s, c) => s + c.squared, 0);
        expect(Math.sqrt(squares)).toBeCloseTo(n.distance, 12);
        expect(n.contributions.reduce((s, c) => s + c.part, 0)).toBeCloseTo(n.distance, 12);
        if (n.distance > 0) expect(n.contributions.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 12);
        const rounded = roundContributions(n.distance, n.contributions.map((c) => c.part), 3);
        expect(rounded.units.parts.reduce((s, u) => s + u, 0)).toBe(rounded.units.distance);
        expect(rounded.units.distance).toBe(Math.round(n.distance * 1000));
      }
    }
  });
});

describe('rounding an explanation', () => {
  it('gives the leftover units to the largest remainders so the parts still sum to the distance', () => {
    expect(roundContributions(1, [1 / 3, 1 / 3, 1 / 3], 2)).toEqual({ distance: 1, parts: [0.34, 0.33, 0.33], units: { distance: 100, parts: [34, 33, 33] } });
    expect(roundContributions(0.9999, [0.33333, 0.66657], 3).units).toEqual({ distance: 1000, parts: [333, 667] });
  });
});
