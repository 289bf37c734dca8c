import { isSingleTierAuthority } from '../shared/gss-code.ts';
import type { Area } from './area.ts';

/**
 * The local education authority responsible for schools in a district: the district itself when it is a
 * single-tier authority (E06, E08, E09), otherwise its parent county (E10).
 * `educationAuthorityCodeOf(blackpool)` → "E06000009"; for Fenland → "E10000003" (Cambridgeshire).
 */
export function educationAuthorityCodeOf(district: Area): string | null {
  if (district.kind !== 'district') return null;
  return isSingleTierAuthority(district.code) ? district.code : district.parentCode;
}
