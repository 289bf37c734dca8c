import { describe, expect, it } from 'vitest';
import { selectAreas, type SelectionArea } from '../../../src/domain/social-mobility-index/index.ts';
import type { IndexedArea } from '../../../src/domain/social-mobility-index/index.ts';

const ranked = (codes: string[]): IndexedArea[] =>
  codes.map((code, i) => ({ areaCode: code, areaName: code, stageScores: {}, score: -i, rank: i + 1, band: 1, coldSpot: false, hotSpot: false }));

// Ten areas; index A ranks them 1..10 in this order (10th worst), index B in its own order.
const A = ranked(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
const B = ranked(['a', 'c', 'b', 'e', 'd', 'g', 'f', 'j', 'i', 'h']);
const place = (code: string, region: string, areaType: string): [string, SelectionArea] => [code, { areaCode: code, areaName: code, region, areaType }];
const PLACES = new Map([
  place('a', 'North', 'district'), place('b', 'North', 'district'), place('c', 'South', 'district'), place('d', 'South', 'district'),
  place('e', 'North', 'unitary'), place('f', 'South', 'district'), place('g', 'South', 'unitary'), place('h', 'North', 'unitary'),
  place('i', 'North', 'unitary'), place('j', 'South', 'district'),
]);

describe('choosing areas from two indices', () => {
  it('long-lists areas in the worst band of both, and shortlists with regional spread and a mix of types', () => {
    const decisions = selectAreas(A, 'bottom-half', B, 'bottom-half', PLACES, { shortlist: 3, minPerRegion: 1, maxShareOfOneType: 2 / 3 });
    // Worst half of A: f g h i j; of B: g f j i h. Both: f g h i j.
    // Need = mean of rank shares: h (0.8 + 1.0)/2 = 0.9, i (0.9 + 0.9)/2 = 0.9, j (1.0 + 0.8)/2 = 0.9, g 0.65, f 0.65.
    expect(decisions.map((d) => [d.areaCode, d.need])).toEqual([['h', 0.9], ['i', 0.9], ['j', 0.9], ['f', 0.65], ['g', 0.65]]);
    // Regional spread first: North's most in need is h, South's is j. Then the most in need left: i (unitary; two of
    // three places may be unitary).
    expect(decisions.filter((d) => d.picked).map((d) => [d.areaCode, d.reason])).toEqual([
      ['h', 'picked: among the 1 most in need in North'],
      ['i', 'picked: most in need of those left'],
      ['j', 'picked: among the 1 most in need in South'],
    ]);
    expect(decisions.find((d) => d.areaCode === 'f')?.reason).toBe('passed over: the shortlist was full with areas more in need or needed for regional spread');
  });

  it('passes over an area whose type already fills its share of the shortlist', () => {
    const decisions = selectAreas(A, 'bottom-half', B, 'bottom-half', PLACES, { shortlist: 4, minPerRegion: 0, maxShareOfOneType: 0.5 });
    // Up to two of each type: h, i (unitary), j, f (district); g (unitary) is passed over for its type.
    expect(decisions.filter((d) => d.picked).map((d) => d.areaCode).sort()).toEqual(['f', 'h', 'i', 'j']);
    expect(decisions.find((d) => d.areaCode === 'g')).toMatchObject({ picked: false });
  });
});
