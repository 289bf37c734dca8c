import { describe, expect, it } from 'vitest';
import { diffNeighbourSets, type SavedList } from '../../../src/domain/twinning/index.ts';
import { shuffled } from './generator.ts';

describe('what changed between two neighbour sets', () => {
  it('names who joined, who left and who moved, and areas new or gone', () => {
    const before: SavedList[] = [
      { areaCode: 'E06000009', neighbours: ['E08000011', 'E06000002', 'E06000010'] },
      { areaCode: 'E07000191', neighbours: ['E07000045'] },
      { areaCode: 'E06000015', neighbours: ['E06000018'] },
    ];
    const after: SavedList[] = [
      { areaCode: 'E06000009', neighbours: ['E06000002', 'E08000011', 'E07000062'] },
      { areaCode: 'E06000015', neighbours: ['E06000018'] },
      { areaCode: 'E06000066', neighbours: ['E07000045'] },
    ];
    const { changes, counts } = diffNeighbourSets(before, after);
    expect(changes).toEqual([
      { areaCode: 'E06000009', status: 'changed', joined: ['E07000062'], left: ['E06000010'], moved: [{ code: 'E06000002', from: 2, to: 1 }, { code: 'E08000011', from: 1, to: 2 }] },
      { areaCode: 'E06000015', status: 'unchanged', joined: [], left: [], moved: [] },
      { areaCode: 'E06000066', status: 'new', joined: ['E07000045'], left: [], moved: [] },
      { areaCode: 'E07000191', status: 'gone', joined: [], left: ['E07000045'], moved: [] },
    ]);
    expect(counts).toEqual({ new: 1, gone: 1, changed: 1, unchanged: 1 });
  });

  it('finds nothing changed between a set and itself, in any order, and mirrors when swapped', () => {
    const lists = Array.from({ length: 30 }, (_, i) => ({ areaCode: `E07${String(i).padStart(6, '0')}`, neighbours: [`E08${String(i % 7).padStart(6, '0')}`, `E09${String((i * 3) % 11).padStart(6, '0')}`] }));
    expect(diffNeighbourSets(lists, shuffled(lists, 3)).counts).toEqual({ new: 0, gone: 0, changed: 0, unchanged: 30 });
    const altered = lists.map((l, i) => (i % 4 === 0 ? { ...l, neighbours: [...l.neighbours].reverse() } : i % 5 === 0 ? { ...l, neighbours: ['E09000001'] } : l));
    const forward = diffNeighbourSets(lists, altered).changes;
    const backward = diffNeighbourSets(altered, lists).changes;
    forward.forEach((c, i) => {
      expect(new Set(backward[i]?.joined)).toEqual(new Set(c.left));
      expect(new Set(backward[i]?.left)).toEqual(new Set(c.joined));
    });
  });
});
