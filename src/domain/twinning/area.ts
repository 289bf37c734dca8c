/**
 * An area that can be twinned: a district or an upper-tier (education) authority, with what the options
 * filter on. `opportunityArea` is the id of the Opportunity Area it belongs to, if any.
 */
export interface TwinArea {
  readonly code: string;
  readonly name: string;
  readonly regionCode: string | null;
  readonly opportunityArea: string | null;
}
