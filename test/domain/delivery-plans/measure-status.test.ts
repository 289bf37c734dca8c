import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/domain/social-mobility-index/seeded-random.ts';
import { assessMeasure, checkMeasure, measureTrend, parsePeriod, parseStatusOverride, type MeasureFigures } from '../../../src/domain/delivery-plans/index.ts';

// Key stage 2 reading, writing and maths at the expected standard: 50% in 2016/17, aiming for 62% by 2019/20.
const attainment = (actuals: MeasureFigures['actuals']): MeasureFigures => ({
  polarity: 'higher_is_better',
  baseline: { period: '2016/17', value: 50 },
  targets: [{ period: '2019/20', value: 62 }],
  actuals,
});

// Young people not in education, employment or training: 8.0% in 2016/17, aiming for 6.0% by 2019/20.
const neet = (actuals: MeasureFigures['actuals']): MeasureFigures => ({
  polarity: 'lower_is_better',
  baseline: { period: '2016/17', value: 8 },
  targets: [{ period: '2019/20', value: 6 }],
  actuals,
});

describe('the status of a measure', () => {
  it('is on track when progress keeps pace with time: 3 of 12 points with a third of the time gone', () => {
    // progress 3/12 = 0.25, elapsed 1/3 = 0.333: shortfall 0.083 ≤ 0.10.
    const a = assessMeasure(attainment([{ period: '2017/18', value: 53 }]));
    expect(a.status).toBe('on_track');
    expect(a.progress).toBeCloseTo(0.25, 10);
    expect(a.elapsed).toBeCloseTo(1 / 3, 10);
  });

  it('is at risk when progress trails time by more than 0.10 but no more than 0.25', () => {
    // 56 in 2018/19: progress 6/12 = 0.5, elapsed 2/3: shortfall 0.167.
    expect(assessMeasure(attainment([{ period: '2018/19', value: 56 }])).status).toBe('at_risk');
  });

  it('is off track when progress trails time by more than 0.25', () => {
    // 54 in 2018/19: progress 4/12 = 0.333, elapsed 0.667: shortfall 0.333.
    expect(assessMeasure(attainment([{ period: '2018/19', value: 54 }])).status).toBe('off_track');
  });

  it('judges the newest actual, whatever order actuals come in', () => {
    const a = assessMeasure(attainment([{ period: '2018/19', value: 57 }, { period: '2017/18', value: 51 }]));
    expect(a.latest).toEqual({ period: '2018/19', value: 57 });
    // 7/12 = 0.583 against 0.667: shortfall 0.083.
    expect(a.status).toBe('on_track');
  });

  it('reads a fall as progress where lower is better', () => {
    // 7.0% in 2018/19: progress (7 − 8) / (6 − 8) = 0.5, elapsed 0.667: at risk.
    const a = assessMeasure(neet([{ period: '2018/19', value: 7 }]));
    expect(a.progress).toBeCloseTo(0.5, 10);
    expect(a.status).toBe('at_risk');
    // 6.5% in 2018/19: progress 0.75, ahead of time.
    expect(assessMeasure(neet([{ period: '2018/19', value: 6.5 }])).status).toBe('on_track');
  });

  it('reads a rise as going backwards where lower is better', () => {
    const a = assessMeasure(neet([{ period: '2017/18', value: 8.5 }]));
    expect(a.progress).toBeCloseTo(-0.25, 10);
    expect(a.status).toBe('off_track');
  });

  it('says no data when there are no actuals, or none after the baseline', () => {
    expect(assessMeasure(attainment([])).status).toBe('no_data');
    const onlyBaselineYear = assessMeasure(attainment([{ period: '2016/17', value: 50 }]));
    expect(onlyBaselineYear.status).toBe('no_data');
    expect(onlyBaselineYear.explanation).toContain('after the baseline');
  });

  it('judges against the next target due, then against the last once every target date has passed', () => {
    const stepped: MeasureFigures = {
      polarity: 'higher_is_better',
      baseline: { period: '2016', value: 100 },
      targets: [{ period: '2018', value: 120 }, { period: '2020', value: 160 }],
      actuals: [{ period: '2019', value: 130 }],
    };
    // Against 2020: progress 30/60 = 0.5, elapsed 3/4 = 0.75: shortfall 0.25, at risk (the boundary is included).
    const a = assessMeasure(stepped);
    expect(a.target).toEqual({ period: '2020', value: 160 });
    expect(a.status).toBe('at_risk');
    // In 2022 the plan's time is up: elapsed is capped at 1, and 150 is 5/6 of the way: shortfall 0.167.
    const late = assessMeasure({ ...stepped, actuals: [{ period: '2022', value: 150 }] });
    expect(late.elapsed).toBe(1);
    expect(late.status).toBe('at_risk');
  });

  it('treats a target equal to the baseline as holding the line', () => {
    const hold = (value: number) => assessMeasure({ ...neet([{ period: '2018/19', value }]), targets: [{ period: '2019/20', value: 8 }] }).status;
    expect(hold(7.9)).toBe('on_track');
    expect(hold(8)).toBe('on_track');
    expect(hold(8.1)).toBe('off_track');
  });

  it('shows a hand-set status only with its reason, and keeps the rule’s status beside it', () => {
    const a = assessMeasure({ ...attainment([{ period: '2018/19', value: 54 }]), override: { status: 'at_risk', reason: '2018/19 tests were taken in a strike week' } });
    expect(a.status).toBe('at_risk');
    expect(a.ruleStatus).toBe('off_track');
    expect(a.explanation).toContain('strike week');
    expect(() => assessMeasure({ ...attainment([]), override: { status: 'on_track', reason: '  ' } })).toThrow(/reason/);
    expect(parseStatusOverride('on_track', ' ')).toEqual({ ok: false, error: { field: 'reason', message: 'Say why the status is set by hand rather than by the rule' } });
    expect(parseStatusOverride('no_data', 'because')).toMatchObject({ ok: false, error: { field: 'status' } });
    expect(parseStatusOverride('off_track', ' data late ')).toEqual({ ok: true, value: { status: 'off_track', reason: 'data late' } });
  });

  it('is the same status whichever way round the measure is written (property, seeded)', () => {
    // Negating every figure and flipping the polarity describes the same plan: the status must not change.
    const random = seededRandom(20170118);
    for (let i = 0; i < 500; i += 1) {
      const base = Math.round(random() * 1000) / 10;
      const target = base + Math.round(random() * 200) / 10;
      const actual = base + Math.round((random() * 1.6 - 0.3) * (target - base) * 10) / 10;
      const years = 1 + Math.floor(random() * 4);
      const figures: MeasureFigures = {
        polarity: 'higher_is_better',
        baseline: { period: '2016', value: base },
        targets: [{ period: '2020', value: target }],
        actuals: [{ period: String(2016 + years), value: actual }],
      };
      const mirrored: MeasureFigures = {
        polarity: 'lower_is_better',
        baseline: { period: '2016', value: -base },
        targets: [{ period: '2020', value: -target }],
        actuals: [{ period: String(2016 + years), value: -actual }],
      };
      expect(assessMeasure(mirrored).status, JSON.stringify(figures)).toBe(assessMeasure(figures).status);
    }
  });
});

