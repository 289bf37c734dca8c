import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, equalIntervalBreaks, naturalBreaks, quantileBreaks } from '../../../src/domain/maps/index.ts';

describe('map classifications', () => {
  it('puts about the same number of areas in each quantile class', () => {
    expect(quantileBreaks([6, 1, 5, 2, 4, 3], 3)).toEqual([2, 4]);
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const breaks = quantileBreaks(values, 5);
    expect(breaks).toEqual([20, 40, 60, 80]);
    const sizes = [0, 0, 0, 0, 0];
    for (const v of values) sizes[classOf(v, breaks)] = (sizes[classOf(v, breaks)] ?? 0) + 1;
    expect(sizes).toEqual([20, 20, 20, 20, 20]);
  });

  it('keeps tied values in one quantile class rather than making empty classes', () => {
    expect(quantileBreaks([1, 1, 1, 1, 2], 4)).toEqual([1]);
  });

  it('splits the range evenly for equal intervals', () => {
    expect(equalIntervalBreaks([0, 3, 10], 5)).toEqual([2, 4, 6, 8]);
    expect(equalIntervalBreaks([5, 5], 3)).toEqual([]);
  });

  it('finds the natural gaps, matching a hand-worked Jenks example', () => {
    expect(naturalBreaks([1, 1, 2, 10, 11, 12], 2)).toEqual([2]);
    expect(naturalBreaks([1, 2, 3, 20, 21, 22, 50, 51], 3)).toEqual([3, 22]);
  });

  it('gives natural breaks at least as tight as any other split into the same number of classes', () => {
    const values = [4, 9, 1, 15, 16, 2, 30, 31, 8, 17, 3, 29];
    const within = (breaks: number[]) => {
      const groups = new Map<number, number[]>();
      for (const v of values) groups.set(classOf(v, breaks), [...(groups.get(classOf(v, breaks)) ?? []), v]);
      let total = 0;
      for (const group of groups.values()) {
        const mean = group.reduce((a, b) => a + b, 0) / group.length;
        total += group.reduce((a, b) => a + (b - mean) ** 2, 0);
      }
      return total;
    };
    const natural = within(naturalBreaks(values, 3));
    for (const other of [quantileBreaks(values, 3), equalIntervalBreaks(values, 3), [4, 17], [9, 16]]) {
      expect(natural).toBeLessThanOrEqual(within(other) + 1e-9);
    }
  });

  it('places values on class boundaries in the lower class', () => {
    expect(classOf(2, [2, 4])).toBe(0);
    expect(classOf(2.1, [2, 4])).toBe(1);
    expect(classOf(100, [2, 4])).toBe(2);
    expect(classBreaks('quantiles', [], 5)).toEqual([]);
  });
});
