import type { Placement, PlacementEvidence, PlacementGeography } from './placement.ts';
import { postcodeSectorOf } from './postcode-sector.ts';

/** District → how many placed schools of a postcode sector are in it, for every sector. */
export type SectorVotes = Map<string, Map<string, number>>;

/** The districts of each education authority, and the authorities that are one district (single tier). */
export function authorityDistricts(geography: PlacementGeography): { districtsOf: ReadonlyMap<string, ReadonlySet<string>>; singleTier: ReadonlySet<string> } {
  const districtsOf = new Map<string, Set<string>>();
  for (const [district, authority] of geography.authorityOf) districtsOf.set(authority, (districtsOf.get(authority) ?? new Set()).add(district));
  const singleTier = new Set([...districtsOf].filter(([authority, districts]) => districts.size === 1 && districts.has(authority)).map(([authority]) => authority));
  return { districtsOf, singleTier };
}

/** The district an exact rule gives, first rule first, or null. */
function placeExactly(school: PlacementEvidence, singleTier: ReadonlySet<string>): Placement | null {
  const exact = (districtCode: string, rule: 'gias' | 'coordinates' | 'single-tier-la'): Placement => ({ urn: school.urn, districtCode, rule, confidence: 1, basis: null, note: null });
  if (school.giasDistrictCode !== null) return exact(school.giasDistrictCode, 'gias');
  if (school.coordinatesDistrictCode !== null) return exact(school.coordinatesDistrictCode, 'coordinates');
  if (school.educationLaCode !== null && singleTier.has(school.educationLaCode)) return exact(school.educationLaCode, 'single-tier-la');
  return null;
}

/** Counts each placed school's district under its postcode sector. */
export function countSectorVotes(placed: readonly { readonly postcode: string | null; readonly districtCode: string }[]): SectorVotes {
  const votes: SectorVotes = new Map();
  for (const { postcode, districtCode } of placed) {
    const sector = postcode === null ? null : postcodeSectorOf(postcode);
    if (sector === null) continue;
    const inSector = votes.get(sector) ?? new Map<string, number>();
    inSector.set(districtCode, (inSector.get(districtCode) ?? 0) + 1);
    votes.set(sector, inSector);
  }
  return votes;
}

const list = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`);

/**
 * The postcode-sector imputation for one school the exact rules cannot place: the district holding most of
 * the placed schools in its sector, among the districts of its education authority when that is known
 * (methodology §6.8). A tie is not broken: the school stays unplaced, saying so.
 */
export function imputeFromSector(
  school: PlacementEvidence,
  votes: SectorVotes,
  geography: PlacementGeography,
  districtsOf: ReadonlyMap<string, ReadonlySet<string>>,
): Placement {
  const unplaced = (note: string): Placement => ({ urn: school.urn, districtCode: null, rule: null, confidence: null, basis: null, note });
  const why = school.hasCoordinates ? 'Its coordinates fall in no district' : 'No coordinates';
  if (school.postcode === null) return unplaced(`${why} and no postcode`);
  const sector = postcodeSectorOf(school.postcode);
  if (sector === null) return unplaced(`${why}, and "${school.postcode}" is not a postcode`);
  const authority = school.educationLaCode;
  const allowed = authority === null ? null : districtsOf.get(authority);
  const counts = [...(votes.get(sector) ?? new Map<string, number>())].filter(([district, n]) => n > 0 && (allowed === null || allowed === undefined || allowed.has(district)));
  const within = authority === null ? '' : ` in ${geography.names.get(authority) ?? authority}`;
  if (counts.length === 0) return unplaced(`${why}, and no placed school shares its postcode sector ${sector}${within}`);
  counts.sort(([a, n], [b, m]) => m - n || a.localeCompare(b));
  const [top, most] = counts[0] ?? ['', 0];
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  if (counts[1]?.[1] === most) {
    const tied = counts.filter(([, n]) => n === most).map(([d]) => geography.names.get(d) ?? d);
    return unplaced(`${why}, and its postcode sector ${sector} is split evenly between ${list(tied)}`);
  }
  return { urn: school.urn, districtCode: top, rule: 'postcode-sector', confidence: most / total, basis: total, note: sector };
}

/**
 * Places every school in a district by the first rule that applies (gias, coordinates, single-tier-la,
 * then postcode-sector imputed from the schools the exact rules placed), or says why it cannot.
 *
 * A Blackpool school with no coordinates → `{ districtCode: 'E06000009', rule: 'single-tier-la' }`; a
 * Somerset school in sector TA24 6 where the one placed school is in West Somerset →
 * `{ districtCode: 'E07000191', rule: 'postcode-sector', confidence: 1, basis: 1, note: 'TA24 6' }`.
 */
export function placeSchools(schools: readonly PlacementEvidence[], geography: PlacementGeography): Placement[] {
  const { districtsOf, singleTier } = authorityDistricts(geography);
  const exact = schools.map((s) => placeExactly(s, singleTier));
  const votes = countSectorVotes(
    schools.flatMap((s, i) => {
      const placement = exact[i];
      return placement?.districtCode === undefined || placement.districtCode === null ? [] : [{ postcode: s.postcode, districtCode: placement.districtCode }];
    }),
  );
  return schools.map((s, i) => exact[i] ?? imputeFromSector(s, votes, geography, districtsOf));
}
