import { describe, expect, it } from 'vitest';
import { assessPlan, planStatusByArea, type PlanMeasure } from '../../../src/domain/delivery-plans/index.ts';

const measure = (areaId: string, code: string, actual: number | null, override: PlanMeasure['override'] = null): PlanMeasure => ({
  areaId, areaName: areaId, priority: { title: 'P', theme: 'T' }, objective: 'O', code, name: code, definition: '', unit: '%', polarity: 'higher_is_better',
  baseline: { period: '2016', value: 50 }, targets: [{ period: '2020', value: 60 }],
  actuals: actual === null ? [] : [{ period: '2018', value: actual }], override,
});

describe('every area’s plan status at a glance', () => {
  it('counts each area’s measures by the status shown, keeps areas without a plan, and gives the last meeting', () => {
    const measures = assessPlan([
      measure('a', 'm0', 58),
      measure('a', 'm1', null),
      measure('a', 'm2', null, { status: 'off_track', reason: 'the board said so' }),
      measure('b', 'm3', null),
      measure('elsewhere', 'm4', null),
    ]);
    const rows = planStatusByArea([{ id: 'a', name: 'Area A' }, { id: 'b', name: 'Area B' }, { id: 'c', name: 'Area C' }], measures, new Map([['b', '2019-11-20']]));
    expect(rows).toEqual([
      { areaId: 'a', areaName: 'Area A', measures: 3, counts: { on_track: 1, at_risk: 0, off_track: 1, no_data: 1 }, lastBoardMeeting: null },
      { areaId: 'b', areaName: 'Area B', measures: 1, counts: { on_track: 0, at_risk: 0, off_track: 0, no_data: 1 }, lastBoardMeeting: '2019-11-20' },
      { areaId: 'c', areaName: 'Area C', measures: 0, counts: { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 }, lastBoardMeeting: null },
    ]);
  });
});
