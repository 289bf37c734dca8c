/** An organisation as the 360Giving standard has it: an identifier (org-id.guide or the publisher's own) and a name. */
export interface Giving360Organization {
  readonly id: string;
  readonly name: string;
}

export interface Giving360Location {
  readonly name: string;
  /** The ONS GSS code of the district, e.g. E06000009. */
  readonly geoCode: string;
}

/** One grant, with the fields the 360Giving grant schema requires and the few more this project knows. */
export interface Giving360Grant {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly currency: 'GBP';
  /** Pounds as a number, from exact pence (the standard's unit is the currency, not pence). */
  readonly amountAwarded: number;
  readonly awardDate: string;
  readonly recipientOrganization: Giving360Organization[];
  readonly fundingOrganization: Giving360Organization[];
  readonly grantProgramme: { readonly code: string; readonly title: string }[];
  readonly beneficiaryLocation: Giving360Location[];
}

/** A 360Giving data package: the grants and who publishes them under which licence. Its arrays are plain
 * (not readonly) because the API reply schema, which it is sent through, types them so. */
export interface Giving360Package {
  readonly grants: Giving360Grant[];
  readonly publisher: { readonly name: string };
  readonly license: string;
}

/** An Opportunity Area as a grant recipient: its id, name and districts (the beneficiary locations). */
export interface GrantRecipientArea {
  readonly id: string;
  readonly name: string;
  readonly districts: readonly { readonly code: string; readonly name: string }[];
}

export interface Giving360Options {
  /** The publisher's registered 360Giving prefix: grant and organisation ids start with it. */
  readonly prefix: string;
  /** When the award was decided, YYYY-MM-DD. */
  readonly awardDate: string;
  readonly funder: Giving360Organization;
  readonly publisherName: string;
  readonly license: string;
}
