import type { GssCode } from '../shared/gss-code.ts';
import type { IsoDate } from '../shared/iso-date.ts';
import type { Slug } from '../shared/slug.ts';
import type { Urn } from '../shared/urn.ts';

/** Wave 1 was announced in October 2016, wave 2 on 18 January 2017. */
export type Wave = 1 | 2;

export interface OpportunityArea {
  readonly id: Slug;
  readonly name: string;
  /** The name it was announced under when that differs (North Yorkshire Coast was announced as Scarborough). */
  readonly announcedAs: string | null;
  readonly wave: Wave;
  readonly announcedOn: IsoDate;
  readonly districtCodes: readonly GssCode[];
  readonly sourceNote: string;
}

export interface PartnershipBoard {
  readonly opportunityAreaId: Slug;
  readonly chair: string;
  readonly chairNamedOn: IsoDate;
  readonly sourceNote: string;
}

export interface ResearchSchool {
  readonly id: Slug;
  readonly name: string;
  readonly hostName: string;
  /** Null where the host is an alliance, partnership or trust rather than one school. */
  readonly hostUrn: Urn | null;
  readonly opportunityAreaId: Slug | null;
  readonly announcedOn: IsoDate;
  readonly sourceNote: string;
}
