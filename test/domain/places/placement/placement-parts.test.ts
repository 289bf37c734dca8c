import { describe, expect, it } from 'vitest';
import {
  checkImputation,
  compareExactRules,
  describePlacement,
  isStateFundedSchool,
  placeSchools,
  postcodeSectorOf,
  summarisePlacement,
  type PlacedSchool,
  type PlacementEvidence,
  type PlacementGeography,
} from '../../../../src/domain/places/index.ts';

const GEOGRAPHY: PlacementGeography = {
  authorityOf: new Map([
    ['A1', 'COUNTY'],
    ['A2', 'COUNTY'],
    ['UNITARY', 'UNITARY'],
  ]),
  names: new Map([
    ['A1', 'District A1'],
    ['A2', 'District A2'],
    ['COUNTY', 'County'],
    ['UNITARY', 'Unitary'],
  ]),
};

const evidence = (urn: number, postcode: string, educationLaCode: string, coordinatesDistrictCode: string | null): PlacementEvidence => ({
  urn, postcode, educationLaCode, laNumber: '001', giasDistrictCode: null, coordinatesDistrictCode, hasCoordinates: coordinatesDistrictCode !== null,
});

describe('postcode sectors', () => {
  it('are the outward code and the first digit of the inward code', () => {
    expect(postcodeSectorOf('ta245rh')).toBe('TA24 5');
    expect(postcodeSectorOf('EC3A 5DE')).toBe('EC3A 5');
    expect(postcodeSectorOf('M1 1AE')).toBe('M1 1');
    expect(postcodeSectorOf('nowhere')).toBeNull();
  });
});

describe('state-funded schools', () => {
  it('are academies, maintained schools and state-funded special schools, not independent, non-maintained or colleges', () => {
    const cases: [string | null, string | null, boolean][] = [
      ['Academy', 'University technical college', true],
      ['Maintained School', 'City technology college', true],
      ['Special School', 'Community special school', true],
      ['Special School', 'Other independent special school', false],
      ['Special School', 'Non-maintained special school', false],
      ['College', 'Sixth form college', false],
      ['Independent School', 'Other independent school', false],
      ['n/a', 'Service childrens education', false],
      // A GIAS extract has no minor group: its type of establishment decides.
      [null, 'Academy converter', true],
      [null, 'Pupil referral unit', true],
      [null, 'Further education', false],
      [null, 'Other independent school', false],
      [null, null, false],
    ];
    for (const [minorGroup, schoolType, expected] of cases) expect([minorGroup, schoolType, isStateFundedSchool({ minorGroup, schoolType })]).toEqual([minorGroup, schoolType, expected]);
  });
});

describe('the placement report', () => {
  const placed = (urn: number, rule: string | null, fields: Partial<PlacedSchool> = {}): PlacedSchool => ({
    urn, name: `School ${String(urn)}`, status: 'open', phase: 'primary', minorGroup: 'Academy', schoolType: 'Academy converter',
    districtCode: rule === null ? null : 'A1', rule, confidence: rule === null ? null : 1, basis: null, note: rule === null ? `reason ${String(urn)}` : null, ...fields,
  });

  it('counts open state-funded schools by rule, exact and imputed, and lists the unplaced in URN order', () => {
    const summary = summarisePlacement([
      placed(5, null),
      placed(1, 'coordinates'),
      placed(2, 'single-tier-la'),
      placed(3, 'postcode-sector'),
      placed(4, 'gias'),
      placed(6, null, { status: 'closed' }),
      placed(7, null, { minorGroup: 'Independent School', schoolType: 'Other independent school' }),
      placed(8, null, { note: null }),
    ]);
    expect(summary).toEqual({
      total: 6, placed: 4, exact: 3, imputed: 1, unplaced: 2,
      by_rule: { gias: 1, coordinates: 1, single_tier_la: 1, postcode_sector: 1 },
      unplaced_schools: [{ urn: 5, name: 'School 5', reason: 'reason 5' }, { urn: 8, name: 'School 8', reason: 'Not placed yet: run oa schools place' }],
    });
  });

  it('describes each placement in plain words', () => {
    expect(describePlacement({ rule: 'postcode-sector', confidence: 0.75, basis: 4, note: 'TA24 6' }, 'West Somerset', 'Somerset')).toBe(
      'Estimated: 3 of the 4 placed schools in its postcode sector, TA24 6, are in West Somerset (confidence 75%). It has no location of its own.',
    );
    expect(describePlacement({ rule: 'postcode-sector', confidence: 1, basis: 1, note: 'TA24 6' }, 'West Somerset', null)).toBe(
      'Estimated: 1 of the 1 placed school in its postcode sector, TA24 6, is in West Somerset (confidence 100%). It has no location of its own.',
    );
    expect(describePlacement({ rule: 'single-tier-la', confidence: 1, basis: null, note: null }, 'Blackpool', 'Blackpool')).toBe('In Blackpool: its local authority, Blackpool, is a single district.');
    expect(describePlacement({ rule: null, confidence: null, basis: null, note: 'No coordinates and no postcode' }, null, null)).toBe(
      'Not placed in a district: No coordinates and no postcode. District figures leave it out.',
    );
  });
});

describe('checking the rules', () => {
  const schools = [
    evidence(1, 'AB1 2AA', 'COUNTY', 'A1'),
    evidence(2, 'AB1 2AB', 'COUNTY', 'A1'),
    evidence(3, 'AB1 2AC', 'COUNTY', 'A1'),
    evidence(4, 'AB1 2AD', 'COUNTY', 'A2'),
    evidence(5, 'AB9 9AA', 'COUNTY', 'A2'),
    evidence(6, 'UN1 1AA', 'UNITARY', 'UNITARY'),
    evidence(7, 'UN1 1AB', 'UNITARY', 'A1'),
  ];

  it('imputes each located school in a two-tier authority from the others, and counts how often it lands in its own district', () => {
    const check = checkImputation(schools, placeSchools(schools, GEOGRAPHY), GEOGRAPHY);
    // Schools 1–3 each see two A1 and one A2 (right, confidence 2/3); school 4 sees three A1 (wrong, 1);
    // school 5 is alone in its sector; schools 6 and 7 are in a single-tier authority.
    expect(check).toMatchObject({ tested: 5, imputed: 4, correct: 3, accuracy: 0.75, coverage: 0.8 });
    expect(check.byConfidence).toEqual([
      { band: 'below 0.75', imputed: 3, correct: 3 },
      { band: '0.75 to below 1', imputed: 0, correct: 0 },
      { band: '1', imputed: 1, correct: 0 },
    ]);
  });

  it('compares coordinates with the single-tier authority where both apply', () => {
    expect(compareExactRules(schools, GEOGRAPHY)).toEqual({ compared: 2, agree: 1, disagreements: [{ urn: 7, coordinates: 'A1', authority: 'UNITARY' }] });
  });
});
