import { describe, expect, it } from 'vitest';
import { computeNeedScores, validateNeedWeights, type NeedInput } from '../../../src/domain/research-network/index.ts';

const school = (urn: number, phase: string, figures: Partial<NeedInput>): NeedInput => ({
  urn,
  phase,
  pctFsm: null,
  pctFsmEver6: null,
  ks2Attainment: null,
  ks4Attainment: null,
  areaDeprivation: null,
  ...figures,
});

describe('need scores', () => {
  it('ranks each part within phase: a primary is compared only with primaries', () => {
    const scores = computeNeedScores([
      school(1, 'primary', { pctFsm: 10 }),
      school(2, 'primary', { pctFsm: 40 }),
      school(3, 'secondary', { pctFsm: 5 }),
      school(4, 'secondary', { pctFsm: 20 }),
      school(5, 'secondary', { pctFsm: 30 }),
    ]);
    expect(scores.map((s) => s.score)).toEqual([0, 100, 0, 50, 100]);
  });

  it('counts low attainment as need and shows every part with its weight and contribution', () => {
    const [a, b, c] = computeNeedScores([
      school(1, 'primary', { pctFsm: 10, pctFsmEver6: 20, ks2Attainment: 80, areaDeprivation: 15 }),
      school(2, 'primary', { pctFsm: 30, pctFsmEver6: 45, ks2Attainment: 50, areaDeprivation: 35 }),
      school(3, 'primary', { pctFsm: 20, pctFsmEver6: 30, ks2Attainment: 65, areaDeprivation: 25 }),
    ]);
    expect(a?.score).toBe(0);
    expect(b?.score).toBe(100);
    expect(c?.score).toBeCloseTo(50, 10);
    expect(b?.parts).toEqual([
      { component: 'fsm', value: 30, percentile: 100, weight: 0.3, contribution: 30 },
      { component: 'fsmEver6', value: 45, percentile: 100, weight: 0.2, contribution: 20 },
      { component: 'attainment', value: 50, percentile: 100, weight: 0.3, contribution: 30 },
      { component: 'deprivation', value: 35, percentile: 100, weight: 0.2, contribution: 20 },
    ]);
  });

  it('scores a school on the parts it has, re-weighting over them (hand-worked)', () => {
    // FSM percentiles 0, 50, 100; attainment only for school 1 and 3 (need 100 and 0).
    const scores = computeNeedScores(
      [
        school(1, 'secondary', { pctFsm: 5, ks4Attainment: 30 }),
        school(2, 'secondary', { pctFsm: 15 }),
        school(3, 'secondary', { pctFsm: 25, ks4Attainment: 60 }),
      ],
      { fsm: 1, fsmEver6: 0, attainment: 3, deprivation: 0 },
    );
    // School 1: (1 × 0 + 3 × 100) / 4 = 75; school 2: FSM only → 50; school 3: (1 × 100 + 3 × 0) / 4 = 25.
    expect(scores.map((s) => s.score)).toEqual([75, 50, 25]);
    expect(scores[1]?.parts.find((p) => p.component === 'attainment')).toMatchObject({ percentile: null, contribution: null });
  });

  it('averages KS2 and KS4 attainment need for a school with both', () => {
    const scores = computeNeedScores([
      school(1, 'all-through', { ks2Attainment: 70, ks4Attainment: 40 }),
      school(2, 'all-through', { ks2Attainment: 60, ks4Attainment: 50 }),
    ]);
    expect(scores.map((s) => s.score)).toEqual([50, 50]);
  });

  it('gives no score where nothing is known', () => {
    expect(computeNeedScores([school(1, 'primary', {})])[0]?.score).toBeNull();
  });

  it('checks weights', () => {
    expect(validateNeedWeights({ fsm: 2 })).toEqual({ ok: true, value: { fsm: 2, fsmEver6: 0.2, attainment: 0.3, deprivation: 0.2 } });
    expect(validateNeedWeights({ fsm: -1 })).toEqual({ ok: false, error: 'The weight for fsm must be a number of 0 or more' });
    expect(validateNeedWeights({ fsm: 0, fsmEver6: 0, attainment: 0, deprivation: 0 }).ok).toBe(false);
    expect(validateNeedWeights({ pupils: 1 }).ok).toBe(false);
  });
});
