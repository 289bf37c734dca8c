import { authorityDistricts, countSectorVotes, imputeFromSector } from './place-schools.ts';
import type { Placement, PlacementEvidence, PlacementGeography } from './placement.ts';
import { postcodeSectorOf } from './postcode-sector.ts';

export interface ImputationCheck {
  /** Located schools in two-tier authorities, each imputed as if it had no location. */
  readonly tested: number;
  /** Of those, how many the imputation placed at all, and in the district their coordinates give. */
  readonly imputed: number;
  readonly correct: number;
  /** correct ÷ imputed; null when nothing could be imputed. */
  readonly accuracy: number | null;
  /** imputed ÷ tested. */
  readonly coverage: number | null;
  /** The same by the imputation's confidence: below 0.75, 0.75 to below 1, and 1 (a unanimous sector). */
  readonly byConfidence: readonly { readonly band: string; readonly imputed: number; readonly correct: number }[];
}

const BANDS = [
  { band: 'below 0.75', holds: (c: number) => c < 0.75 },
  { band: '0.75 to below 1', holds: (c: number) => c >= 0.75 && c < 1 },
  { band: '1', holds: (c: number) => c >= 1 },
] as const;

/**
 * Leave-one-out accuracy of the postcode-sector imputation (methodology §6.8): each school placed by its
 * coordinates in an authority with more than one district is taken out of the votes and imputed from the
 * rest, as a school without a location would be, and the result compared with its own district.
 *
 * Two schools in sector AB1 2, both in district X → each, left out, is imputed to X from the other: 2 of 2.
 */
export function checkImputation(schools: readonly PlacementEvidence[], placements: readonly Placement[], geography: PlacementGeography): ImputationCheck {
  const { districtsOf, singleTier } = authorityDistricts(geography);
  const exactlyPlaced = schools.flatMap((s, i) => {
    const p = placements[i];
    return p === undefined || p.districtCode === null || p.rule === 'postcode-sector' ? [] : [{ school: s, districtCode: p.districtCode, rule: p.rule }];
  });
  const votes = countSectorVotes(exactlyPlaced.map(({ school, districtCode }) => ({ postcode: school.postcode, districtCode })));
  let tested = 0;
  let imputed = 0;
  let correct = 0;
  const bands = BANDS.map((b) => ({ band: b.band, imputed: 0, correct: 0 }));
  for (const { school, districtCode, rule } of exactlyPlaced) {
    const authority = school.educationLaCode;
    if (rule !== 'coordinates' || authority === null || singleTier.has(authority) || school.postcode === null) continue;
    tested += 1;
    const sectorCode = postcodeSectorOf(school.postcode);
    const sector = sectorCode === null ? undefined : votes.get(sectorCode);
    sector?.set(districtCode, (sector.get(districtCode) ?? 0) - 1);
    const guess = imputeFromSector({ ...school, giasDistrictCode: null, coordinatesDistrictCode: null, hasCoordinates: false }, votes, geography, districtsOf);
    sector?.set(districtCode, (sector.get(districtCode) ?? 0) + 1);
    if (guess.districtCode === null) continue;
    imputed += 1;
    const band = bands[BANDS.findIndex((b) => b.holds(guess.confidence))];
    if (band !== undefined) band.imputed += 1;
    if (guess.districtCode === districtCode) {
      correct += 1;
      if (band !== undefined) band.correct += 1;
    }
  }
  return { tested, imputed, correct, accuracy: imputed === 0 ? null : correct / imputed, coverage: tested === 0 ? null : imputed / tested, byConfidence: bands };
}
