import { describe, expect, it } from 'vitest';
import { compareRankings } from '../../../src/domain/social-mobility-index/index.ts';

const place = (code: string, rank: number, coldSpot: boolean) => ({ code, name: `Area ${code}`, rank, coldSpot });

describe('compareRankings', () => {
  it('names the areas that became and stopped being cold spots, worst first, and every move largest first', () => {
    const before = [place('A', 1, false), place('B', 2, false), place('C', 3, true), place('D', 4, true)];
    const after = [place('C', 1, false), place('A', 2, false), place('D', 3, true), place('B', 4, true)];
    const change = compareRankings(before, after);
    expect(change.joinedColdSpots.map((p) => p.code)).toEqual(['B']);
    expect(change.leftColdSpots.map((p) => p.code)).toEqual(['C']);
    expect(change.moves.map((m) => [m.code, m.change])).toEqual([['B', 2], ['C', -2], ['A', 1], ['D', -1]]);
  });

  it('leaves out of the moves an area only one ranking has, but counts it joining or leaving', () => {
    const change = compareRankings([place('A', 1, false), place('X', 2, true)], [place('A', 1, false), place('Y', 2, true)]);
    expect(change.joinedColdSpots.map((p) => p.code)).toEqual(['Y']);
    expect(change.leftColdSpots.map((p) => p.code)).toEqual(['X']);
    expect(change.moves).toEqual([{ code: 'A', name: 'Area A', before: 1, after: 1, change: 0 }]);
  });
});
