import { normalisePostcode } from '../../shared/postcode.ts';

/**
 * The postcode sector: the outward code and the first character of the inward code, or null when the text
 * is not a postcode. `postcodeSectorOf('ta245rh')` → `'TA24 5'`.
 */
export function postcodeSectorOf(postcode: string): string | null {
  const normal = normalisePostcode(postcode);
  return normal === null ? null : normal.slice(0, -2);
}
