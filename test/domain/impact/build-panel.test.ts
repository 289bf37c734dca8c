import { describe, expect, it } from 'vitest';
import { buildPanel, comparePeriods, type PanelRow } from '../../../src/domain/impact/index.ts';

/** Rows for `units` over `periods`, values from `value`, treated from `start` for the `treated` units. */
function rows(units: string[], periods: string[], treated: string[], start: string, value = (u: number, t: number): number | null => 10 * u + t): PanelRow[] {
  return units.flatMap((unit, u) =>
    periods.map((period, t) => ({ unit, period, value: value(u, t), treated: treated.includes(unit) && comparePeriods(period, start) >= 0 })),
  );
}
const YEARS = ['2013/14', '2014/15', '2015/16', '2016/17', '2017/18', '2018/19'];

describe('period order', () => {
  it('puts calendar years, academic years and multi-year spans in time order', () => {
    expect(['2018/19', '2016', '2014-16', '2016/17', '2010', '2009/10'].sort(comparePeriods)).toEqual(['2009/10', '2010', '2014-16', '2016', '2016/17', '2018/19']);
  });

  it('compares numbers by value, not as text', () => {
    expect(['Q10 2019', 'Q2 2019', 'Q1 2020'].sort(comparePeriods)).toEqual(['Q1 2020', 'Q2 2019', 'Q10 2019']);
    expect(comparePeriods('999', '1000')).toBeLessThan(0);
  });
});

describe('building a balanced panel from long rows', () => {
  it('lays out units A–Z and periods in time order whatever order the rows come in', () => {
    const long = rows(['E06000009', 'E06000001', 'E06000002'], YEARS, ['E06000009'], '2016/17');
    const built = buildPanel([...long].reverse());
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value.units).toEqual(['E06000001', 'E06000002', 'E06000009']);
    expect(built.value.periods).toEqual(YEARS);
    expect(built.value.treated).toEqual(['E06000009']);
    expect(built.value.start).toBe('2016/17');
    expect(built.value.dropped).toEqual([]);
    // E06000002 was the third unit given (u = 2): its 2015/16 value is 10·2 + 2.
    expect(built.value.values[1 * 6 + 2]).toBe(22);
  });

  it('drops a period the treated area has no value for, and says why', () => {
    const long = rows(['T', 'A', 'B'], YEARS, ['T'], '2016/17').filter((r) => !(r.unit === 'T' && r.period === '2014/15'));
    const built = buildPanel(long);
    expect(built.ok && built.value.periods).toEqual(['2013/14', '2015/16', '2016/17', '2017/18', '2018/19']);
    expect(built.ok && built.value.dropped).toEqual([{ kind: 'period', period: '2014/15', reason: 'No value for the treated area T' }]);
  });

  it('drops a period most comparison areas lack, then leaves out comparison areas with gaps', () => {
    // 2019/20: no published figures for anyone but the treated area and A (exams cancelled);
    // C also has no value for 2014/15.
    const long = [
      ...rows(['T', 'A', 'B', 'C'], [...YEARS, '2019/20'], ['T'], '2016/17', (u, t) => (t === 6 && u > 1 ? null : u + t)),
    ].filter((r) => !(r.unit === 'C' && r.period === '2014/15'));
    const built = buildPanel(long);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value.periods).toEqual(YEARS);
    expect(built.value.units).toEqual(['A', 'B', 'T']);
    expect(built.value.dropped).toEqual([
      { kind: 'period', period: '2019/20', reason: 'Only 1 of 3 comparison areas have a value' },
      { kind: 'unit', unit: 'C', reason: 'Left out of the comparison: no value for 2014/15' },
    ]);
  });

  it('moves the start to the next period kept when the first treated period is dropped', () => {
    const long = rows(['T', 'A', 'B'], YEARS, ['T'], '2016/17').filter((r) => !(r.unit === 'T' && r.period === '2016/17'));
    const built = buildPanel(long);
    expect(built.ok && built.value.start).toBe('2017/18');
  });

  it('refuses two rows for the same area and period', () => {
    const long = rows(['T', 'A'], YEARS, ['T'], '2016/17');
    const built = buildPanel([...long, { unit: 'A', period: '2014/15', value: 3, treated: false }]);
    expect(built).toEqual({ ok: false, error: { code: 'duplicate-rows', message: 'Each area may have only one row for each period: there is more than one for A in 2014/15' } });
  });

  it('refuses treated areas that start in different periods', () => {
    const long = [...rows(['T1', 'A', 'B'], YEARS, ['T1'], '2016/17'), ...rows(['T2'], YEARS, ['T2'], '2017/18')];
    const built = buildPanel(long);
    expect(!built.ok && built.error).toEqual({ code: 'different-starts', message: 'The treated areas must start in the same period: T1 from 2016/17 and T2 from 2017/18' });
  });

  it('refuses an area whose treatment stops', () => {
    const long = rows(['T', 'A'], YEARS, ['T'], '2016/17').map((r) => (r.unit === 'T' && r.period === '2018/19' ? { ...r, treated: false } : r));
    const built = buildPanel(long);
    expect(!built.ok && built.error.code).toBe('treatment-stops');
    expect(!built.ok && built.error.message).toBe('Once an area is treated it must stay treated: T is treated from 2016/17 but not in 2018/19');
  });

  it('refuses a panel with no treated area, no comparison area, or no rows', () => {
    expect(buildPanel(rows(['A', 'B'], YEARS, [], '2016/17'))).toMatchObject({ ok: false, error: { code: 'no-treated' } });
    expect(buildPanel(rows(['T'], YEARS, ['T'], '2016/17'))).toMatchObject({ ok: false, error: { code: 'no-comparison' } });
    expect(buildPanel([])).toMatchObject({ ok: false, error: { code: 'no-rows' } });
  });

  it('refuses when every comparison area has a gap, naming the periods kept', () => {
    const long = rows(['T', 'A', 'B'], YEARS.slice(0, 4), ['T'], '2016/17').filter((r) => !(r.unit === 'A' && r.period === '2013/14') && !(r.unit === 'B' && r.period === '2014/15'));
    const built = buildPanel(long);
    expect(!built.ok && built.error).toEqual({ code: 'no-comparison', message: 'No comparison area has a value in every period kept (2013/14, 2014/15, 2015/16 and 2016/17): every one has gaps' });
  });
});
