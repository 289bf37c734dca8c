import { describe, expect, it } from 'vitest';
import { buildTrend, type TrendInput } from '../../../src/domain/impact/index.ts';

const area = { code: 'E06000009', name: 'Blackpool' };
const neighbours = [
  { code: 'N1', name: 'One' },
  { code: 'N2', name: 'Two' },
  { code: 'N3', name: 'Three' },
];
const region = { code: 'E12000002', name: 'North West' };
const england = { code: 'E92000001', name: 'England' };

const rows = (code: string, values: Record<string, number | null>) => Object.entries(values).map(([period, value]) => ({ area: code, period, value }));

/**
 * Worked by hand: 2016 all three neighbours 50, 53, 62 → 55 (3); 2017 N2 missing → (54 + 64) / 2 = 59 (2);
 * 2018 none → a gap (0); 2019 60, 61, 65 → 62 (3). Blackpool's 2018 is LAIT's "-", a gap, not 0.
 */
const input: TrendInput = {
  area,
  neighbours,
  region,
  england,
  startYear: 2017,
  values: [
    ...rows('E06000009', { 2019: 57, 2016: 48, 2017: 50, 2018: null }),
    ...rows('N1', { 2016: 50, 2017: 54, 2018: null, 2019: 60 }),
    ...rows('N2', { 2016: 53, 2019: 61 }),
    ...rows('N3', { 2016: 62, 2017: 64, 2019: 65 }),
    ...rows('E12000002', { 2016: 51, 2017: 58, 2018: 60, 2019: 63 }),
    ...rows('E92000001', { 2016: 53, 2017: 61, 2018: 64, 2019: 65 }),
    // Another area's rows are not part of this trend.
    ...rows('E06000015', { 2015: 40 }),
  ],
};

describe('an area’s trend beside its neighbours, region and England', () => {
  it('gives every period in time order, the neighbours’ mean of those present with their count, and gaps as gaps', () => {
    const trend = buildTrend(input);
    expect(trend.points).toEqual([
      { period: '2016', area: 48, neighbours: { mean: 55, count: 3 }, region: 51, england: 53, stage: 'before' },
      { period: '2017', area: 50, neighbours: { mean: 59, count: 2 }, region: 58, england: 61, stage: 'starts' },
      { period: '2018', area: null, neighbours: { mean: null, count: 0 }, region: 60, england: 64, stage: 'running' },
      { period: '2019', area: 57, neighbours: { mean: 62, count: 3 }, region: 63, england: 65, stage: 'running' },
    ]);
    expect(trend.start).toBe('2017');
  });

  it('marks the start at the first period that begins in the start year: 2016/17 is before, 2017/18 starts', () => {
    const academic = buildTrend({ ...input, values: rows('E06000009', { '2017/18': 2, '2015/16': 1, '2016/17': 1.5, '2018/19': 3 }) });
    expect(academic.points.map((p) => [p.period, p.stage])).toEqual([
      ['2015/16', 'before'],
      ['2016/17', 'before'],
      ['2017/18', 'starts'],
      ['2018/19', 'running'],
    ]);
    const spans = buildTrend({ ...input, values: rows('E06000009', { '2015-17': 1, '2017-19': 2 }) });
    expect(spans.points.map((p) => p.stage)).toEqual(['before', 'starts']);
  });

  it('has no start when every period is before it, and no comparators when none are known', () => {
    const trend = buildTrend({ ...input, neighbours: [], region: null, england: null, startYear: 2030 });
    expect(trend.start).toBeNull();
    expect(trend.points.every((p) => p.stage === 'before' && p.region === null && p.england === null && p.neighbours.count === 0)).toBe(true);
    expect(trend.points.map((p) => p.area)).toEqual([48, 50, null, 57]);
  });

  it('gives the same trend whatever order the rows come in', () => {
    expect(buildTrend({ ...input, values: [...input.values].reverse() })).toEqual(buildTrend(input));
  });
});
