import { describe, expect, it } from 'vitest';
import { describeNetwork, hubDistrictsLeftOut, hubReport, networkLeftOut, type NetworkSchoolInput } from '../../../src/domain/research-network/index.ts';

const school = (urn: number, lon: number | null, areaCode: string | null = 'E06000009'): NetworkSchoolInput => ({
  urn, phase: 'primary', lat: lon === null ? null : 0, lon, areaCode, opportunityAreaId: null, pctFsm: 20, pctFsmEver6: null, ks2Attainment: null, ks4Attainment: null, areaDeprivation: null,
});
const hubs = [
  { id: 'west', lat: 0, lon: 0, opportunityAreaId: null },
  { id: 'east', lat: 0, lon: 1, opportunityAreaId: null },
];

describe('the schools the hub assignment and its figures cannot count', () => {
  it('counts schools without a location out of the assignment, and located schools without a district out of reach by district', () => {
    // Two schools with no location (one with no district either) and one located school with no district.
    const view = describeNetwork([school(1, 0.1), school(2, 0.9), school(3, null), school(4, null, null), school(5, 0.15, null)], hubs);
    expect(view.schools.filter((s) => !s.located).map((s) => s.urn)).toEqual([3, 4]);
    expect(networkLeftOut(view)).toEqual({
      noLocation: { schools: 2, note: '2 open schools have no location and are not counted in the assignment or reach: a distance to a hub needs one.' },
      noDistrict: { schools: 1, note: '1 open school with a location has no district and is not counted in reach by district.' },
    });
    // Reach by district holds the three located schools with a district and no more.
    expect(view.reach.areas.reduce((sum, a) => sum + a.schools, 0)).toBe(2);
    expect(hubDistrictsLeftOut(hubReport(view, 'west', new Map()))).toEqual({ schools: 1, note: '1 school the hub serves has no district and is not counted in the rows by district.' });
    expect(hubDistrictsLeftOut(hubReport(view, 'east', new Map()))).toEqual({ schools: 0, note: null });
  });

  it('says nothing when every school has a location and a district', () => {
    expect(networkLeftOut(describeNetwork([school(1, 0.1), school(2, 0.9)], hubs))).toEqual({ noLocation: { schools: 0, note: null }, noDistrict: { schools: 0, note: null } });
  });
});
