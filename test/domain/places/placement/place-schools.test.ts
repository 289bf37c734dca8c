import { describe, expect, it } from 'vitest';
import { placeSchools, type PlacementEvidence, type PlacementGeography } from '../../../../src/domain/places/index.ts';

/** Somerset (a county) with West Somerset and Taunton Deane; Blackpool a single-tier authority; BCP made of Bournemouth and Poole. */
const GEOGRAPHY: PlacementGeography = {
  authorityOf: new Map([
    ['E07000191', 'E10000027'],
    ['E07000190', 'E10000027'],
    ['E06000009', 'E06000009'],
    ['E06000058', 'E06000058'],
    ['E06000028', 'E06000058'],
    ['E06000029', 'E06000058'],
  ]),
  names: new Map([
    ['E07000191', 'West Somerset'],
    ['E07000190', 'Taunton Deane'],
    ['E10000027', 'Somerset'],
    ['E06000009', 'Blackpool'],
    ['E06000058', 'Bournemouth, Christchurch and Poole'],
    ['E06000028', 'Bournemouth'],
    ['E06000029', 'Poole'],
  ]),
};

const school = (urn: number, fields: Partial<PlacementEvidence> = {}): PlacementEvidence => ({
  urn,
  postcode: null,
  educationLaCode: null,
  laNumber: '999',
  giasDistrictCode: null,
  coordinatesDistrictCode: null,
  hasCoordinates: false,
  ...fields,
});

const somerset = (urn: number, postcode: string, coordinatesDistrictCode: string | null = null) =>
  school(urn, { postcode, educationLaCode: 'E10000027', laNumber: '933', coordinatesDistrictCode, hasCoordinates: coordinatesDistrictCode !== null });

describe('placing schools in districts', () => {
  it('takes the first rule that applies: GIAS, then coordinates, then a single-tier authority', () => {
    const [gias, located, single] = placeSchools(
      [
        school(1, { giasDistrictCode: 'E07000190', coordinatesDistrictCode: 'E07000191', educationLaCode: 'E10000027' }),
        school(2, { coordinatesDistrictCode: 'E07000191', educationLaCode: 'E06000009', hasCoordinates: true }),
        school(3, { educationLaCode: 'E06000009', laNumber: '890' }),
      ],
      GEOGRAPHY,
    );
    expect(gias).toEqual({ urn: 1, districtCode: 'E07000190', rule: 'gias', confidence: 1, basis: null, note: null });
    // Coordinates come before the single-tier rule, even where they disagree (a school near a boundary).
    expect(located).toEqual({ urn: 2, districtCode: 'E07000191', rule: 'coordinates', confidence: 1, basis: null, note: null });
    expect(single).toEqual({ urn: 3, districtCode: 'E06000009', rule: 'single-tier-la', confidence: 1, basis: null, note: null });
  });

  it('imputes a school without a location from the placed schools of its postcode sector, with the share that agree and how many', () => {
    const placed = placeSchools(
      [
        somerset(1, 'TA24 6RX', 'E07000191'),
        somerset(2, 'TA24 6PP', 'E07000191'),
        somerset(3, 'TA24 6DZ', 'E07000191'),
        somerset(4, 'TA24 6QJ', 'E07000190'),
        somerset(5, 'ta246ay'),
      ],
      GEOGRAPHY,
    );
    expect(placed[4]).toEqual({ urn: 5, districtCode: 'E07000191', rule: 'postcode-sector', confidence: 0.75, basis: 4, note: 'TA24 6' });
  });

  it('votes only among the districts of the school’s own authority, and counts schools placed by any exact rule', () => {
    // A Blackpool school (single tier) in the same sector does not pull a Somerset school out of Somerset.
    const placed = placeSchools(
      [school(1, { postcode: 'TA24 6AA', educationLaCode: 'E06000009' }), school(2, { postcode: 'TA24 6AB', educationLaCode: 'E06000009' }), somerset(3, 'TA24 6RX', 'E07000191'), somerset(4, 'TA24 6ZZ')],
      GEOGRAPHY,
    );
    expect(placed[3]).toMatchObject({ districtCode: 'E07000191', confidence: 1, basis: 1 });
  });

  it('imputes the districts of a 2019 authority from its 2013–18 districts (Bournemouth and Poole under BCP), never treating it as one district', () => {
    const bcp = (urn: number, postcode: string, coordinatesDistrictCode: string | null = null) =>
      school(urn, { postcode, educationLaCode: 'E06000058', laNumber: '839', coordinatesDistrictCode, hasCoordinates: coordinatesDistrictCode !== null });
    const placed = placeSchools([bcp(1, 'BH1 1AA', 'E06000028'), bcp(2, 'BH1 1AB')], GEOGRAPHY);
    expect(placed[1]).toMatchObject({ districtCode: 'E06000028', rule: 'postcode-sector' });
  });

  it('leaves a school unplaced, saying why, when its sector has no placed school or is split evenly', () => {
    const placed = placeSchools(
      [
        somerset(1, 'TA1 1AA', 'E07000190'),
        somerset(2, 'TA1 1AB', 'E07000191'),
        somerset(3, 'TA1 1ZZ'),
        somerset(4, 'TA9 9ZZ'),
        school(5, { educationLaCode: 'E10000027' }),
        school(6, { postcode: 'not a postcode', hasCoordinates: true }),
      ],
      GEOGRAPHY,
    );
    expect(placed.slice(2).map((p) => [p.districtCode, p.note])).toEqual([
      [null, 'No coordinates, and its postcode sector TA1 1 is split evenly between Taunton Deane and West Somerset'],
      [null, 'No coordinates, and no placed school shares its postcode sector TA9 9 in Somerset'],
      [null, 'No coordinates and no postcode'],
      [null, 'Its coordinates fall in no district, and "not a postcode" is not a postcode'],
    ]);
  });

  it('gives the same placements whatever order the schools come in', () => {
    const schools = [somerset(1, 'TA24 6RX', 'E07000191'), somerset(2, 'TA24 6PP', 'E07000190'), somerset(3, 'TA24 6DZ', 'E07000191'), somerset(4, 'TA24 6QQ')];
    const byUrn = (list: ReturnType<typeof placeSchools>) => [...list].sort((a, b) => a.urn - b.urn);
    expect(byUrn(placeSchools([...schools].reverse(), GEOGRAPHY))).toEqual(byUrn(placeSchools(schools, GEOGRAPHY)));
  });
});
