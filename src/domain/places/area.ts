import type { GssCode } from '../shared/gss-code.ts';

/**
 * The tiers of English geography the programme works with. A single-tier authority (unitary, metropolitan
 * district, London borough) is stored once, as a district whose parent is its region; it is also its own
 * education authority (see `educationAuthorityCodeOf`).
 */
export const AREA_KINDS = ['country', 'region', 'education_la', 'district'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export interface Area {
  readonly code: GssCode;
  readonly name: string;
  readonly kind: AreaKind;
  readonly parentCode: GssCode | null;
  /** Where this row came from: a publication, or the file it was imported from. */
  readonly sourceNote: string;
}
