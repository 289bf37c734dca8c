import { describe, expect, it } from 'vitest';
import { describeNetwork, hubReport, schoolEngagements, type NetworkSchoolInput } from '../../../src/domain/research-network/index.ts';

const school = (urn: number, lon: number, pctFsm: number, areaCode = 'E06000009', opportunityAreaId: string | null = null): NetworkSchoolInput => ({
  urn, phase: 'primary', lat: 0, lon, areaCode, opportunityAreaId, pctFsm, pctFsmEver6: null, ks2Attainment: null, ks4Attainment: null, areaDeprivation: null,
});

// Along the equator a degree of longitude is 111.2 km: 0.05° is 5.6 km, 0.3° is 33 km, 0.5° is 56 km.
describe('the network view and a hub’s report', () => {
  const schools = [
    school(1, 0.05, 40),
    school(2, 0.3, 30),
    school(3, 0.95, 20, 'E07000001'),
    school(4, 1.5, 10, 'E07000001', 'east-area'),
    { ...school(5, 0, 50, 'E06000009', 'west-area'), lat: null, lon: null },
    { ...school(6, 0, 45), lat: null, lon: null },
  ];
  const hubs = [
    { id: 'west', lat: 0, lon: 0, opportunityAreaId: 'west-area' },
    { id: 'east', lat: 0, lon: 1, opportunityAreaId: 'east-area' },
  ];

  it('assigns each hub its own area’s schools and those within the radius, and no other', () => {
    const view = describeNetwork(schools, hubs, { highNeedScore: 70, withGreedy: true });
    expect(view.withinMetres).toBe(20_000);
    expect(view.schools.map((s) => [s.urn, s.status, s.hubId])).toEqual([
      [1, 'assigned', 'west'],
      // 33 km from the nearer hub and in neither hub's area: outside every hub's reach.
      [2, 'outside-reach', null],
      [3, 'assigned', 'east'],
      // 56 km away, but in the east hub's own area.
      [4, 'assigned', 'east'],
      // No location, but in the west hub's own area: served, with no distance.
      [5, 'assigned', 'west'],
      [6, 'no-location', null],
    ]);
    expect(view.schools.find((s) => s.urn === 5)?.metres).toBeNull();
    expect(view.counts).toEqual({ assigned: 4, 'hub-full': 0, 'outside-reach': 1, 'no-location': 1 });
    expect(view.farFromHubs.map((s) => s.urn)).toEqual([]);
    expect(describeNetwork(schools, hubs, { highNeedScore: 40 }).farFromHubs.map((s) => s.urn)).toEqual([2]);
    // A wider radius brings school 2 into the west hub's reach: --within filters.
    expect(describeNetwork(schools, hubs, { withinMetres: 40_000 }).schools.find((s) => s.urn === 2)?.hubId).toBe('west');
    expect(view.totalMetres).toBeLessThanOrEqual(view.greedyTotalMetres ?? 0);
    expect(describeNetwork(schools, hubs).greedyTotalMetres).toBeNull();
  });

  it('gives each hub 200 places by default, and a hub’s own area first when the capacity is set lower', () => {
    const view = describeNetwork(schools, hubs);
    expect(view.capacity).toBeNull();
    expect(view.limits.get('west')).toEqual({ radiusMetres: 20_000, capacity: 200, ownAreaSchools: 1 });
    // With room for one, the east hub keeps its own area's school 56 km away over school 3 at 5.6 km.
    const one = describeNetwork(schools, hubs, { capacity: 1 });
    expect(one.schools.filter((s) => s.hubId === 'east').map((s) => s.urn)).toEqual([4]);
    expect(one.schools.find((s) => s.urn === 3)?.status).toBe('hub-full');
  });

  it('reports a hub’s schools highest need first with their levels, and an empty funnel for a hub with none', () => {
    // Need scores: school 5 is 100, school 1 is 60.
    const view = describeNetwork(schools, hubs, { highNeedScore: 60 });
    const engagement = new Map(schoolEngagements([1, 5], new Map([[5, [{ kind: 'attendance' as const, date: '2018-01-10', eventKind: 'training' as const, role: 'teacher' as const }]]])).map((e) => [e.urn, e]));
    const west = hubReport(view, 'west', engagement);
    expect(west.schools.map((s) => [s.urn, s.level, s.levelSince])).toEqual([[5, 'trained', '2018-01-10'], [1, 'none', null]]);
    expect(west.notReached.map((s) => s.urn)).toEqual([1]);
    expect(west.funnel.stages.map((s) => s.atLeast)).toEqual([2, 1, 1, 0, 0]);
    const nobody = hubReport(view, 'nowhere', engagement);
    expect(nobody.funnel).toEqual({ key: 'nowhere', schools: 0, stages: ['none', 'aware', 'trained', 'implementing', 'embedded'].map((level) => ({ level, at: 0, atLeast: 0 })) });
  });

  it('lists high-need schools not yet reached by need, then nearest first', () => {
    const equalNeed = [school(11, 0.15, 40), school(12, 0.02, 40), school(13, 0.1, 50), school(14, 0.05, 10)];
    const view = describeNetwork(equalNeed, [hubs[0] ?? { id: 'west', lat: 0, lon: 0, opportunityAreaId: null }], { highNeedScore: 50 });
    expect(hubReport(view, 'west', new Map()).notReached.map((s) => s.urn)).toEqual([13, 12, 11]);
  });
});