describe('the status rule as a whole (properties, seeded)', () => {
  const RANK = { off_track: 0, at_risk: 1, on_track: 2, no_data: -1 } as const;

  it('never gives a worse status for a better actual, or for the same actual earlier in the plan', () => {
    const random = seededRandom(2016);
    for (let i = 0; i < 500; i += 1) {
      const polarity = random() < 0.5 ? 'higher_is_better' : 'lower_is_better';
      const sign = polarity === 'higher_is_better' ? 1 : -1;
      const base = Math.round(random() * 1000) / 10;
      const target = base + sign * (1 + Math.round(random() * 200) / 10);
      const actual = base + sign * Math.round((random() * 1.6 - 0.3) * Math.abs(target - base) * 10) / 10;
      const better = actual + sign * Math.round(random() * 50) / 10;
      const year = 2017 + Math.floor(random() * 3);
      const figures = (value: number, at: number): MeasureFigures => ({
        polarity,
        baseline: { period: '2016', value: base },
        targets: [{ period: '2020', value: target }],
        actuals: [{ period: String(at), value }],
      });
      const status = (value: number, at: number) => RANK[assessMeasure(figures(value, at)).status];
      const label = JSON.stringify({ polarity, base, target, actual, better, year });
      expect(status(better, year), label).toBeGreaterThanOrEqual(status(actual, year));
      expect(status(actual, year - 1 < 2017 ? year : year - 1), label).toBeGreaterThanOrEqual(status(actual, year));
    }
  });
});

describe('periods, trends and checks', () => {
  it('reads academic and calendar years and refuses years that do not follow', () => {
    expect(parsePeriod('2016/17')).toEqual({ ok: true, value: { label: '2016/17', kind: 'academic_year', position: 2016 } });
    expect(parsePeriod('1999/00')).toMatchObject({ ok: true, value: { position: 1999 } });
    expect(parsePeriod('2016/18').ok).toBe(false);
    expect(parsePeriod('Q1 2019').ok).toBe(false);
  });

  it('gives each change a direction by polarity', () => {
    const trend = measureTrend([{ period: '2019', value: 7 }, { period: '2017', value: 8 }, { period: '2018', value: 8 }], 'lower_is_better');
    expect(trend.map((p) => [p.period, p.change, p.direction])).toEqual([['2017', null, null], ['2018', 0, 'same'], ['2019', -1, 'better']]);
  });

  it('refuses a target worse than the baseline, before it, or in another kind of period', () => {
    const problems = checkMeasure({
      polarity: 'lower_is_better',
      baseline: { period: '2016/17', value: 8 },
      targets: [{ period: '2019/20', value: 9 }, { period: '2015/16', value: 7 }, { period: '2020', value: 6 }],
      actualPeriods: ['2017/18'],
    });
    expect(problems.map((p) => [p.field, p.period])).toEqual([['target', '2019/20'], ['period', '2015/16'], ['period', '2020']]);
    expect(problems[0]?.reason).toBe('The target 9 is worse than the baseline 8 for a measure where lower is better');
  });
});
