import { describe, expect, it } from 'vitest';
import { describeNetwork, hubReport, schoolEngagements, type NetworkSchoolInput } from '../../../src/domain/research-network/index.ts';

const school = (urn: number, lon: number, pctFsm: number, areaCode = 'E06000009'): NetworkSchoolInput => ({
  urn, phase: 'primary', lat: 0, lon, areaCode, pctFsm, pctFsmEver6: null, ks2Attainment: null, ks4Attainment: null, areaDeprivation: null,
});

describe('the network view and a hub’s report', () => {
  const schools = [school(1, 0.05, 40), school(2, 0.3, 30), school(3, 0.95, 20, 'E07000001'), school(4, 1.5, 10, 'E07000001'), { ...school(5, 0, 50), lat: null, lon: null }];
  const hubs = [
    { id: 'west', lat: 0, lon: 0 },
    { id: 'east', lat: 0, lon: 1 },
  ];

  it('gives every school its need, assigns the located ones within an even share, and lists high-need schools far from hubs', () => {
    const view = describeNetwork(schools, hubs, { withinMetres: 10_000, highNeedScore: 70 });
    expect(view.capacity).toBe(2);
    expect(view.schools.map((s) => [s.urn, s.hubId, s.need.score])).toEqual([
      [1, 'west', 75],
      [2, 'west', 50],
      [3, 'east', 25],
      [4, 'east', 0],
      [5, null, 100],
    ]);
    // School 5 has no location, so no hub and no distance; school 1 is 5.6 km from its hub.
    expect(view.farFromHubs.map((s) => s.urn)).toEqual([]);
    expect(view.reach.hubs).toEqual([
      { key: 'east', schools: 2, highNeed: 0, highNeedWithin: 0, shareHighNeedWithin: null },
      { key: 'west', schools: 2, highNeed: 1, highNeedWithin: 1, shareHighNeedWithin: 1 },
    ]);
    expect(view.totalMetres).toBeLessThanOrEqual(view.greedyTotalMetres);
    expect(describeNetwork(schools, hubs, { withinMetres: 5_000, highNeedScore: 70 }).farFromHubs.map((s) => s.urn)).toEqual([1]);
  });

  it('reports a hub’s schools highest need first with their levels, and an empty funnel for a hub with none', () => {
    const view = describeNetwork(schools, hubs, { highNeedScore: 70 });
    const engagement = new Map(schoolEngagements([1, 2], new Map([[2, [{ kind: 'attendance' as const, date: '2018-01-10', eventKind: 'training' as const, role: 'teacher' as const }]]])).map((e) => [e.urn, e]));
    const west = hubReport(view, 'west', engagement);
    expect(west.schools.map((s) => [s.urn, s.level, s.levelSince])).toEqual([[1, 'none', null], [2, 'trained', '2018-01-10']]);
    expect(west.notReached.map((s) => s.urn)).toEqual([1]);
    expect(west.funnel.stages.map((s) => s.atLeast)).toEqual([2, 1, 1, 0, 0]);
    const nobody = hubReport(view, 'nowhere', engagement);
    expect(nobody.funnel).toEqual({ key: 'nowhere', schools: 0, stages: ['none', 'aware', 'trained', 'implementing', 'embedded'].map((level) => ({ level, at: 0, atLeast: 0 })) });
  });
});
