import { isPlacementRule } from './placement.ts';
import type { PlacedSchool } from './summarise-placement.ts';

const percentOf = (share: number) => `${String(Math.round(share * 100))}%`;

/**
 * How a school was placed in its district, in plain words for its page (methodology §6.8).
 *
 * `describePlacement({ rule: 'postcode-sector', confidence: 0.75, basis: 4, note: 'TA24 6', … }, 'West Somerset')` →
 * `'Estimated: 3 of the 4 placed schools in its postcode sector, TA24 6, are in West Somerset (confidence 75%). It has no location of its own.'`
 */
export function describePlacement(school: Pick<PlacedSchool, 'rule' | 'confidence' | 'basis' | 'note'>, districtName: string | null, authorityName: string | null): string {
  const district = districtName ?? 'its district';
  if (!isPlacementRule(school.rule)) return `Not placed in a district: ${school.note ?? 'not placed yet'}. District figures leave it out.`;
  switch (school.rule) {
    case 'gias':
      return `In ${district}, as the register (GIAS) gives it.`;
    case 'coordinates':
      return `In ${district}: its location falls inside the district's boundary.`;
    case 'single-tier-la':
      return `In ${district}: its local authority${authorityName === null ? '' : `, ${authorityName},`} is a single district.`;
    case 'postcode-sector': {
      const basis = school.basis ?? 0;
      const agreeing = Math.round((school.confidence ?? 0) * basis);
      return (
        `Estimated: ${String(agreeing)} of the ${String(basis)} placed school${basis === 1 ? '' : 's'} in its postcode sector, ${school.note ?? ''}, ` +
        `${basis === 1 ? 'is' : 'are'} in ${district} (confidence ${percentOf(school.confidence ?? 0)}). It has no location of its own.`
      );
    }
  }
}
