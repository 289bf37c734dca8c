import { authorityDistricts } from './place-schools.ts';
import type { PlacementEvidence, PlacementGeography } from './placement.ts';

export interface ExactRulesComparison {
  /** Schools with coordinates in a district whose education authority is a single-tier one. */
  readonly compared: number;
  readonly agree: number;
  /** Those whose coordinates fall in another district than their single-tier authority, in URN order. */
  readonly disagreements: readonly { readonly urn: number; readonly coordinates: string; readonly authority: string }[];
}

/**
 * How often the two exact rules that can both apply to a school agree: its coordinates' district against its
 * single-tier education authority (methodology §6.8). Coordinates come first in placement; a disagreement is
 * a school near a boundary (generalised outlines, a postcode centroid) or one numbered under a neighbouring
 * authority.
 *
 * A Blackpool school (LA 890) whose coordinates fall in Fylde → one disagreement.
 */
export function compareExactRules(schools: readonly PlacementEvidence[], geography: PlacementGeography): ExactRulesComparison {
  const { singleTier } = authorityDistricts(geography);
  let compared = 0;
  const disagreements: { urn: number; coordinates: string; authority: string }[] = [];
  for (const s of schools) {
    if (s.coordinatesDistrictCode === null || s.educationLaCode === null || !singleTier.has(s.educationLaCode)) continue;
    compared += 1;
    if (s.coordinatesDistrictCode !== s.educationLaCode) disagreements.push({ urn: s.urn, coordinates: s.coordinatesDistrictCode, authority: s.educationLaCode });
  }
  disagreements.sort((a, b) => a.urn - b.urn);
  return { compared, agree: compared - disagreements.length, disagreements };
}
