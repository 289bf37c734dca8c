import { describe, expect, it } from 'vitest';
import { coverageTree, gapOf, publishCoverage, summariseCoverage } from '../../../src/domain/careers/index.ts';
import { valueCell } from '../../../src/domain/disclosure/index.ts';

/**
 * Issue 17, item 4: "the careers gap under suppression is computed from unrounded shares and then rounded,
 * as methodology §15.3 says". Worked by hand: 5 of 15 FSM pupils reach the target (33.33…%) and 10 of 15
 * others do (66.66…%); the gap is −33.33… points, −33.3 to one decimal place. Subtracting the rounded
 * shares, 33.3 − 66.7, would give −33.4, which is what disclosure-controlled tables used to show.
 */
describe('the FSM gap (methodology §15.3)', () => {
  it('is the difference of the unrounded shares, then rounded: 5/15 − 10/15 → −33.3, not 33.3 − 66.7 = −33.4', () => {
    expect(gapOf(5, 15, 10, 15)).toBe(-33.3);
    const count = (pupils: number, reached: number) => ({ pupils, reached });
    const [group] = summariseCoverage([
      { key: 'A', fsm: true, ...count(15, 5) },
      { key: 'A', fsm: false, ...count(15, 10) },
    ]);
    expect(group?.gap).toBe(-33.3);
    // Under disclosure control (every count here is 5 or more, so all of it is shown): the same −33.3.
    const published = publishCoverage(coverageTree([{ path: ['A'], fsm: count(15, 5), notFsm: count(15, 10) }]));
    const row = published.root.children[0]?.row;
    expect(row?.fsmShare).toEqual(valueCell(33.3));
    expect(row?.notFsmShare).toEqual(valueCell(66.7));
    expect(row?.gap).toEqual(valueCell(-33.3));
  });

  it('rounds a difference of exactly a half up, in whole numbers: 1/3 − 7/48 = 18.75 points → 18.8', () => {
    // Floating point makes 18.75 a hair less and would round it to 18.7.
    expect(gapOf(1, 3, 7, 48)).toBe(18.8);
    expect(gapOf(1, 3, 25, 48)).toBe(-18.7);
  });

  it('has no gap where either group has no pupils, and never shows −0', () => {
    expect(gapOf(0, 0, 3, 10)).toBeNull();
    expect(gapOf(3, 10, 0, 0)).toBeNull();
    expect(Object.is(gapOf(1, 10, 2, 20), 0)).toBe(true);
  });
});
