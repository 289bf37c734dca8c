import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../../../src/domain/impact/index.ts';
import { periodKey } from '../../../src/domain/shared/period-key.ts';

describe('periodKey', () => {
  it.each([
    ['2016', '2016-2016'],
    ['2018/19', '2018-2019'],
    ['2014-16', '2014-2016'],
    ['2013/14-15/16', '2013-2016'],
    ['2023-24 (OT)', '2023-2024'],
    ['2018 (Rev)', '2018-2018'],
    ['2025 (prov)', '2025-2025'],
    ['1999/00', '1999-2000'],
    ['2018-2019', '2018-2019'],
  ])('gives %s the key %s', (label, key) => {
    expect(periodKey(label)).toBe(key);
  });

  it.each(['0', '', 'Q2', '2019/18x', '2019-17'])('gives %j no key, since it is not a period', (label) => {
    expect(periodKey(label)).toBeNull();
  });

  it('sorts the labels of a series in the same order as comparePeriods', () => {
    const labels = ['2019/20', '2014/15', '2016/17', '2015/16', '2018/19', '2017/18'];
    const byKey = [...labels].sort((a, b) => ((periodKey(a) ?? '') < (periodKey(b) ?? '') ? -1 : 1));
    expect(byKey).toEqual([...labels].sort(comparePeriods));
    expect(byKey[0]).toBe('2014/15');
  });
});
