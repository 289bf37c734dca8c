import { describe, expect, it } from 'vitest';
import { runsOf, valueAxis } from '../../web/src/pages/area/trend-chart-geometry.ts';

describe('the trend chart’s lines and axis', () => {
  it('breaks a line at a gap instead of drawing through it (or down to 0)', () => {
    const values = [5, null, null, 7, 8, null, 9].map((value, index) => ({ index, value }));
    expect(runsOf(values)).toEqual([
      [{ index: 0, value: 5 }],
      [
        { index: 3, value: 7 },
        { index: 4, value: 8 },
      ],
      [{ index: 6, value: 9 }],
    ]);
    expect(runsOf([{ index: 0, value: null }])).toEqual([]);
  });

  it('puts the axis on round ticks that cover every value', () => {
    expect(valueAxis(48.2, 61.7)).toEqual({ low: 45, high: 65, ticks: [45, 50, 55, 60, 65] });
    expect(valueAxis(0.12, 0.31)).toEqual({ low: 0.1, high: 0.35, ticks: [0.1, 0.15, 0.2, 0.25, 0.3, 0.35] });
    expect(valueAxis(50, 50)).toEqual({ low: 49, high: 51, ticks: [49, 49.5, 50, 50.5, 51] });
    expect(valueAxis(-3, 12).ticks).toEqual([-5, 0, 5, 10, 15]);
  });
});
