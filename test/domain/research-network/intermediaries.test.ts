import { describe, expect, it } from 'vitest';
import { intermediarySchools, schoolsOfIntermediary, summariseIntermediaries, type EngagementLevel, type IntermediaryInput } from '../../../src/domain/research-network/index.ts';

const school = (urn: number, pctFsm: number | null, localAuthorityCode: string | null, trustCode: string | null, phase = 'primary'): IntermediaryInput => ({
  urn, phase, pctFsm, pctFsmEver6: null, ks2Attainment: null, ks4Attainment: null, areaDeprivation: null, localAuthorityCode, trustCode,
});

// Five primaries scored on FSM alone: 50% → 100, 40% → 75, 30% → 50, 20% → 25, 10% → 0; a secondary with no figures has no score.
const schools = [
  school(1, 50, 'E06000009', '100'),
  school(2, 40, 'E06000009', null),
  school(3, 30, 'E10000017', '100'),
  school(4, 20, 'E10000017', '200'),
  school(5, 10, null, '200'),
  school(6, null, 'E10000017', '100', 'secondary'),
];
const levels = new Map<number, EngagementLevel>([[2, 'trained'], [3, 'aware'], [5, 'embedded']]);

describe('local authorities and trusts as intermediaries', () => {
  it('marks high-need schools still at none as not yet reached, with the default threshold of 80', () => {
    const byDefault = intermediarySchools(schools, levels);
    expect(byDefault.map((s) => [s.urn, s.need.score, s.highNeed, s.level, s.notReached])).toEqual([
      [1, 100, true, 'none', true],
      [2, 75, false, 'trained', false],
      [3, 50, false, 'aware', false],
      [4, 25, false, 'none', false],
      [5, 0, false, 'embedded', false],
      [6, null, false, 'none', false],
    ]);
    expect(intermediarySchools(schools, levels, { highNeedScore: 70 }).filter((s) => s.highNeed).map((s) => s.urn)).toEqual([1, 2]);
  });

  it('sums each local authority’s schools, high-need schools, funnel and not reached, most not reached first', () => {
    const rows = summariseIntermediaries('local-authority', intermediarySchools(schools, levels, { highNeedScore: 70 }));
    expect(rows.map((r) => [r.code, r.schools, r.highNeed, r.highNeedNotReached])).toEqual([
      ['E06000009', 2, 2, 1],
      ['E10000017', 3, 0, 0],
    ]);
    expect(rows[0]?.funnel.stages).toEqual([
      { level: 'none', at: 1, atLeast: 2 },
      { level: 'aware', at: 0, atLeast: 1 },
      { level: 'trained', at: 1, atLeast: 1 },
      { level: 'implementing', at: 0, atLeast: 0 },
      { level: 'embedded', at: 0, atLeast: 0 },
    ]);
  });

  it('groups by trust, leaving out schools in no trust', () => {
    const rows = summariseIntermediaries('trust', intermediarySchools(schools, levels, { highNeedScore: 70 }));
    expect(rows.map((r) => [r.kind, r.code, r.schools, r.highNeed, r.highNeedNotReached])).toEqual([
      ['trust', '100', 3, 1, 1],
      ['trust', '200', 2, 0, 0],
    ]);
    expect(rows.reduce((sum, r) => sum + r.schools, 0)).toBe(5);
  });

  it('lists an intermediary’s schools with the high-need ones not yet reached first, then by need, unscored last', () => {
    const all = intermediarySchools(schools, levels, { highNeedScore: 70 });
    expect(schoolsOfIntermediary('trust', '100', all).map((s) => s.urn)).toEqual([1, 3, 6]);
    expect(schoolsOfIntermediary('local-authority', 'E10000017', all).map((s) => s.urn)).toEqual([3, 4, 6]);
    // School 1 reached and school 2 not: the lower-need school not yet reached comes first.
    const swapped = intermediarySchools(schools, new Map<number, EngagementLevel>([[1, 'trained']]), { highNeedScore: 70 });
    expect(schoolsOfIntermediary('local-authority', 'E06000009', swapped).map((s) => [s.urn, s.notReached])).toEqual([[2, true], [1, false]]);
    expect(schoolsOfIntermediary('trust', '999', all)).toEqual([]);
  });
});
