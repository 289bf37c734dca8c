import { describe, expect, it } from 'vitest';
import { compareNeighbourLists } from '../../../src/domain/twinning/index.ts';

describe('comparing two recipes’ neighbour lists', () => {
  it('counts the neighbours both list and the Jaccard index, whatever their order', () => {
    const summary = compareNeighbourLists(
      [{ areaCode: 'A', neighbours: ['B', 'C', 'D', 'E'] }, { areaCode: 'F', neighbours: ['G', 'H'] }],
      [{ areaCode: 'A', neighbours: ['E', 'D', 'X', 'Y'] }, { areaCode: 'F', neighbours: ['H', 'G'] }],
      ['A', 'F'],
    );
    // A: 2 shared of a union of 6 → 1/3; F: the same two → 1.
    expect(summary.overlaps).toEqual([
      { areaCode: 'A', shared: 2, jaccard: 1 / 3, onlyFirst: ['B', 'C'], onlySecond: ['X', 'Y'] },
      { areaCode: 'F', shared: 2, jaccard: 1, onlyFirst: [], onlySecond: [] },
    ]);
    expect(summary.meanShared).toBe(2);
    expect(summary.meanJaccard).toBeCloseTo(2 / 3, 12);
  });

  it('names the areas a recipe left out instead of counting them as no overlap', () => {
    const summary = compareNeighbourLists([{ areaCode: 'A', neighbours: ['B'] }], [], ['A', 'Z']);
    expect(summary).toEqual({ overlaps: [], meanShared: null, meanJaccard: null, missing: ['A', 'Z'] });
  });
});
